using System.Globalization;
using Dapper;
using System.Data.Common;
using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Storage.Relational;

/// <summary>
/// The rules of the store, written once for every provider over ADO.NET: sessions written whole, the running
/// figures kept right in the same transaction, unreadable rows set aside, imports all or nothing. A provider
/// (<see cref="Sqlite.SqliteStore"/>, and PostgresStore in Unknot.Storage.Postgres) opens the connection, prepares the schema
/// and says how one user's writes are kept apart (<see cref="LockUser"/>).
/// </summary>
public abstract class RelationalStore : IUnknotStore
{
    private readonly DbConnection _connection;

    private readonly TimeProvider _time;

    private readonly Func<SessionWriter>? _writer;

    /// <summary>
    /// A store over <paramref name="connection"/>, which it disposes. A connection not yet open is opened on first
    /// use, so a store that only hands new sessions to <paramref name="writer"/> never holds a connection of its own.
    /// </summary>
    private protected RelationalStore(DbConnection connection, string userId, TimeProvider time, Func<SessionWriter>? writer = null)
    {
        _connection = connection;
        UserId = userId;
        _time = time;
        _writer = writer;
    }

    /// <summary>The connection, opened on first use.</summary>
    private protected DbConnection Connection
    {
        get
        {
            if (_connection.State == System.Data.ConnectionState.Closed)
            {
                _connection.Open();
            }
            return _connection;
        }
    }

    /// <summary>
    /// Called at the start of every transaction that changes <paramref name="userId"/>'s running figures, before
    /// they are read: a provider whose transactions may interleave (PostgreSQL) takes a lock for that user here.
    /// </summary>
    private protected virtual void LockUser(string userId, DbTransaction transaction)
    {
    }

    /// <inheritdoc />
    public string UserId { get; }

    /// <inheritdoc />
    public bool Save(SessionRecord session)
    {
        using var transaction = Connection.BeginTransaction();
        LockUser(session.UserId, transaction);
        if (!SaveIn(session, transaction))
        {
            return false;
        }
        transaction.Commit();
        return true;
    }

    /// <inheritdoc />
    public Task<bool> AddAsync(SessionRecord session, CancellationToken cancel = default)
    {
        if (_writer is not null)
        {
            return _writer().AddAsync(session, cancel);
        }
        var results = AddGroup([session]);
        return results[0].Error is { } error ? Task.FromException<bool>(error) : Task.FromResult(results[0].Added);
    }

