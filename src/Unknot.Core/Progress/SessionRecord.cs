using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Timelines;

namespace Unknot.Progress;

/// <summary>What became of one segment of a played session.</summary>
/// <param name="Index">Its index in the timeline.</param>
/// <param name="Kind">Prepare, work, hold, switch, transition or rest.</param>
/// <param name="Exercise">The exercise id.</param>
/// <param name="Side">Left, right or none.</param>
/// <param name="DurationSeconds">Its planned length.</param>
/// <param name="Outcome">Done, skipped or not reached.</param>
public sealed record SegmentRecord(int Index, SegmentKind Kind, string Exercise, Side Side, int DurationSeconds, SegmentOutcome Outcome);

/// <summary>
/// One session as stored: the routine as it was played (so later edits do not rewrite history), when, in
/// which time zone, what was done or skipped, and the pain before and after.
/// </summary>
public sealed record SessionRecord
{
    /// <summary>Unique id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Whose session it is.</summary>
    public required string UserId { get; init; }

    /// <summary>The routine as played.</summary>
    public required Routine Routine { get; init; }

    /// <summary>The level it was played at.</summary>
    public required Level Level { get; init; }

    /// <summary>When it started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it ended (UTC); null while unfinished and never stopped.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The user's time zone (IANA or Windows id) when it started.</summary>
    public required string TimeZone { get; init; }

    /// <summary>True when played to the end.</summary>
    public bool Completed { get; init; }

    /// <summary>Every segment of the timeline with its outcome.</summary>
    public required IReadOnlyList<SegmentRecord> Segments { get; init; }

    /// <summary>Pain before, if given.</summary>
    public PainScore? PainBefore { get; init; }

    /// <summary>Pain after, if given.</summary>
    public PainScore? PainAfter { get; init; }

    /// <summary>A note, if given.</summary>
    public string? Note { get; init; }

    /// <summary>The camera checks of the neck's range of motion before and after, if any were made.</summary>
    public SessionMeasurements? Measurements { get; init; }

    /// <summary>Where an unfinished session stopped; null once completed.</summary>
    public SessionCheckpoint? Checkpoint { get; init; }

    /// <summary>How far back a recorded session may have started.</summary>
    public static readonly TimeSpan OldestStart = TimeSpan.FromDays(366 * 20);

    /// <summary>The longest a session may last, from start to end and in planned seconds.</summary>
    public static readonly TimeSpan LongestSession = TimeSpan.FromDays(1);

    /// <summary>Null when a session may have started at <paramref name="startedAt"/> as of <paramref name="now"/>; else what would be right.</summary>
    public static string? StartProblem(DateTimeOffset startedAt, DateTimeOffset now) =>
        startedAt > now.AddDays(1) || startedAt < now - OldestStart
            ? $"must be within the last 20 years and not in the future, got {Text.UnknotJson.Instant(startedAt)}"
            : null;

    /// <summary>Null when a session that started at <paramref name="startedAt"/> may have ended at <paramref name="endedAt"/>; else what would be right.</summary>
    public static string? EndProblem(DateTimeOffset startedAt, DateTimeOffset endedAt) =>
        endedAt < startedAt || endedAt - startedAt > LongestSession ? "must be after startedAt and within a day of it" : null;

    /// <summary>
    /// Null when this record is within the bounds every stored session keeps, as of <paramref name="now"/>; else what
    /// is wrong, for a record read back from storage that an older version or a hand edit left out of bounds.
    /// </summary>
    public string? Problem(DateTimeOffset now) =>
        StartProblem(StartedAt, now) is { } start ? $"startedAt {start}"
        : EndedAt is { } ended && EndProblem(StartedAt, ended) is { } end ? $"endedAt {end}"
        : Segments.Any(s => s.DurationSeconds < 0) || Segments.Sum(s => (long)s.DurationSeconds) > LongestSession.TotalSeconds ? "its segments add up to more than a day"
        : !TimeZones.Exists(TimeZone) ? $"unknown time zone '{TimeZone}'"
        : Checkpoint is { } c && (c.SegmentIndex < 0 || c.SegmentIndex >= Segments.Count || !double.IsFinite(c.SecondsInto)) ? "its checkpoint lies outside its segments"
        : null;

    /// <summary>Seconds of segments done (skipped and unreached ones excluded).</summary>
    public int DoneSeconds => Segments.Where(s => s.Outcome == SegmentOutcome.Done).Sum(s => s.DurationSeconds);

    /// <summary>The exercises whose work (holds and moving work) was skipped and none of it done, each counted once.</summary>
    public int ExercisesSkipped => Work.Where(g => g.Any(s => s.Outcome == SegmentOutcome.Skipped) && g.All(s => s.Outcome != SegmentOutcome.Done)).Count();

