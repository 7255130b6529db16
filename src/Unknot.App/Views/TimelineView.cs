using Unknot.Dosing;
using Unknot.Timelines;

namespace Unknot.App.Views;

/// <summary>A compiled timeline as <c>unknot timeline --json</c>, <c>/api/routines/{id}/timeline</c> and the player take it.</summary>
public sealed record TimelineView(string Routine, string RoutineName, Level Level, int TotalSeconds, IReadOnlyList<SegmentView> Segments)
{
    /// <summary>The view of a timeline.</summary>
    public static TimelineView From(Timeline t) => new(t.RoutineId, t.RoutineName, t.Level, t.TotalSeconds, t.Segments.Select(SegmentView.From).ToArray());
}

/// <summary>
/// One segment. <c>side</c> is left, right or none; <c>rep</c>, <c>repCount</c>, <c>phase</c>, <c>band</c> and <c>caution</c> are
/// absent where they do not apply; <c>spoken</c> is what a voice says as it starts.
/// </summary>
public sealed record SegmentView(int Index, int StartSeconds, int DurationSeconds, string Exercise, string ExerciseName, int Item,
    SegmentKind Kind, Side Side, int? Rep, int? RepCount, string? Phase, string Cue, SegmentBand? Band, string? Caution, string Spoken)
{
    /// <summary>The view of a segment.</summary>
    public static SegmentView From(Segment s) => new(s.Index, s.StartSeconds, s.DurationSeconds, s.Exercise.Value, s.ExerciseName, s.Item,
        s.Kind, s.Side, s.Rep, s.Rep is null ? null : s.RepCount, s.Phase, s.Cue, s.Band, s.Caution, s.Spoken);
}
