using System.Text.Json;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Preferences;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Storage;
using Unknot.Storage.Exchange;
using Unknot.Timelines;

namespace Unknot.App.Exchange;

/// <summary>The sessions of an export file, read one at a time as the import goes, each checked as a report is.</summary>
public static partial class ImportReader
{
    /// <summary>The sessions of a file that <see cref="Check"/> passed, for <paramref name="userId"/>, read one at a time.</summary>
    public static IEnumerable<SessionRecord> Sessions(Func<Stream> open, string userId, DateTimeOffset now)
    {
        // The walker hands entries over as it reads; a bounded queue turns that into a sequence the store can pull.
        using var queue = new System.Collections.Concurrent.BlockingCollection<SessionRecord>(boundedCapacity: 256);
        using var stop = new CancellationTokenSource();
        var reading = Task.Run(() =>
        {
            try
            {
                using var stream = open();
                JsonWalker.Walk(stream, SessionsField, (_, _) => { },
                    (i, value) => queue.Add(Session(new JsonInput($"{SessionsField}[{i}]", value), userId, now), stop.Token));
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var session in queue.GetConsumingEnumerable())
            {
                yield return session;
            }
            reading.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try
            {
                reading.Wait();
            }
            catch (AggregateException)
            {
                // Already reported above, or stopped because the caller stopped reading.
            }
        }
    }

    /// <summary>One stored session as the export writes it.</summary>
    private static SessionRecord Session(Input node, string userId, DateTimeOffset now)
    {
        var id = node.Required("id").Guid();
        var routine = RoutineDraftReader.Routine(node.Required("routine"), null) with { Origin = RoutineOrigin.History };
        var level = node.Required("level").Word<Level>();
        var startedField = node.Required("startedAt");
        var startedAt = startedField.Instant();
        if (SessionRecord.StartProblem(startedAt, now) is { } early)
        {
            throw startedField.Problem(early);
        }
        var endedField = node.Optional("endedAt");
        var endedAt = endedField?.Instant();
        if (endedAt is { } ended && SessionRecord.EndProblem(startedAt, ended) is { } late)
        {
            throw endedField!.Problem(late);
        }
        var zoneField = node.Required("timeZone");
        var zone = zoneField.String(80);
        if (!TimeZones.Exists(zone))
        {
            throw zoneField.Problem($"unknown time zone '{zone}'");
        }
        var segmentsField = node.Required("segments");
        var segments = segmentsField.List(10_000).Select((s, i) =>
        {
            s.Required("index").Int(i, i);
            return new SegmentRecord(i, s.Required("kind").Word<SegmentKind>(), s.Required("exercise").Id(), s.Required("side").Word<Side>(),
                s.Required("durationSeconds").Int(1, 24 * 3600), s.Required("outcome").Word<SegmentOutcome>());
        }).ToArray();
        if (segments.Sum(s => (long)s.DurationSeconds) > SessionRecord.LongestSession.TotalSeconds)
        {
            throw segmentsField.Problem("add up to more than a day");
        }
        SessionCheckpoint? checkpoint = null;
        if (node.Optional("checkpoint") is { } c)
        {
            checkpoint = new SessionCheckpoint(routine.Id, level, c.Required("segmentIndex").Int(0, Math.Max(0, segments.Length - 1)), c.Required("secondsInto").Decimal(0, 24 * 3600));
        }
        var before = node.Optional("painBefore")?.Int(PainScore.Min, PainScore.Max);
        var after = node.Optional("painAfter")?.Int(PainScore.Min, PainScore.Max);
        return new SessionRecord
        {
            Id = id,
            UserId = userId,
            Routine = routine,
            Level = level,
            StartedAt = startedAt,
            EndedAt = endedAt,
            TimeZone = zone,
            Completed = node.Required("completed").Bool(),
            Segments = segments,
            PainBefore = before is { } b ? new PainScore(b) : null,
            PainAfter = after is { } a ? new PainScore(a) : null,
            Note = SessionNote.Read(node),
            Checkpoint = checkpoint,
            Measurements = node.Optional("measurements") is { } measurements ? Readers.MeasurementsReader.Read(measurements) : null,
        };
    }
}
