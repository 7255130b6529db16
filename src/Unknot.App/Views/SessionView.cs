using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Sessions;

namespace Unknot.App.Views;

/// <summary>
/// A stored session as <c>unknot history --json</c> and <c>/api/sessions</c> give it; minutes rounded to a tenth.
/// <c>status</c> is <c>finished</c>, <c>stopped</c> (ended on purpose) or <c>unfinished</c> (cut off before its end, by a closed
/// tab or a killed process); <c>resumable</c> is true for an unfinished one, which can be continued.
/// </summary>
public sealed record SessionView(Guid Id, string Routine, string RoutineName, Level Level, DateTimeOffset StartedAt, DateTimeOffset? EndedAt,
    string TimeZone, SessionStatus Status, bool Completed, bool Resumable, double Minutes, int Done, int Skipped, int? PainBefore, int? PainAfter, string? Note,
    SessionMeasurements? Measurements = null)
{
    /// <summary>The view of a record.</summary>
    public static SessionView From(SessionRecord s) => new(s.Id, s.Routine.Id, s.Routine.Name, s.Level, s.StartedAt, s.EndedAt, s.TimeZone,
        s.Status, s.Completed, s.Resumable, s.DoneMinutes, s.Segments.Count(g => g.Outcome == SegmentOutcome.Done),
        s.Segments.Count(g => g.Outcome == SegmentOutcome.Skipped), s.PainBefore?.Value, s.PainAfter?.Value, s.Note, s.Measurements);
}
