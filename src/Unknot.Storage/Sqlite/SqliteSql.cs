namespace Unknot.Storage.Sqlite;

/// <summary>Every SQL statement the SQLite provider runs, in one place.</summary>
internal static class SqliteSql
{
    public const string VersionTableExists =
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";

    public const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    public const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

    public const string EnsureUser =
        "INSERT INTO users (id, name, created_at) VALUES (@Id, @Name, @CreatedAt) ON CONFLICT (id) DO NOTHING";

    public const string UpsertSession = """
        INSERT INTO sessions (id, user_id, routine_id, routine_json, level, started_at, ended_at, time_zone, completed,
                              pain_before, pain_after, note, checkpoint_segment, checkpoint_seconds)
        VALUES (@Id, @UserId, @RoutineId, @RoutineJson, @Level, @StartedAt, @EndedAt, @TimeZone, @Completed,
                @PainBefore, @PainAfter, @Note, @CheckpointSegment, @CheckpointSeconds)
        ON CONFLICT (id) DO UPDATE SET
            ended_at = excluded.ended_at,
            completed = excluded.completed,
            pain_before = excluded.pain_before,
            pain_after = excluded.pain_after,
            note = excluded.note,
            checkpoint_segment = excluded.checkpoint_segment,
            checkpoint_seconds = excluded.checkpoint_seconds
        """;

    public const string InsertSessionIfNew = """
        INSERT INTO sessions (id, user_id, routine_id, routine_json, level, started_at, ended_at, time_zone, completed,
                              pain_before, pain_after, note, checkpoint_segment, checkpoint_seconds)
        VALUES (@Id, @UserId, @RoutineId, @RoutineJson, @Level, @StartedAt, @EndedAt, @TimeZone, @Completed,
                @PainBefore, @PainAfter, @Note, @CheckpointSegment, @CheckpointSeconds)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string UpsertSegment = """
        INSERT INTO session_segments (session_id, idx, kind, exercise_id, side, duration_seconds, outcome)
        VALUES (@SessionId, @Index, @Kind, @Exercise, @Side, @DurationSeconds, @Outcome)
        ON CONFLICT (session_id, idx) DO UPDATE SET outcome = excluded.outcome
        """;

    private const string SessionColumns = """
        id AS Id, user_id AS UserId, routine_json AS RoutineJson, level AS Level, started_at AS StartedAt,
        ended_at AS EndedAt, time_zone AS TimeZone, completed AS Completed, pain_before AS PainBefore,
        pain_after AS PainAfter, note AS Note, checkpoint_segment AS CheckpointSegment, checkpoint_seconds AS CheckpointSeconds
        """;

    public const string SessionById = $"SELECT {SessionColumns} FROM sessions WHERE id = @Id AND user_id = @UserId";

    public const string SessionsSince =
        $"SELECT {SessionColumns} FROM sessions WHERE user_id = @UserId AND started_at >= @Since ORDER BY started_at DESC, id DESC";

    public const string LatestUnfinished = $"""
        SELECT {SessionColumns} FROM sessions
        WHERE user_id = @UserId AND completed = 0 AND checkpoint_segment IS NOT NULL
        ORDER BY started_at DESC, id DESC LIMIT 1
        """;

    public const string SegmentsOf = """
        SELECT session_id AS SessionId, idx AS "Index", kind AS Kind, exercise_id AS Exercise, side AS Side,
               duration_seconds AS DurationSeconds, outcome AS Outcome
        FROM session_segments WHERE session_id IN @Ids ORDER BY session_id, idx
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

    public const string InsertRoutineIfNew = """
        INSERT INTO user_routines (user_id, id, routine_json, updated_at) VALUES (@UserId, @Id, @Json, @UpdatedAt)
        ON CONFLICT (user_id, id) DO NOTHING
        """;

    public const string DeleteRoutine = "DELETE FROM user_routines WHERE user_id = @UserId AND id = @Id";

    public const string DeleteSetting = "DELETE FROM settings WHERE user_id = @UserId AND key = @Key";
}
