namespace Unknot.Storage.Relational;

/// <summary>
/// Every SQL statement both providers run, in one place: written in the SQL that SQLite and PostgreSQL share
/// (upserts with <c>ON CONFLICT</c>, row values, <c>RETURNING</c>, sums cast to BIGINT), so the rules of the
/// store are written once. What differs (schema checks, locks, SQLite's rowid) lives with each provider.
/// </summary>
internal static class StoreSql
{
    public const string UserExists = "SELECT COUNT(*) FROM users WHERE id = @Id";

    public const string AnyUncounted = "SELECT COUNT(*) FROM (SELECT 1 FROM sessions WHERE local_day IS NULL AND unreadable IS NULL LIMIT 1) AS uncounted";

    public const string EnsureUser =
        "INSERT INTO users (id, name, created_at) VALUES (@Id, @Name, @CreatedAt) ON CONFLICT (id) DO NOTHING";

    public const string UpsertSession = """
        INSERT INTO sessions (id, user_id, routine_id, routine_json, level, started_at, ended_at, time_zone, completed,
                              pain_before, pain_after, note, checkpoint_segment, checkpoint_seconds, segments, measurements)
        VALUES (@Id, @UserId, @RoutineId, @RoutineJson, @Level, @StartedAt, @EndedAt, @TimeZone, @Completed,
                @PainBefore, @PainAfter, @Note, @CheckpointSegment, @CheckpointSeconds, @Segments, @Measurements)
        ON CONFLICT (user_id, id) DO UPDATE SET
            segments = excluded.segments,
            ended_at = excluded.ended_at,
            completed = excluded.completed,
            pain_before = excluded.pain_before,
            pain_after = excluded.pain_after,
            note = excluded.note,
            checkpoint_segment = excluded.checkpoint_segment,
            checkpoint_seconds = excluded.checkpoint_seconds,
            measurements = excluded.measurements
        """;

    /// <summary>A new session, already marked with the day and pain change it is counted under (one statement, not two).</summary>
    public const string InsertSessionIfNew = """
        INSERT INTO sessions (id, user_id, routine_id, routine_json, level, started_at, ended_at, time_zone, completed,
                              pain_before, pain_after, note, checkpoint_segment, checkpoint_seconds, segments, measurements, local_day, pain_change)
        VALUES (@Id, @UserId, @RoutineId, @RoutineJson, @Level, @StartedAt, @EndedAt, @TimeZone, @Completed,
                @PainBefore, @PainAfter, @Note, @CheckpointSegment, @CheckpointSeconds, @Segments, @Measurements, @Day, @PainChange)
        ON CONFLICT (user_id, id) DO NOTHING
        """;

    public const string SessionColumns = """
        id AS Id, user_id AS UserId, routine_json AS RoutineJson, level AS Level, started_at AS StartedAt,
        ended_at AS EndedAt, time_zone AS TimeZone, completed AS Completed, pain_before AS PainBefore,
        pain_after AS PainAfter, note AS Note, checkpoint_segment AS CheckpointSegment, checkpoint_seconds AS CheckpointSeconds,
        segments AS Segments, measurements AS Measurements
        """;

    public const string SessionById = $"SELECT {SessionColumns} FROM sessions WHERE id = @Id AND user_id = @UserId";

    public const string SessionPage = $"""
        SELECT {SessionColumns} FROM sessions
        WHERE user_id = @UserId AND started_at >= @Since AND started_at < @Until AND (started_at, id) < (@BeforeAt, @BeforeId) AND unreadable IS NULL
        ORDER BY started_at DESC, id DESC LIMIT @Limit
        """;

    public const string SessionsAfter = $"""
        SELECT {SessionColumns} FROM sessions
        WHERE user_id = @UserId AND (started_at, id) > (@AfterAt, @AfterId) AND unreadable IS NULL
        ORDER BY started_at, id LIMIT @Limit
        """;

