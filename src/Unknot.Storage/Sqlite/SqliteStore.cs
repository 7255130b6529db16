using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with a busy timeout, so the CLI and the web server can use
/// it at the same time. Opening applies pending migrations; a newer database is refused untouched.
/// </summary>
public sealed class SqliteStore : IUnknotStore
{
    /// <summary>The one local user, until accounts come.</summary>
    public const string LocalUser = "local";

    private readonly SqliteConnection _connection;

    private readonly TimeProvider _time;

    private SqliteStore(SqliteConnection connection, string userId, TimeProvider time)
    {
        _connection = connection;
        UserId = userId;
        _time = time;
    }

    /// <inheritdoc />
    public string UserId { get; }

    /// <summary>The schema version this program writes.</summary>
    public static int LatestVersion => Migrations.For("sqlite")[^1].Version;

    /// <summary>
    /// Opens (creating when missing) the database at <paramref name="path"/> and brings its schema up to date,
    /// or up to <paramref name="upToVersion"/> (for tests of upgrades).
    /// </summary>
    public static SqliteStore Open(string path, TimeProvider time, string userId = LocalUser, int? upToVersion = null)
    {
        Prepare(path, time, upToVersion);
        return Connect(path, time, userId);
    }

    /// <summary>
    /// Creates the database when missing, refuses a newer one untouched, and applies pending migrations under
    /// SQLite's write lock, re-checking the version inside it, so any number of processes may start at once.
    /// </summary>
    public static void Prepare(string path, TimeProvider time, int? upToVersion = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var connection = new SqliteConnection(ConnectionString(path));
        try
        {
            connection.Open();
            // Refuse a newer database before anything (even the journal mode) touches the file.
            var migrations = Migrations.For("sqlite");
            Migrations.RefuseNewer(Migrations.CurrentVersion(connection, SqliteSql.VersionTableExists), migrations, path);
            connection.Execute(SqliteSql.Pragmas);
            Migrations.Apply(connection, migrations, SqliteSql.VersionTableExists, SqliteSql.CreateVersionTable, path, time.GetUtcNow(), upToVersion);
            connection.Execute(SqliteSql.EnsureUser, new { Id = LocalUser, Name = "Local user", CreatedAt = Format(time.GetUtcNow()) });
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            throw new StoreException($"{path} is not an Unknot database ({e.Message.TrimEnd('.')}); move it away and Unknot will start a new one", e);
        }
    }

    /// <summary>A store on a database that <see cref="Prepare"/> has readied, over a pooled connection.</summary>
    public static SqliteStore Connect(string path, TimeProvider time, string userId = LocalUser)
    {
        var connection = new SqliteConnection(ConnectionString(path));
        try
        {
            connection.Open();
            if (userId != LocalUser)
            {
                connection.Execute(SqliteSql.EnsureUser, new { Id = userId, Name = userId, CreatedAt = Format(time.GetUtcNow()) });
            }
            return new SqliteStore(connection, userId, time);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true, ForeignKeys = true }.ToString();

    /// <summary>The schema version recorded in the file.</summary>
    public int SchemaVersion => Migrations.CurrentVersion(_connection, SqliteSql.VersionTableExists);

    /// <inheritdoc />
    public void Save(SessionRecord session)
    {
        using var transaction = _connection.BeginTransaction();
        _connection.Execute(SqliteSql.UpsertSession, SessionParameters(session), transaction);
        _connection.Execute(SqliteSql.UpsertSegment, SegmentParameters(session), transaction);
        transaction.Commit();
    }

    /// <inheritdoc />
    public SessionRecord? Find(Guid id) =>
        Load(_connection.Query<SessionRow>(SqliteSql.SessionById, new { Id = id.ToString(), UserId })).SingleOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<SessionRecord> Sessions(DateTimeOffset? since = null) =>
        Load(_connection.Query<SessionRow>(SqliteSql.SessionsSince, new { UserId, Since = since is { } s ? Format(s) : "" }));

    /// <inheritdoc />
    public SessionRecord? LatestUnfinished() =>
        Load(_connection.Query<SessionRow>(SqliteSql.LatestUnfinished, new { UserId })).SingleOrDefault();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Settings() =>
        _connection.Query<(string Key, string Value)>(SqliteSql.Settings, new { UserId }).ToDictionary(p => p.Key, p => p.Value);

    /// <inheritdoc />
    public void SetSetting(string key, string? value) =>
        _connection.Execute(value is null ? SqliteSql.DeleteSetting : SqliteSql.SetSetting, new { UserId, Key = key, Value = value });

    /// <inheritdoc />
    public IReadOnlyList<Routines.Routine> Routines() =>
        _connection.Query<string>(SqliteSql.Routines, new { UserId }).Select(json => RoutineSnapshot.Deserialize(json) with { Origin = RoutineOrigin.Saved }).ToArray();

    /// <inheritdoc />
    public void SaveRoutine(Routines.Routine routine) =>
        _connection.Execute(SqliteSql.SaveRoutine, new { UserId, routine.Id, Json = RoutineSnapshot.Serialize(routine), UpdatedAt = Format(_time.GetUtcNow()) });

    /// <inheritdoc />
    public bool DeleteRoutine(string id) => _connection.Execute(SqliteSql.DeleteRoutine, new { UserId, Id = id }) == 1;

    /// <inheritdoc />
    public int Import(IReadOnlyList<SessionRecord> sessions, IReadOnlyDictionary<string, string> settings, IReadOnlyList<Routines.Routine>? routines = null)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var routine in routines ?? [])
        {
            _connection.Execute(SqliteSql.InsertRoutineIfNew, new { UserId, routine.Id, Json = RoutineSnapshot.Serialize(routine), UpdatedAt = Format(_time.GetUtcNow()) }, transaction);
        }
        var added = 0;
        foreach (var session in sessions)
        {
            var record = session with { UserId = UserId };
            if (_connection.Execute(SqliteSql.InsertSessionIfNew, SessionParameters(record), transaction) == 1)
            {
                _connection.Execute(SqliteSql.UpsertSegment, SegmentParameters(record), transaction);
                added++;
            }
        }
        foreach (var (key, value) in settings)
        {
            _connection.Execute(SqliteSql.SetSetting, new { UserId, Key = key, Value = value }, transaction);
        }
        transaction.Commit();
        return added;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static object SessionParameters(SessionRecord s) => new
    {
        Id = s.Id.ToString(),
        s.UserId,
        RoutineId = s.Routine.Id,
        RoutineJson = RoutineSnapshot.Serialize(s.Routine),
        Level = Kebab.Of(s.Level),
        StartedAt = Format(s.StartedAt),
        EndedAt = s.EndedAt is { } ended ? Format(ended) : null,
        s.TimeZone,
        Completed = s.Completed ? 1 : 0,
        PainBefore = s.PainBefore?.Value,
        PainAfter = s.PainAfter?.Value,
        s.Note,
        CheckpointSegment = s.Checkpoint?.SegmentIndex,
        CheckpointSeconds = s.Checkpoint?.SecondsInto,
    };

