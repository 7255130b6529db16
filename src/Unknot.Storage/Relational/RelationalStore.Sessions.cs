namespace Unknot.Storage.Relational;

/// <summary>The sessions facet: a session written whole with its segments, found, listed, deleted.</summary>
public abstract partial class RelationalStore
{
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
}
