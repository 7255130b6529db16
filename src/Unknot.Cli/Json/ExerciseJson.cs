using Unknot.Catalog;
using Unknot.Dosing;

namespace Unknot.Cli.Json;

/// <summary>An exercise as <c>--json</c> prints it.</summary>
internal sealed record ExerciseJson(
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
    IReadOnlyList<DoseBlockJson> Dose,
    int Seconds,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> Cautions,
    IReadOnlyList<Source> Sources,
    string Origin)
{
    public static ExerciseJson From(Exercise e, Level level) => new(
        e.Id.Value, e.Name, e.Aliases, e.Summary, e.Kind, e.Positions, e.Equipment, e.Targets, e.Contexts, e.Tags, e.Setup,
        e.Dose.Blocks.Select(b => DoseBlockJson.From(b, level)).ToArray(),
        e.Dose.WorkSeconds(level), e.Cues, e.Cautions, e.Sources, e.Origin);
}

/// <summary>A dose block as <c>--json</c> prints it, with the numbers as written and as played at the level.</summary>
internal sealed record DoseBlockJson(
    string Kind,
    bool PerSide,
    string Repetitions,
    int RepetitionsAtLevel,
    IReadOnlyList<PhaseJson> Phases,
    string Description,
    string? ProjectChoice)
{
    public static DoseBlockJson From(DoseBlock b, Level level) => new(
        b.IsHold ? "hold" : "repeat", b.PerSide, b.Repetitions.ToString(), b.Repetitions.At(level),
        b.Phases.Select(p => new PhaseJson(p.Name, p.Seconds.ToString(), p.Seconds.At(level), p.Cue, p.IsHold, p.ProjectChoice)).ToArray(),
        DoseDescription.Describe(b, level), b.ProjectChoice);
}

/// <summary>A phase as <c>--json</c> prints it.</summary>
internal sealed record PhaseJson(string Name, string Seconds, int SecondsAtLevel, string Cue, bool Hold, string? ProjectChoice);
