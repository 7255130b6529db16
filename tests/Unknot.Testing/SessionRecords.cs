using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Timelines;

namespace Unknot.Testing;

/// <summary>Session records made from real built-in timelines.</summary>
public static class SessionRecords
{
    public static SessionRecord Completed(string routine, DateTimeOffset startedAt, string zone = "Etc/UTC", int? before = null, int? after = null, string userId = "local")
    {
        var r = Builtins.Routines.Find(routine)!;
        var timeline = TimelineCompiler.Compile(r, Builtins.Catalog, Level.Standard);
        var record = SessionRecord.Begin(Guid.NewGuid(), userId, r, timeline, startedAt, zone);
        return record.WithOutcomes(Enumerable.Repeat(SegmentOutcome.Done, timeline.Segments.Count).ToArray()) with
        {
            Completed = true,
            Checkpoint = null,
            EndedAt = startedAt + timeline.Total,
            PainBefore = before is { } b ? new PainScore(b) : null,
            PainAfter = after is { } a ? new PainScore(a) : null,
        };
    }
}
