namespace Unknot.App.Fields;

/// <summary>
/// Every problem of a form at once, each as a sentence to show next to its field ("Choose between 1 and 120
/// minutes."), where a reader for the API or the command line stops at the first one.
/// </summary>
public sealed class FormProblems
{
    private readonly List<FieldProblem> _problems = [];

    /// <summary>The problems in the order the fields were read; each <see cref="FieldProblem.Message"/> is a whole sentence.</summary>
    public IReadOnlyList<FieldProblem> All => _problems;

    /// <summary>True when nothing is wrong.</summary>
    public bool None => _problems.Count == 0;

    /// <summary>The sentence for <paramref name="field"/>, or null when it is fine.</summary>
    public string? For(string field) => _problems.FirstOrDefault(p => p.Field == field)?.Message;

    /// <summary>Adds a sentence for <paramref name="field"/>.</summary>
    public void Add(string field, string sentence) => _problems.Add(new FieldProblem(field, sentence));

    /// <summary>
    /// Reads one field with <paramref name="read"/>; when it raises a problem, keeps <paramref name="sentence"/> for
    /// <paramref name="field"/> and returns <paramref name="fallback"/>, so the other fields are read too.
    /// </summary>
    public T Read<T>(string field, Func<T> read, string sentence, T fallback)
    {
        try
        {
            return read();
        }
        catch (FieldException)
        {
            Add(field, sentence);
            return fallback;
        }
    }
}