    private IEnumerable<IGrouping<string, SegmentRecord>> Work =>
        Segments.Where(s => s.Kind is SegmentKind.Hold or SegmentKind.Work).GroupBy(s => s.Exercise, StringComparer.Ordinal);

    /// <summary>The planned length of the whole routine.</summary>
    public int PlannedSeconds => Segments.Sum(s => s.DurationSeconds);

    /// <summary>After minus before, when both were given; negative is better.</summary>
    public int? PainChange => PainBefore is { } before && PainAfter is { } after ? after.Value - before.Value : null;

    /// <summary>The exercises of which at least one segment was done.</summary>
    public IEnumerable<string> ExercisesDone => Segments
        .Where(s => s.Outcome == SegmentOutcome.Done && s.Kind is SegmentKind.Hold or SegmentKind.Work)
        .Select(s => s.Exercise)
        .Distinct();

    /// <summary>True while the session can be resumed: not completed, and not ended on purpose.</summary>
    public bool Resumable => !Completed && Checkpoint is not null;

    /// <summary>Finished, stopped on purpose, or unfinished (and so resumable).</summary>
    public SessionStatus Status => Completed ? SessionStatus.Finished : Resumable ? SessionStatus.Unfinished : SessionStatus.Stopped;

    /// <summary>The minutes done, to a tenth, rounded as people do (3.45 is 3.5), the same in every table and JSON.</summary>
    public double DoneMinutes => Math.Round(DoneSeconds / 60.0, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// True when the session may still be playing at <paramref name="now"/>: not ended, and started less than its
    /// own length plus ten minutes of pauses ago. A session cut off long ago (a closed tab) does not count.
    /// </summary>
    public bool MayBePlaying(DateTimeOffset now) =>
        !Completed && EndedAt is null && now >= StartedAt
        && now - StartedAt < TimeSpan.FromSeconds(Segments.Sum(s => (long)s.DurationSeconds)) + TimeSpan.FromMinutes(10);

    /// <summary>This record, stopped at <paramref name="at"/> for <paramref name="reason"/>: only an interrupted session keeps its checkpoint.</summary>
    public SessionRecord Stopped(IReadOnlyList<SegmentOutcome> outcomes, SessionCheckpoint checkpoint, StopReason reason, DateTimeOffset at, int playedFrom = 0) =>
        PlayedFrom(playedFrom, outcomes) with { Checkpoint = reason == StopReason.Interrupted ? checkpoint : null, EndedAt = at };

    /// <summary>
    /// This record with the outcomes of an engine that played it from segment <paramref name="from"/> (0, or where a
    /// resume began): from there on the engine's word stands, even "pending" after going back; segments before keep
    /// what was stored (a segment skipped before the resume stays skipped).
    /// </summary>
    public SessionRecord PlayedFrom(int from, IReadOnlyList<SegmentOutcome> outcomes) => this with
    {
        Segments = Segments.Select(s => s.Index >= from && s.Index < outcomes.Count ? s with { Outcome = outcomes[s.Index] } : s).ToArray(),
    };

    /// <summary>
    /// Whether a later report of this session (from a client playing it) may replace <paramref name="stored"/>: it
    /// may not reopen a completed session, nor make one that was ended on purpose resumable again.
    /// </summary>
    public bool MayReplace(SessionRecord stored) =>
        !(stored.Completed && !Completed) && !(!stored.Completed && !stored.Resumable && stored.EndedAt is not null && Resumable);

    /// <summary>Whether <paramref name="other"/> is a report of the same played session: same routine, level and segments.</summary>
    public bool SamePlayAs(SessionRecord other) =>
        other.Routine.Id == Routine.Id && other.Level == Level && other.Segments.Count == Segments.Count;

    /// <summary>A new, unfinished record for a timeline about to be played.</summary>
    public static SessionRecord Begin(Guid id, string userId, Routine routine, Timeline timeline, DateTimeOffset startedAt, string timeZone) => new()
    {
        Id = id,
        UserId = userId,
        Routine = routine,
        Level = timeline.Level,
        StartedAt = startedAt,
        TimeZone = timeZone,
        Segments = timeline.Segments.Select(s => new SegmentRecord(s.Index, s.Kind, s.Exercise.Value, s.Side, s.DurationSeconds, SegmentOutcome.Pending)).ToArray(),
        Checkpoint = new SessionCheckpoint(routine.Id, timeline.Level, 0, 0),
    };

    /// <summary>This record with the engine's outcomes merged in (segments the engine has not reached keep theirs).</summary>
    public SessionRecord WithOutcomes(IReadOnlyList<SegmentOutcome> outcomes) => this with
    {
        Segments = Segments.Select(s => s.Index < outcomes.Count && outcomes[s.Index] != SegmentOutcome.Pending
            ? s with { Outcome = outcomes[s.Index] }
            : s).ToArray(),
    };
}
