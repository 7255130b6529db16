using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Timelines;

namespace Unknot.Web.Api;

/// <summary>An exercise as the API returns it.</summary>
public sealed record ExerciseDto(
    string Id, string Name, IReadOnlyList<string> Aliases, string Summary, ExerciseKind Kind, IReadOnlyList<Position> Positions,
    IReadOnlyList<Equipment> Equipment, IReadOnlyList<Target> Targets, IReadOnlyList<ExerciseContext> Contexts, IReadOnlyList<string> Setup,
    IReadOnlyDictionary<string, string> DosePerLevel, IReadOnlyList<string> ProjectChoices, IReadOnlyList<string> Cues,
    IReadOnlyList<string> Cautions, IReadOnlyList<Source> Sources)
{
    public static ExerciseDto From(Exercise e) => new(
        e.Id.Value, e.Name, e.Aliases, e.Summary, e.Kind, e.Positions, e.Equipment, e.Targets, e.Contexts, e.Setup,
        Enum.GetValues<Level>().ToDictionary(l => Text.Kebab.Of(l), l => DoseDescription.Describe(e.Dose, l)),
        e.Dose.ProjectChoices,
        e.Cues, e.Cautions, e.Sources);
}

/// <summary>A routine as the API returns it.</summary>
public sealed record RoutineDto(string Id, string Name, string Description, IReadOnlyList<RoutineItemDto> Items, int StandardSeconds, string Origin, bool Editable)
{
    public static RoutineDto From(Routine r, ExerciseCatalog catalog) => new(
        r.Id, r.Name, r.Description, r.Items.Select(i => new RoutineItemDto(i.Exercise.Value, i.Level, i.RestAfterSeconds)).ToArray(),
        TimelineCompiler.Compile(r, catalog, Level.Standard).TotalSeconds, r.Origin, r.Origin == "saved");
}

/// <summary>One routine item.</summary>
public sealed record RoutineItemDto(string Exercise, Level? Level, int RestAfter);

/// <summary>A compiled timeline, in the shape of <c>unknot timeline --json</c>.</summary>
public sealed record TimelineDto(string Routine, string RoutineName, Level Level, int TotalSeconds, IReadOnlyList<SegmentDto> Segments)
{
    public static TimelineDto From(Timeline t) => new(t.RoutineId, t.RoutineName, t.Level, t.TotalSeconds, t.Segments.Select(SegmentDto.From).ToArray());
}

/// <summary>One segment; the player also needs the exercise's name, item number and first caution.</summary>
public sealed record SegmentDto(int Index, int StartSeconds, int DurationSeconds, string Exercise, string ExerciseName, int Item,
    SegmentKind Kind, Side? Side, int? Rep, int? RepCount, string? Phase, string Cue)
{
    public static SegmentDto From(Segment s) => new(s.Index, s.StartSeconds, s.DurationSeconds, s.Exercise.Value, s.ExerciseName, s.Item,
        s.Kind, s.Side == Timelines.Side.None ? null : s.Side, s.Rep, s.RepCount, s.Phase, s.Cue);
}

/// <summary>A planned routine.</summary>
public sealed record PlanDto(RoutineDto Routine, TimelineDto Timeline, IReadOnlyList<PlanPickDto> Picks, double Score, bool Exact);

/// <summary>One pick and why.</summary>
public sealed record PlanPickDto(string Exercise, string Name, int Seconds, string Reason);

/// <summary>A stored session.</summary>
public sealed record SessionDto(Guid Id, string Routine, string RoutineName, Level Level, DateTimeOffset StartedAt, DateTimeOffset? EndedAt,
    string TimeZone, bool Completed, double Minutes, int Done, int Skipped, int? PainBefore, int? PainAfter, string? Note)
{
    public static SessionDto From(SessionRecord s) => new(s.Id, s.Routine.Id, s.Routine.Name, s.Level, s.StartedAt, s.EndedAt, s.TimeZone,
        s.Completed, Math.Round(s.DoneSeconds / 60.0, 2), s.Segments.Count(g => g.Outcome == SegmentOutcome.Done),
        s.Segments.Count(g => g.Outcome == SegmentOutcome.Skipped), s.PainBefore?.Value, s.PainAfter?.Value, s.Note);
}
