using Unknot.Dosing;
using Unknot.Timelines;

namespace Unknot.Cli.Json;

/// <summary>A timeline as <c>unknot timeline --json</c> prints it.</summary>
internal sealed record TimelineJson(string Routine, Level Level, int TotalSeconds, IReadOnlyList<SegmentJson> Segments)
{
    public static TimelineJson From(Timeline t) => new(t.RoutineId, t.Level, t.TotalSeconds, t.Segments.Select(SegmentJson.From).ToArray());
}

/// <summary>One segment; <c>side</c>, <c>rep</c> and <c>phase</c> are null where they do not apply.</summary>
internal sealed record SegmentJson(
    int Index,
    int StartSeconds,
    int DurationSeconds,
    string Exercise,
    SegmentKind Kind,
    Side? Side,
    int? Rep,
    string? Phase,
    string Cue)
{
    public static SegmentJson From(Segment s) => new(
        s.Index, s.StartSeconds, s.DurationSeconds, s.Exercise.Value, s.Kind, s.Side == Unknot.Timelines.Side.None ? null : s.Side, s.Rep, s.Phase, s.Cue);
}

/// <summary>A routine as <c>unknot routines --json</c> prints it.</summary>
internal sealed record RoutineJson(string Id, string Name, string Description, IReadOnlyList<string> Exercises, int StandardSeconds, string Origin);