    // '~' sorts after every character of an id, so this is a range on the primary key.
    public const string IdsStartingWith = "SELECT id FROM sessions WHERE id BETWEEN @Prefix AND @Prefix || '~' AND user_id = @UserId ORDER BY id LIMIT @Limit";

    public const string DeleteSession = "DELETE FROM sessions WHERE id = @Id AND user_id = @UserId";

    public const string CountedDay = "SELECT local_day FROM sessions WHERE id = @Id AND user_id = @UserId AND unreadable IS NULL";

    public const string StoredDay = "SELECT user_id AS UserId, local_day AS LocalDay FROM sessions WHERE id = @Id AND user_id = @UserId";

    public const string MarkCounted = "UPDATE sessions SET local_day = @Day, pain_change = @PainChange WHERE id = @Id AND user_id = @UserId";

    public const string Uncounted = $"SELECT {SessionColumns} FROM sessions WHERE local_day IS NULL AND unreadable IS NULL LIMIT @Limit";

    public const string DeleteUnreadable = "DELETE FROM sessions WHERE id = @Id AND user_id = @UserId AND unreadable IS NOT NULL";

    public const string MarkUnreadable = "UPDATE sessions SET unreadable = @Reason WHERE id = @Id AND user_id = @UserId";

    // No ORDER BY: with one, SQLite walks every session of the user by the primary key instead of the partial index
    // of unreadable ones (a History page with 10,000 sessions took 10 times longer); the few rows are sorted after.
    public const string Unreadable = "SELECT id AS Id, unreadable AS Reason FROM sessions WHERE user_id = @UserId AND unreadable IS NOT NULL";

    public const string AddToDay = """
        INSERT INTO daily_totals (user_id, day, sessions, completed, done_seconds) VALUES (@UserId, @Day, @Sessions, @Completed, @DoneSeconds)
        ON CONFLICT (user_id, day) DO UPDATE SET
            sessions = daily_totals.sessions + excluded.sessions,
            completed = daily_totals.completed + excluded.completed,
            done_seconds = daily_totals.done_seconds + excluded.done_seconds
        RETURNING completed
        """;

    /// <summary>
    /// Adds one session's figures to each of <paramref name="count"/> distinct exercises (<c>@Exercise0</c>…) in one
    /// statement: a session of ten exercises is one round trip to the database, not ten.
    /// </summary>
    public static string AddToExercises(int count) => ExerciseUpserts.GetOrAdd(count, n => $"""
        INSERT INTO exercise_totals (user_id, exercise_id, sessions, rated, pain_change_sum) VALUES
            {string.Join(", ", Enumerable.Range(0, n).Select(i => $"(@UserId, @Exercise{i}, @Sessions, @Rated, @Sum)"))}
        ON CONFLICT (user_id, exercise_id) DO UPDATE SET
            sessions = exercise_totals.sessions + excluded.sessions,
            rated = exercise_totals.rated + excluded.rated,
            pain_change_sum = exercise_totals.pain_change_sum + excluded.pain_change_sum
        """);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> ExerciseUpserts = new();

    public const string DropUnusedExercises = "DELETE FROM exercise_totals WHERE user_id = @UserId AND sessions <= 0";

    public const string AddToUser = """
        INSERT INTO user_totals (user_id, rated, pain_change_sum) VALUES (@UserId, @Rated, @Sum)
        ON CONFLICT (user_id) DO UPDATE SET rated = user_totals.rated + excluded.rated, pain_change_sum = user_totals.pain_change_sum + excluded.pain_change_sum
        """;

    public const string RunAtOrBefore = """
        SELECT first_day AS First, last_day AS Last FROM completed_runs
        WHERE user_id = @UserId AND first_day <= @Day ORDER BY first_day DESC LIMIT 1
        """;

    public const string RunStartingOn = "SELECT first_day AS First, last_day AS Last FROM completed_runs WHERE user_id = @UserId AND first_day = @Day";