    /// <summary>
    /// Adds each session whose id is not stored yet, all in one transaction, each in a savepoint so a failure
    /// leaves the others in; says for each whether it was added, or why it failed.
    /// </summary>
    internal (bool Added, Exception? Error)[] AddGroup(IReadOnlyList<SessionRecord> sessions)
    {
        var results = new (bool Added, Exception? Error)[sessions.Count];
        using var transaction = Connection.BeginTransaction();
        foreach (var user in sessions.Select(s => s.UserId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            LockUser(user, transaction);
        }
        for (var i = 0; i < sessions.Count; i++)
        {
            transaction.Save("one");
            try
            {
                results[i] = (AddIn(sessions[i], sessions[i].UserId, transaction), null);
                transaction.Release("one");
            }
            catch (Exception e) when (e is DbException or StoreException or ArgumentException or OverflowException)
            {
                transaction.Rollback("one");
                transaction.Release("one");
                results[i] = (false, e);
            }
        }
        transaction.Commit();
        return results;
    }

    /// <summary>Writes a session that is not stored yet and counts it; false (and nothing written) when its id is taken.</summary>
    private bool AddIn(SessionRecord record, string userId, DbTransaction transaction)
    {
        record = record with { UserId = userId };
        var c = SessionContribution.Of(record);
        if (Exec(StoreSql.InsertSessionIfNew, transaction, [.. SessionParameters(record), ("@Day", c.Day.DayNumber), ("@PainChange", c.PainChange)]) != 1)
        {
            return false;
        }
        Count(c, userId, +1, transaction);
        return true;
    }

    /// <inheritdoc />
    public virtual bool HoldsFiles => false;

    /// <inheritdoc />
    public virtual IReadOnlyList<StoredFile> Files() => [];

    /// <summary>Writes files the user does not have yet, in the import's transaction; only where <see cref="HoldsFiles"/>.</summary>
    private protected virtual void AddFiles(IReadOnlyList<StoredFile> files, DbTransaction transaction) =>
        throw new StoreException("this database keeps no files; they belong in the home folder");

    /// <inheritdoc />
    public SessionRecord? Find(Guid id) => FindIn(id, null);

    /// <inheritdoc />
    public IReadOnlyList<Guid> IdsStartingWith(string prefix, int max) =>
        Connection.Query<string>(StoreSql.IdsStartingWith, new { UserId, Prefix = prefix.ToLowerInvariant(), Limit = max }).Select(Guid.Parse).ToArray();

    /// <inheritdoc />
    public bool Delete(Guid id)
    {
        using var transaction = Connection.BeginTransaction();
        LockUser(UserId, transaction);
        var counted = Connection.Query<long?>(StoreSql.CountedDay, new { Id = id.ToString(), UserId }, transaction).ToArray();
        var session = FindIn(id, transaction);
        if (session is null)
        {
            // A row that cannot be read was never counted: it simply goes.
            var gone = Connection.Execute(StoreSql.DeleteUnreadable, new { Id = id.ToString(), UserId }, transaction);
            transaction.Commit();
            return gone == 1;
        }
        if (counted is [not null])
        {
            Count(SessionContribution.Of(session), session.UserId, -1, transaction);
        }
        Connection.Execute(StoreSql.DeleteSession, new { Id = id.ToString(), UserId }, transaction);
        transaction.Commit();
        return true;
    }

    /// <inheritdoc />
    public IReadOnlyList<SessionRecord> Sessions(SessionQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        return Load(Connection.Query<SessionRow>(StoreSql.SessionPage, new
        {
            UserId,
            Since = query.Since is { } since ? Format(since) : "",
            Until = query.Until is { } until ? Format(until) : "~",
            BeforeAt = query.Before is { } before ? Format(before.StartedAt) : "~",
            BeforeId = query.Before is { } cursor ? cursor.Id.ToString() : "",
            query.Limit,
        }));
    }

    /// <summary>True for a read-only store that rescues what it can from a damaged database.</summary>
    private protected bool _salvage;

    /// <summary>In a salvage, the rows and parts that could not be read, each as one line.</summary>
    private protected List<string> SalvageLost { get; } = [];

    private protected T Salvaged<T>(Func<T> read, T empty, string what)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (_salvage && e is DbException or System.Text.Json.JsonException or StoreException or FormatException)
        {
            SalvageLost.Add($"{what}: {e.Message}");
            return empty;
        }
    }

    /// <inheritdoc />
    public IEnumerable<SessionRecord> AllSessions() => _salvage ? SalvageSessions() : AllSessionsInBatches();

    /// <summary>In a salvage, every session that can still be read; by default those read in batches.</summary>
    private protected virtual IEnumerable<SessionRecord> SalvageSessions() => AllSessionsInBatches();

    private IEnumerable<SessionRecord> AllSessionsInBatches()
    {
        var (at, id) = ("", "");
        while (true)
        {
            var rows = Connection.Query<SessionRow>(StoreSql.SessionsAfter, new { UserId, AfterAt = at, AfterId = id, Limit = Batch }).AsList();
            foreach (var session in Load(rows))
            {
                yield return session;
            }
            if (rows.Count < Batch)
            {
                yield break;
            }
            (at, id) = (rows[^1].StartedAt, rows[^1].Id);
        }
    }

    /// <inheritdoc />
    public IProgressFacts Progress => new StoreProgressFacts(Connection, UserId);

    /// <inheritdoc />
    public SessionRecord? LatestUnfinished() =>
        Load(Connection.Query<SessionRow>(StoreSql.LatestUnfinished, new { UserId })).SingleOrDefault();

    /// <summary>How many sessions are read at a time.</summary>
    private const int Batch = 500;

    private SessionRecord? FindIn(Guid id, DbTransaction? transaction) =>
        Load(Connection.Query<SessionRow>(StoreSql.SessionById, new { Id = id.ToString(), UserId }, transaction), transaction).SingleOrDefault();