    private static IEnumerable<object> SegmentParameters(SessionRecord s) => s.Segments.Select(g => new
    {
        SessionId = s.Id.ToString(),
        g.Index,
        Kind = Kebab.Of(g.Kind),
        g.Exercise,
        Side = Kebab.Of(g.Side),
        g.DurationSeconds,
        Outcome = Kebab.Of(g.Outcome),
    });

    private IReadOnlyList<SessionRecord> Load(IEnumerable<SessionRow> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return [];
        }
        var segments = _connection.Query<SegmentRow>(SqliteSql.SegmentsOf, new { Ids = list.Select(r => r.Id).ToArray() })
            .GroupBy(s => s.SessionId)
            .ToDictionary(g => g.Key, g => g.Select(ToRecord).ToArray());
        return list.Select(r => ToRecord(r, segments.GetValueOrDefault(r.Id) ?? [])).ToArray();
    }

    private static SessionRecord ToRecord(SessionRow r, IReadOnlyList<SegmentRecord> segments)
    {
        var routine = RoutineSnapshot.Deserialize(r.RoutineJson);
        var level = Enum<Level>(r.Level);
        return new SessionRecord
        {
            Id = Guid.Parse(r.Id),
            UserId = r.UserId,
            Routine = routine,
            Level = level,
            StartedAt = Parse(r.StartedAt),
            EndedAt = r.EndedAt is null ? null : Parse(r.EndedAt),
            TimeZone = r.TimeZone,
            Completed = r.Completed != 0,
            Segments = segments,
            PainBefore = r.PainBefore is { } before ? new PainScore((int)before) : null,
            PainAfter = r.PainAfter is { } after ? new PainScore((int)after) : null,
            Note = r.Note,
            Checkpoint = r.CheckpointSegment is { } segment ? new SessionCheckpoint(routine.Id, level, (int)segment, r.CheckpointSeconds ?? 0) : null,
        };
    }

    private static SegmentRecord ToRecord(SegmentRow s) =>
        new((int)s.Index, Enum<SegmentKind>(s.Kind), s.Exercise, Enum<Side>(s.Side), (int)s.DurationSeconds, Enum<SegmentOutcome>(s.Outcome));

    private static T Enum<T>(string text) where T : struct, System.Enum =>
        Kebab.TryParse<T>(text, out var value) ? value : throw new StoreException($"unexpected value '{text}' for {typeof(T).Name} in the database");

    private sealed class SessionRow
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string RoutineJson { get; set; } = "";
        public string Level { get; set; } = "";
        public string StartedAt { get; set; } = "";
        public string? EndedAt { get; set; }
        public string TimeZone { get; set; } = "";
        public long Completed { get; set; }
        public long? PainBefore { get; set; }
        public long? PainAfter { get; set; }
        public string? Note { get; set; }
        public long? CheckpointSegment { get; set; }
        public double? CheckpointSeconds { get; set; }
    }

    private sealed class SegmentRow
    {
        public string SessionId { get; set; } = "";
        public long Index { get; set; }
        public string Kind { get; set; } = "";
        public string Exercise { get; set; } = "";
        public string Side { get; set; } = "";
        public long DurationSeconds { get; set; }
        public string Outcome { get; set; } = "";
    }
}
