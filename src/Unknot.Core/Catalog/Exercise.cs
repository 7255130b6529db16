using Unknot.Dosing;

namespace Unknot.Catalog;

/// <summary>One stretch of the catalog, as read from its YAML file.</summary>
public sealed record Exercise
{
    /// <summary>The kebab-case id.</summary>
    public required ExerciseId Id { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names the stretch goes by.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>One sentence saying what the stretch is.</summary>
    public required string Summary { get; init; }

    /// <summary>Hold, movement or self-massage.</summary>
    public required ExerciseKind Kind { get; init; }

    /// <summary>Positions, the main one first.</summary>
    public required IReadOnlyList<Position> Positions { get; init; }

    /// <summary>What it needs; empty for nothing.</summary>
    public IReadOnlyList<Equipment> Equipment { get; init; } = [];

    /// <summary>The body parts it reaches.</summary>
    public required IReadOnlyList<Target> Targets { get; init; }

    /// <summary>The moments it suits.</summary>
    public IReadOnlyList<ExerciseContext> Contexts { get; init; } = [];

    /// <summary>Free tags for things to avoid (kneeling, floor, neck, overhead, self-massage).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>How to get into position.</summary>
    public required IReadOnlyList<string> Setup { get; init; }

    /// <summary>How long and how often.</summary>
    public required Dose Dose { get; init; }

    /// <summary>Reminders while doing it.</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>What to watch out for: the exercise's own cautions, then those that name a single phase.</summary>
    public IReadOnlyList<string> Cautions { get; init; } = [];

    /// <summary>
    /// The caution to show while doing <paramref name="phase"/>: the phase's own, else the first caution that names
    /// no phase; null when none applies (a caution of one phase is never shown in the others).
    /// </summary>
    public string? CautionDuring(Phase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return phase.Caution ?? Cautions.Except(Dose.Blocks.SelectMany(b => b.Phases).Select(p => p.Caution).OfType<string>()).FirstOrDefault();
    }

    /// <summary>Who recommends it and where.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>How the stretch is drawn, or null when its file gives no figure (or a figure with a problem).</summary>
    public Figures.Figure? Figure { get; init; }

    /// <summary>The name of the user's own picture beside the exercise file, or null.</summary>
    public string? Image { get; init; }

    /// <summary>"built-in" or the user file it came from.</summary>
    public string Origin { get; init; } = "built-in";

    /// <summary>True for a user's exercise that takes the place of the built-in one with the same id.</summary>
    public bool ReplacesBuiltIn { get; init; }

    /// <summary>The position the exercise starts in.</summary>
    public Position MainPosition => Positions[0];
}