    /// <summary>
    /// Writes a session and keeps the running figures right: the figures of the version stored before (if it was
    /// counted) are taken away and those of the version now stored are added, in the caller's transaction.
    /// </summary>
    private bool SaveIn(SessionRecord session, DbTransaction transaction)
    {
        // Ids are the user's own: another user's session with the same id is another row, never read or touched here.
        var before = Connection.Query<StoredRow>(StoreSql.StoredDay, new { Id = session.Id.ToString(), session.UserId }, transaction).ToArray();
        var old = before is [{ LocalDay: not null }] ? FindIn(session.Id, transaction) : null;
        Exec(StoreSql.UpsertSession, transaction, SessionParameters(session));
        // An update keeps what the first write set (start, zone, segment lengths), so read back what is stored.
        var stored = before.Length == 0 ? session : FindIn(session.Id, transaction) ?? session;
        var now = SessionContribution.Of(stored);
        if (old is not null && SessionContribution.Of(old) is var then)
        {
            if (then.Equals(now))
            {
                return true;
            }
            Count(then, old.UserId, -1, transaction);
        }
        Count(now, stored.UserId, +1, transaction);
        MarkCounted(session.Id, stored.UserId, now, transaction);
        return true;
    }

    internal sealed class StoredRow
    {
        public string UserId { get; init; } = "";

        public long? LocalDay { get; init; }
    }

    /// <summary>Adds (<paramref name="sign"/> +1) or takes away (-1) one session's figures.</summary>
    private void Count(SessionContribution c, string userId, int sign, DbTransaction transaction)
    {
        var completed = Scalar(StoreSql.AddToDay, transaction, ("@UserId", userId), ("@Day", c.Day.DayNumber), ("@Sessions", c.Active ? sign : 0),
            ("@Completed", c.Completed ? sign : 0), ("@DoneSeconds", (long)sign * c.DoneSeconds));
        if (c.Completed)
        {
            KeepRun(userId, c.Day.DayNumber, completed > 0, transaction);
        }
        if (c.PainChange is { } change)
        {
            Exec(StoreSql.AddToUser, transaction, ("@UserId", userId), ("@Rated", sign), ("@Sum", (long)sign * change));
        }
        if (c.Exercises.Count > 0)
        {
            Exec(StoreSql.AddToExercises(c.Exercises.Count), transaction, [("@UserId", userId), ("@Sessions", sign),
                ("@Rated", c.PainChange is null ? 0 : sign), ("@Sum", (long)sign * (c.PainChange ?? 0)),
                .. c.Exercises.Select((exercise, i) => ($"@Exercise{i}", (object?)exercise))]);
        }
        if (sign < 0 && c.Exercises.Count > 0)
        {
            Exec(StoreSql.DropUnusedExercises, transaction, ("@UserId", userId));
        }
    }

    /// <summary>Puts <paramref name="day"/> into the runs of completed days, or takes it out, merging or splitting runs.</summary>
    private void KeepRun(string userId, long day, bool completed, DbTransaction transaction)
    {
        var around = Run(StoreSql.RunAtOrBefore, transaction, ("@UserId", userId), ("@Day", day));
        var inRun = around is not null && around.Last >= day;
        if (completed == inRun)
        {
            return;
        }
        if (completed)
        {
            var left = around is not null && around.Last == day - 1 ? around : null;
            var right = Run(StoreSql.RunStartingOn, transaction, ("@UserId", userId), ("@Day", day + 1));
            foreach (var joined in new[] { left, right })
            {
                if (joined is not null)
                {
                    Exec(StoreSql.DeleteRun, transaction, ("@UserId", userId), ("@First", joined.First));
                }
            }
            Exec(StoreSql.InsertRun, transaction, ("@UserId", userId), ("@First", left?.First ?? day), ("@Last", right?.Last ?? day));
            return;
        }
        Exec(StoreSql.DeleteRun, transaction, ("@UserId", userId), ("@First", around!.First));
        if (around.First < day)
        {
            Exec(StoreSql.InsertRun, transaction, ("@UserId", userId), ("@First", around.First), ("@Last", day - 1));
        }
        if (day < around.Last)
        {
            Exec(StoreSql.InsertRun, transaction, ("@UserId", userId), ("@First", day + 1), ("@Last", around.Last));
        }
    }