    public const string InsertRun = "INSERT INTO completed_runs (user_id, first_day, last_day, length) VALUES (@UserId, @First, @Last, @Last - @First + 1)";

    public const string DeleteRun = "DELETE FROM completed_runs WHERE user_id = @UserId AND first_day = @First";

    public const string LongestRun = "SELECT COALESCE(MAX(length), 0) FROM completed_runs WHERE user_id = @UserId";

    public const string DaysBetween = """
        SELECT day AS Day, sessions AS Sessions, completed AS Completed, done_seconds AS DoneSeconds FROM daily_totals
        WHERE user_id = @UserId AND day BETWEEN @From AND @To ORDER BY day
        """;

    public const string PainSince = """
        SELECT COUNT(*) AS Count, CAST(COALESCE(SUM(pain_change), 0) AS BIGINT) AS Sum FROM sessions
        WHERE user_id = @UserId AND pain_change IS NOT NULL AND local_day >= @Since
        """;

    public const string PainAll = "SELECT rated AS Count, pain_change_sum AS Sum FROM user_totals WHERE user_id = @UserId";

    public const string ExerciseTotals = """
        SELECT exercise_id AS Exercise, rated AS Rated, pain_change_sum AS Sum FROM exercise_totals
        WHERE user_id = @UserId ORDER BY exercise_id
        """;

    public const string RecentPain = """
        SELECT local_day AS Day, pain_before AS Before, pain_after AS After FROM sessions
        WHERE user_id = @UserId AND pain_change IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT @Limit
        """;

    public const string RecentMeasurements = """
        SELECT measurements FROM sessions
        WHERE user_id = @UserId AND measurements IS NOT NULL AND unreadable IS NULL ORDER BY started_at DESC, id DESC LIMIT @Limit
        """;

    public const string LatestUnfinished = $"""
        SELECT {SessionColumns} FROM sessions
        WHERE user_id = @UserId AND completed = 0 AND checkpoint_segment IS NOT NULL AND unreadable IS NULL
        ORDER BY started_at DESC, id DESC LIMIT 1
        """;

    public const string Settings = "SELECT key AS Key, value AS Value FROM settings WHERE user_id = @UserId ORDER BY key";

    public const string SetSetting = """
        INSERT INTO settings (user_id, key, value) VALUES (@UserId, @Key, @Value)
        ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value
        """;

    public const string Routines = "SELECT routine_json FROM user_routines WHERE user_id = @UserId ORDER BY id";

    public const string SaveRoutine = """
        INSERT INTO user_routines (user_id, id, routine_json, updated_at) VALUES (@UserId, @Id, @Json, @UpdatedAt)
        ON CONFLICT (user_id, id) DO UPDATE SET routine_json = excluded.routine_json, updated_at = excluded.updated_at
        """;

    public const string InsertPendingImport =
        "INSERT INTO pending_imports (id, user_id, files, created_at) VALUES (@Id, @UserId, @Files, @CreatedAt)";

    public const string PendingImports = "SELECT id, files FROM pending_imports WHERE user_id = @UserId ORDER BY created_at";

    public const string DeletePendingImport = "DELETE FROM pending_imports WHERE id = @Id AND user_id = @UserId";

    public const string InsertRoutineIfNew = """
        INSERT INTO user_routines (user_id, id, routine_json, updated_at) VALUES (@UserId, @Id, @Json, @UpdatedAt)
        ON CONFLICT (user_id, id) DO NOTHING
        """;

    public const string DeleteRoutine = "DELETE FROM user_routines WHERE user_id = @UserId AND id = @Id";

    public const string DeleteSetting = "DELETE FROM settings WHERE user_id = @UserId AND key = @Key";

    public const string AddReminder = "INSERT INTO reminders (id, user_id, at, repeat, reason, outcome) VALUES (@Id, @UserId, @At, @Repeat, @Reason, @Outcome) ON CONFLICT (user_id, id) DO NOTHING";

