using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Text;

namespace Unknot.App.Views;

/// <summary>An exercise as <c>unknot show --json</c>, <c>unknot exercises --json</c> and <c>/api/exercises</c> give it.</summary>
public sealed record ExerciseView(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Summary,
    ExerciseKind Kind,
    IReadOnlyList<Position> Positions,
    IReadOnlyList<Equipment> Equipment,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<ExerciseContext> Contexts,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Setup,
    Level Level,
    IReadOnlyList<DoseBlockView> Dose,
    int Seconds,
    IReadOnlyDictionary<string, string> DosePerLevel,
    IReadOnlyList<string> ProjectChoices,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> Cautions,
    IReadOnlyList<Source> Sources,
    string Origin,
    bool ReplacesBuiltIn,
    FigureView? Figure,
    string? Image)
{
    /// <summary>The view of <paramref name="e"/> with its dose played at <paramref name="level"/>.</summary>
    public static ExerciseView From(Exercise e, Level level) => new(
        e.Id.Value, e.Name, e.Aliases, e.Summary, e.Kind, e.Positions, e.Equipment, e.Targets, e.Contexts, e.Tags, e.Setup,
        level,
        e.Dose.Blocks.Select(b => DoseBlockView.From(b, level)).ToArray(),
        e.Dose.WorkSeconds(level),
        Enum.GetValues<Level>().ToDictionary(Kebab.Of, l => DoseDescription.Describe(e.Dose, l)),
        e.Dose.ProjectChoices,
        e.Cues, e.Cautions, e.Sources, e.Origin, e.ReplacesBuiltIn, FigureView.From(e), FigureText.ImageUrl(e));
}

/// <summary>A dose block, with the numbers as written and as played at the level.</summary>
public sealed record DoseBlockView(string Kind, bool PerSide, string Repetitions, int RepetitionsAtLevel, IReadOnlyList<PhaseView> Phases,
    string Description, string? ProjectChoice)
{
    /// <summary>The view of a block at a level.</summary>
    public static DoseBlockView From(DoseBlock b, Level level) => new(
        b.IsHold ? "hold" : "repeat", b.PerSide, b.Repetitions.ToString(), b.Repetitions.At(level),
        b.Phases.Select(p => new PhaseView(p.Name, p.Seconds.ToString(), p.Seconds.At(level), p.Cue, p.IsHold, p.ProjectChoice,
            p.Band is { } band ? new PhaseBandView(band.Move, band.Degrees.Min, band.Degrees.Max) : null)).ToArray(),
        DoseDescription.Describe(b, level), b.ProjectChoice);
}

/// <summary>A phase of a block.</summary>
public sealed record PhaseView(string Name, string Seconds, int SecondsAtLevel, string Cue, bool Hold, string? ProjectChoice, PhaseBandView? Band);

/// <summary>The neck angle a phase aims for (<see cref="TargetBand"/>): <c>tilt</c> (toward the block's side) from 20° to 45°.</summary>
public sealed record PhaseBandView(string Move, int From, int To);