    /// <summary>Counts the sessions stored before the running figures existed, a batch per transaction.</summary>
    private protected void CountUncounted()
    {
        while (true)
        {
            using var transaction = Connection.BeginTransaction();
            var rows = Connection.Query<SessionRow>(StoreSql.Uncounted, new { Limit = Batch }, transaction).AsList();
            var batch = Load(rows, transaction);
            foreach (var session in batch)
            {
                var c = SessionContribution.Of(session);
                Count(c, session.UserId, +1, transaction);
                MarkCounted(session.Id, session.UserId, c, transaction);
            }
            transaction.Commit();
            if (rows.Count < Batch)
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Settings() => Salvaged(() => SettingsOf(UserId), new Dictionary<string, string>(), "settings");

    /// <summary>The settings of any user.</summary>
    internal IReadOnlyDictionary<string, string> SettingsOf(string userId) =>
        Connection.Query<SettingRow>(StoreSql.Settings, new { UserId = userId }).ToDictionary(p => p.Key, p => p.Value);

    internal sealed class SettingRow
    {
        public string Key { get; init; } = "";

        public string Value { get; init; } = "";
    }

    /// <inheritdoc />
    public void SetSetting(string key, string? value) =>
        Connection.Execute(value is null ? StoreSql.DeleteSetting : StoreSql.SetSetting, new { UserId, Key = key, Value = value });

    /// <inheritdoc />
    public void AddReminder(ReminderRecord reminder) => Connection.Execute(StoreSql.AddReminder, new
    {
        Id = reminder.Id.ToString(), UserId, At = Format(reminder.At), reminder.Repeat, reminder.Reason,
        Outcome = reminder.Outcome is { } o ? Text.Kebab.Of(o) : null,
    });

    /// <inheritdoc />
    public bool SetReminderOutcome(Guid id, Unknot.Reminders.ReminderOutcome outcome) =>
        Connection.Execute(StoreSql.SetReminderOutcome, new { Id = id.ToString(), UserId, Outcome = Text.Kebab.Of(outcome) }) == 1;

    /// <inheritdoc />
    public IReadOnlyList<ReminderRecord> Reminders(DateTimeOffset since) => Salvaged(() =>
        Connection.Query<ReminderRow>(StoreSql.Reminders, new { UserId, Since = Format(since) })
            .Select(r => new ReminderRecord(Guid.Parse(r.Id), DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture), (int)r.Repeat, r.Reason,
                r.Outcome is { } o && Text.Kebab.TryParse<Unknot.Reminders.ReminderOutcome>(o, out var outcome) ? outcome : null))
            .ToArray(), [], "reminders");

    internal sealed class ReminderRow
    {
        public string Id { get; init; } = "";

        public string At { get; init; } = "";

        public long Repeat { get; init; }

        public string Reason { get; init; } = "";

        public string? Outcome { get; init; }
    }

    /// <inheritdoc />
    public void AddActiveTime(DateOnly day, int seconds) =>
        Connection.Execute(StoreSql.AddActiveTime, new { UserId, Day = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Seconds = seconds });

    /// <inheritdoc />
    public IReadOnlyList<ActiveDay> ActiveDays(DateOnly since) => Salvaged(() =>
        Connection.Query<ActiveRow>(StoreSql.ActiveDays, new { UserId, Since = since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
            .Select(r => new ActiveDay(DateOnly.ParseExact(r.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), (int)r.Seconds))
            .ToArray(), [], "active time");

    internal sealed class ActiveRow
    {
        public string Day { get; init; } = "";

        public long Seconds { get; init; }
    }

    /// <inheritdoc />
    public void DeleteUser()
    {
        using var transaction = Connection.BeginTransaction();
        LockUser(UserId, transaction);
        foreach (var sql in StoreSql.DeleteUser)
        {
            Exec(sql, transaction, ("@UserId", UserId));
        }
        transaction.Commit();
    }

    /// <inheritdoc />
    public IReadOnlyList<Routines.Routine> Routines() => Salvaged(() => RoutinesOf(UserId), [], "saved routines");

    /// <summary>The saved routines of any user.</summary>
    internal IReadOnlyList<Routines.Routine> RoutinesOf(string userId) =>
        Connection.Query<string>(StoreSql.Routines, new { UserId = userId }).Select(json => RoutineSnapshot.Deserialize(json) with { Origin = RoutineOrigin.Saved }).ToArray();

    /// <inheritdoc />
    public void SaveRoutine(Routines.Routine routine) =>
        Connection.Execute(StoreSql.SaveRoutine, new { UserId, routine.Id, Json = RoutineSnapshot.Serialize(routine), UpdatedAt = Format(_time.GetUtcNow()) });

    /// <inheritdoc />
    public bool DeleteRoutine(string id) => Connection.Execute(StoreSql.DeleteRoutine, new { UserId, Id = id }) == 1;

    /// <inheritdoc />
    public int Import(IEnumerable<SessionRecord> sessions, IReadOnlyDictionary<string, string> settings, IReadOnlyList<Routines.Routine>? routines = null,
        PendingImport? files = null, IReadOnlyList<ReminderRecord>? reminders = null, IReadOnlyList<ActiveDay>? activeDays = null,
        IReadOnlyList<StoredFile>? stored = null)
    {
        using var transaction = Connection.BeginTransaction();
        LockUser(UserId, transaction);
        if (stored is { Count: > 0 })
        {
            AddFiles(stored, transaction);
        }
        if (files is { Files.Count: > 0 })
        {
            Connection.Execute(StoreSql.InsertPendingImport, new
            {
                Id = files.Id.ToString(), UserId, Files = System.Text.Json.JsonSerializer.Serialize(files.Files.ToArray(), StorageJson.Compact.Info<string[]>()), CreatedAt = Format(_time.GetUtcNow()),
            }, transaction);
        }
        foreach (var routine in routines ?? [])
        {
            Connection.Execute(StoreSql.InsertRoutineIfNew, new { UserId, routine.Id, Json = RoutineSnapshot.Serialize(routine), UpdatedAt = Format(_time.GetUtcNow()) }, transaction);
        }
        var added = sessions.Count(session => AddIn(session, UserId, transaction));
        foreach (var (key, value) in settings)
        {
            Connection.Execute(StoreSql.SetSetting, new { UserId, Key = key, Value = value }, transaction);
        }
        foreach (var r in reminders ?? [])
        {
            Connection.Execute(StoreSql.AddReminder, new
            {
                Id = r.Id.ToString(), UserId, At = Format(r.At), r.Repeat, r.Reason, Outcome = r.Outcome is { } o ? Kebab.Of(o) : null,
            }, transaction);
        }
        foreach (var day in activeDays ?? [])
        {
            Connection.Execute(StoreSql.ImportActiveDay, new { UserId, Day = day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Seconds }, transaction);
        }
        transaction.Commit();
        return added;
    }

    /// <inheritdoc />
    public IReadOnlyList<PendingImport> PendingImports() =>
        Connection.Query<PendingRow>(StoreSql.PendingImports, new { UserId })
            .Select(r => new PendingImport(Guid.Parse(r.Id), System.Text.Json.JsonSerializer.Deserialize(r.Files, StorageJson.Compact.Info<string[]>()) ?? []))
            .ToArray();

    internal sealed class PendingRow
    {
        public string Id { get; init; } = "";

        public string Files { get; init; } = "";
    }

    /// <inheritdoc />
    public void ImportFinished(Guid id) => Connection.Execute(StoreSql.DeletePendingImport, new { Id = id.ToString(), UserId });

    /// <inheritdoc />
    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }
        _connection.Dispose();
    }

    private protected static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static (string Name, object? Value)[] SessionParameters(SessionRecord s) =>
    [
        ("@Id", s.Id.ToString()),
        ("@UserId", s.UserId),
        ("@RoutineId", s.Routine.Id),
        ("@RoutineJson", RoutineSnapshot.Serialize(s.Routine)),
        ("@Level", Kebab.Of(s.Level)),
        ("@StartedAt", Format(s.StartedAt)),
        ("@EndedAt", s.EndedAt is { } ended ? Format(ended) : null),
        ("@TimeZone", s.TimeZone),
        ("@Completed", s.Completed ? 1 : 0),
        ("@PainBefore", s.PainBefore?.Value),
        ("@PainAfter", s.PainAfter?.Value),
        ("@Note", s.Note),
        ("@CheckpointSegment", s.Checkpoint?.SegmentIndex),
        ("@CheckpointSeconds", s.Checkpoint?.SecondsInto),
        ("@Segments", SegmentColumn.Write(s.Segments)),
        ("@Measurements", s.Measurements is { } m ? System.Text.Json.JsonSerializer.Serialize(m, StorageJson.Compact.Info<SessionMeasurements>()) : null),
    ];

    private void MarkCounted(Guid id, string userId, SessionContribution c, DbTransaction transaction) =>
        Exec(StoreSql.MarkCounted, transaction, ("@Id", id.ToString()), ("@UserId", userId), ("@Day", c.Day.DayNumber), ("@PainChange", c.PainChange));

    /// <summary>
    /// The command for <paramref name="sql"/>, prepared once for this store's connection and bound again on each
    /// use. Saving a session runs dozens of statements; preparing each one anew cost more than running it.
    /// The values come as an array: with <c>params ReadOnlySpan</c> of these tuples, ReadyToRun code of this
    /// assembly made the .NET 10.0.12 runtime abort as it loaded.
    /// </summary>
    private DbCommand Prepared(string sql, DbTransaction? transaction, (string Name, object? Value)[] values)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }
        command.Transaction = transaction;
        foreach (var (name, value) in values)
        {
            var index = command.Parameters.IndexOf(name);
            if (index < 0)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            else
            {
                command.Parameters[index].Value = value ?? DBNull.Value;
            }
        }
        return command;
    }

    private int Exec(string sql, DbTransaction? transaction, params (string Name, object? Value)[] values) =>
        Prepared(sql, transaction, values).ExecuteNonQuery();

    private long Scalar(string sql, DbTransaction? transaction, params (string Name, object? Value)[] values) =>
        Convert.ToInt64(Prepared(sql, transaction, values).ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);

    private RunRow? Run(string sql, DbTransaction? transaction, params (string Name, object? Value)[] values)
    {
        using var reader = Prepared(sql, transaction, values).ExecuteReader();
        return reader.Read() ? new RunRow { First = reader.GetInt64(0), Last = reader.GetInt64(1) } : null;
    }

    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);


    /// <summary>
    /// The sessions of <paramref name="rows"/>. A row that cannot be read, or holds values out of the bounds every
    /// session keeps, is left out and marked with the reason, so one bad row never breaks a page or a command.
    /// </summary>
    private protected IReadOnlyList<SessionRecord> Load(IEnumerable<SessionRow> rows, DbTransaction? transaction = null)
    {
        var records = new List<SessionRecord>();
        var now = _time.GetUtcNow();
        foreach (var row in rows)
        {
            string? reason;
            try
            {
                var record = ToRecord(row);
                reason = record.Problem(now);
                if (reason is null)
                {
                    records.Add(record);
                    continue;
                }
            }
            catch (Exception e) when (e is FormatException or StoreException or System.Text.Json.JsonException or ArgumentException or OverflowException
                or InvalidOperationException or KeyNotFoundException or NullReferenceException or IndexOutOfRangeException)
            {
                reason = e.Message;
            }
            if (_salvage)
            {
                SalvageLost.Add($"session {row.Id}: {reason}");
                continue;
            }
            MarkUnreadable(row.Id, row.UserId, reason, transaction);
        }
        return records;
    }

    private void MarkUnreadable(string id, string userId, string reason, DbTransaction? transaction)
    {
        try
        {
            Connection.Execute(StoreSql.MarkUnreadable, new { Id = id, UserId = userId, Reason = reason.Length > 300 ? reason[..300] : reason }, transaction);
        }
        catch (DbException)
        {
            // A read-only database: the row is still left out of what is shown; it is reported next time it is read.
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<UnreadableSession> Unreadable() =>
        Connection.Query<UnreadableSession>(StoreSql.Unreadable, new { UserId }).ToArray();

    private static SessionRecord ToRecord(SessionRow r)
    {
        var segments = SegmentColumn.Read(r.Segments);
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
            Measurements = r.Measurements is { } measurements ? ReadMeasurements(measurements) : null,
        };
    }

    internal static SessionMeasurements ReadMeasurements(string column)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize(column, StorageJson.Compact.Info<SessionMeasurements>())
                ?? throw new StoreException("its measurements are null");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new StoreException($"its measurements are not valid JSON ({e.Message})");
        }
    }

    private static T Enum<T>(string text) where T : struct, System.Enum =>
        Kebab.TryParse<T>(text, out var value) ? value : throw new StoreException($"unexpected value '{text}' for {typeof(T).Name} in the database");

    internal sealed class SessionRow
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
        public string Segments { get; set; } = "[]";
        public string? Measurements { get; set; }
    }

    /// <summary>A run of completed days as day numbers.</summary>
    internal sealed class RunRow
    {
        public long First { get; set; }
        public long Last { get; set; }
    }
}
