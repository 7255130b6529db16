using Unknot.Text;
using Unknot.App.Fields;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Timelines;

namespace Unknot.App.Readers;

/// <summary>
/// Reads a session that a client played and reports — the browser player, <c>POST /api/sessions</c> — from fields
/// <c>id</c>, <c>routine</c>, <c>items</c> (for a routine no file holds: a plan's, or a programme's as its week plays it), <c>routineName</c>, <c>level</c>, <c>startedAt</c>,
/// <c>endedAt</c>, <c>completed</c>, <c>segments</c>, <c>checkpoint</c>, <c>painBefore</c>, <c>painAfter</c>, <c>measurements</c>, <c>timeZone</c>,
/// <c>note</c>. A session not completed is still under way, and resumable, when it gives <c>checkpoint</c>
/// (<c>{"segment": 3, "seconds": 12.5}</c>, where it is now); without one it was ended on purpose.
/// </summary>
public static class SessionReportReader
{
    /// <summary>The record to store for <paramref name="userId"/>, or the first problem.</summary>
    public static ReadResult<SessionRecord> Read(Input input, Library library, string userId, Unknot.Preferences.UserPreferences preferences,
        TimeProvider time) => ReadResult<SessionRecord>.From(() =>
    {
        var routineField = input.Required("routine");
        var routineId = routineField.String(60);
        Routine routine;
        if (input.Optional("items") is { } items)
        {
            if (!ExerciseId.IsValid(routineId))
            {
                throw routineField.Problem($"must be a kebab-case id, got '{routineId}'");
            }
            var list = items.List(MaxItems).Select(i => Item(i, library)).ToArray();
            if (list.Length == 0)
            {
                throw items.Problem("must list at least one exercise");
            }
            routine = new Routine(routineId, input.Optional("routineName")?.String(RoutineDraftReader.MaxName) ?? "Planned routine", "", list, RoutineOrigin.Planned);
        }
        else
        {
            routine = library.Routine(routineId) ?? throw routineField.Problem(library.UnknownRoutine(routineId));
        }
        var level = input.Optional("level")?.Word<Level>() ?? preferences.Level;
        var timeline = TimelineCompiler.Compile(routine, library.Catalog, level);
        var now = time.GetUtcNow();
        var endedField = input.Optional("endedAt");
        var endedAt = endedField?.Instant() ?? now;
        var startedField = input.Optional("startedAt");
        var startedAt = startedField?.Instant() ?? endedAt - timeline.Total;
        if (SessionRecord.StartProblem(startedAt, now) is { } early)
        {
            throw (startedField ?? endedField ?? input).Problem(early);
        }
        if (endedField is null && endedAt < startedAt)
        {
            // The client's clock runs a little ahead of ours: its session cannot have ended before it began.
            endedAt = startedAt;
        }
        if (SessionRecord.EndProblem(startedAt, endedAt) is { } late)
        {
            throw (endedField ?? input).Problem(late);
        }
        var completed = input.Optional("completed")?.Bool() ?? true;
        var outcomes = Enumerable.Repeat(completed ? SegmentOutcome.Done : SegmentOutcome.Pending, timeline.Segments.Count).ToArray();
        if (input.Optional("segments") is { } segments)
        {
            var entries = segments.List(10_000);
            if (entries.Count > timeline.Segments.Count)
            {
                throw segments.Problem($"has {Counted.Of(entries.Count, "entry", "entries")} but the routine has {Counted.Of(timeline.Segments.Count, "segment")}");
            }
            for (var i = 0; i < entries.Count; i++)
            {
                outcomes[i] = entries[i] is JsonInput { Element.ValueKind: System.Text.Json.JsonValueKind.Object }
                    ? entries[i].Required("outcome").Word<SegmentOutcome>()
                    : entries[i].Word<SegmentOutcome>();
            }
        }
        var painBefore = input.Optional("painBefore")?.Int(PainScore.Min, PainScore.Max);
        var painAfter = input.Optional("painAfter")?.Int(PainScore.Min, PainScore.Max);
        var zoneField = input.Optional("timeZone");
        var zoneId = zoneField?.String(80) ?? preferences.Zone(time.LocalTimeZone).Id;
        if (!TimeZones.Exists(zoneId))
        {
            throw (zoneField ?? input).Problem($"unknown time zone '{zoneId}' (use an IANA name such as Europe/Paris)");
        }
        var id = input.Optional("id")?.Guid() ?? Guid.NewGuid();
        SessionCheckpoint? checkpoint = null;
        if (input.Optional("checkpoint") is { } where)
        {
            if (completed)
            {
                throw where.Problem("is only for a session still under way; a completed one has none");
            }
            var segment = where.Required("segment").Int(0, timeline.Segments.Count - 1);
            var seconds = where.Optional("seconds")?.Decimal(0, timeline.Segments[segment].DurationSeconds) ?? 0;
            checkpoint = new SessionCheckpoint(routine.Id, level, segment, (double)seconds);
        }
        return SessionRecord.Begin(id, userId, routine, timeline, startedAt, zoneId).WithOutcomes(outcomes) with
        {
            // A session under way has not ended; one that was stopped or finished ended when the client said, or now.
            EndedAt = checkpoint is not null && endedField is null ? null : endedAt,
            Completed = completed,
            PainBefore = painBefore is { } b ? new PainScore(b) : null,
            PainAfter = painAfter is { } a ? new PainScore(a) : null,
            Note = SessionNote.Read(input),
            Measurements = input.Optional("measurements") is { } measurements ? MeasurementsReader.Read(measurements) : null,
            Checkpoint = checkpoint,
        };
    });

    /// <summary>The most items a report may list: a routine's most, each played as many times in a row as a plan or a programme week may ask.</summary>
    public const int MaxItems = RoutineDraftReader.MaxItems * Planning.PlanRequest.MaxSets;

    /// <summary>
    /// One played item: an exercise id (a plan's), or <c>{exercise, level?, restAfter?}</c> as the routine holds it (a
    /// programme's routine, whose items may have a level and a rest of their own).
    /// </summary>
    private static RoutineItem Item(Input item, Library library)
    {
        var field = item is JsonInput { Element.ValueKind: System.Text.Json.JsonValueKind.Object } ? item.Required("exercise") : item;
        var text = field.String(80);
        var exercise = library.Exercise(text) ?? throw field.Problem(library.UnknownExercise(text));
        if (ReferenceEquals(field, item))
        {
            return new RoutineItem(exercise.Id);
        }
        return new RoutineItem(exercise.Id, item.Optional("level")?.Word<Level>(), item.Optional("restAfter")?.Int(0, RoutineParser.MaxRestSeconds, "seconds") ?? 0);
    }
}
