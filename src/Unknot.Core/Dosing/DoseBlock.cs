namespace Unknot.Dosing;

/// <summary>
/// One block of a dose: repetitions of phases, optionally done on each side (left, a switch, then right).
/// A plain hold is a block of one repetition of one held phase.
/// </summary>
/// <param name="Repetitions">How many times the phases are played, by level.</param>
/// <param name="Phases">The phases of one repetition, in order.</param>
/// <param name="PerSide">True when the whole block is done on the left, then on the right.</param>
/// <param name="ProjectChoice">Why Unknot chose the block's numbers when the source gave none; null when the source gave them.</param>
public sealed record DoseBlock(DoseRange Repetitions, IReadOnlyList<Phase> Phases, bool PerSide, string? ProjectChoice)
{
    /// <summary>True when the block is a single held position.</summary>
    public bool IsHold => Repetitions.IsFixed && Repetitions.Min == 1 && Phases.Count == 1 && Phases[0].IsHold;

    /// <summary>Seconds the block's work takes at a level, for one side.</summary>
    public int SecondsPerSide(Level level) => Repetitions.At(level) * Phases.Sum(p => p.Seconds.At(level));

    /// <summary>True when any number in the block is the project's choice rather than the source's.</summary>
    public bool HasProjectChoice => ProjectChoice is not null || Phases.Any(p => p.ProjectChoice is not null);
}
