using System.Diagnostics.CodeAnalysis;

namespace Unknot.App.Fields;

/// <summary>
/// A value read from user input, or the problem that stopped it — the one way App's readers answer, in the shape of
/// NodaTime's <c>ParseResult&lt;T&gt;</c>: made only by <see cref="Success"/> or <see cref="Failure"/>, read with
/// <see cref="TryGetValue(out T)"/> (a shell that answers problems itself) or <see cref="GetValueOrThrow"/> (one
/// whose mistakes end the command).
/// </summary>
public sealed class ReadResult<T>
{
    private readonly T _value;

    private ReadResult(T value, FieldProblem? problem)
    {
        _value = value;
        Problem = problem;
    }

    /// <summary>A result holding <paramref name="value"/>.</summary>
    public static ReadResult<T> Success(T value) => new(value, null);

    /// <summary>A result holding <paramref name="problem"/> and no value.</summary>
    public static ReadResult<T> Failure(FieldProblem problem) => new(default!, problem ?? throw new ArgumentNullException(nameof(problem)));

    /// <summary>True when there is a value.</summary>
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    /// <summary>What stopped the reading; null when it succeeded.</summary>
    public FieldProblem? Problem { get; }

    /// <summary>The value, when there is one.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Succeeded;
    }

    /// <summary>The value, or else the problem.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out FieldProblem? problem)
    {
        value = _value;
        problem = Problem;
        return Succeeded;
    }

    /// <summary>The value; a <see cref="FieldException"/> carrying the problem when there is none.</summary>
    public T GetValueOrThrow() => Succeeded ? _value : throw new FieldException(Problem);

    /// <summary>The value turned by <paramref name="next"/>, which may fail in its turn; the problem as it is otherwise.</summary>
    public ReadResult<TNext> Then<TNext>(Func<T, ReadResult<TNext>> next) => Succeeded ? next(_value) : ReadResult<TNext>.Failure(Problem);

    /// <summary>The value turned by <paramref name="convert"/>; the problem as it is otherwise.</summary>
    public ReadResult<TNext> Select<TNext>(Func<T, TNext> convert) => Succeeded ? ReadResult<TNext>.Success(convert(_value)) : ReadResult<TNext>.Failure(Problem);

    /// <summary>
    /// Runs <paramref name="read"/>, which walks an <see cref="Input"/> and stops at its first problem: that problem
    /// becomes the failure. For App's readers only; everything outside App sees the result.
    /// </summary>
    internal static ReadResult<T> From(Func<T> read)
    {
        try
        {
            return Success(read());
        }
        catch (FieldException e)
        {
            return Failure(e.Problem);
        }
    }
}
