namespace Unknot.App.Fields;

/// <summary>
/// Every problem of a form at once, for a person who fixes them together: each field is read in <see cref="Try{T}"/>,
/// and a problem there is kept instead of stopping the rest.
/// </summary>
public sealed class FieldProblems
{
    private readonly List<FieldProblem> _all = [];

    /// <summary>The problems in the order the fields were read.</summary>
    public IReadOnlyList<FieldProblem> All => _all;

    /// <summary>True when no field had a problem.</summary>
    public bool None => _all.Count == 0;

    /// <summary>What <paramref name="read"/> gives, or default with its problem kept.</summary>
    public T? Try<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FieldException e)
        {
            _all.Add(e.Problem);
            return default;
        }
    }
}