    public const string SetReminderOutcome = "UPDATE reminders SET outcome = @Outcome WHERE id = @Id AND user_id = @UserId";

    public const string Reminders = "SELECT id AS Id, at AS At, repeat AS Repeat, reason AS Reason, outcome AS Outcome FROM reminders WHERE user_id = @UserId AND at >= @Since ORDER BY at, id";

    public const string AddActiveTime = """
        INSERT INTO active_days (user_id, day, seconds) VALUES (@UserId, @Day, @Seconds)
        ON CONFLICT (user_id, day) DO UPDATE SET seconds = active_days.seconds + excluded.seconds
        """;

    /// <summary>An imported day's active time, kept when the day is already there (so importing twice adds nothing).</summary>
    public const string ImportActiveDay = "INSERT INTO active_days (user_id, day, seconds) VALUES (@UserId, @Day, @Seconds) ON CONFLICT (user_id, day) DO NOTHING";

    public const string ActiveDays = "SELECT day AS Day, seconds AS Seconds FROM active_days WHERE user_id = @UserId AND day >= @Since ORDER BY day";

    public const string Programmes = """
        SELECT id AS Id, programme_json AS ProgrammeJson, started_on AS StartedOn, pauses AS Pauses, stopped_on AS StoppedOn
        FROM programmes WHERE user_id = @UserId ORDER BY started_on DESC, id DESC
        """;

    public const string SaveProgramme = """
        INSERT INTO programmes (user_id, id, programme_json, started_on, pauses, stopped_on)
        VALUES (@UserId, @Id, @ProgrammeJson, @StartedOn, @Pauses, @StoppedOn)
        ON CONFLICT (user_id, id) DO UPDATE SET
            programme_json = excluded.programme_json, started_on = excluded.started_on, pauses = excluded.pauses, stopped_on = excluded.stopped_on
        """;

    /// <summary>A current programme's new pauses or stop day; nothing when it was stopped meanwhile (another start switched it).</summary>
    public const string ChangeCurrentProgramme = """
        UPDATE programmes SET pauses = @Pauses, stopped_on = @StoppedOn
        WHERE user_id = @UserId AND id = @Id AND stopped_on IS NULL
        """;

    /// <summary>The current programmes of a user but one: what starting or importing that one stops.</summary>
    public const string OtherCurrentProgrammes = """
        SELECT id AS Id, started_on AS StartedOn, pauses AS Pauses FROM programmes
        WHERE user_id = @UserId AND stopped_on IS NULL AND id <> @Id ORDER BY id
        """;

    public const string StopProgramme = "UPDATE programmes SET stopped_on = @StoppedOn, pauses = @Pauses WHERE user_id = @UserId AND id = @Id";

    public const string ProgrammeExists = "SELECT COUNT(*) FROM programmes WHERE user_id = @UserId AND id = @Id";

    /// <summary>Every table of a user's rows, children first; <c>users</c> last.</summary>
    public static readonly string[] DeleteUser =
    [
        "DELETE FROM sessions WHERE user_id = @UserId",
        "DELETE FROM settings WHERE user_id = @UserId",
        "DELETE FROM user_routines WHERE user_id = @UserId",
        "DELETE FROM daily_totals WHERE user_id = @UserId",
        "DELETE FROM exercise_totals WHERE user_id = @UserId",
        "DELETE FROM user_totals WHERE user_id = @UserId",
        "DELETE FROM completed_runs WHERE user_id = @UserId",
        "DELETE FROM pending_imports WHERE user_id = @UserId",
        "DELETE FROM reminders WHERE user_id = @UserId",
        "DELETE FROM active_days WHERE user_id = @UserId",
        "DELETE FROM programmes WHERE user_id = @UserId",
        "DELETE FROM users WHERE id = @UserId",
    ];
}
