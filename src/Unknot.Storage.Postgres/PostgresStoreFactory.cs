using Npgsql;
using Unknot.Storage.Relational;

namespace Unknot.Storage.Postgres;

/// <summary>
/// Opens stores on one PostgreSQL database through Npgsql's pool: the schema is checked and migrated by the first
/// <see cref="Open"/> of the process. Several processes may share the database. New sessions added through any store
/// of the factory go to one writer, as with SQLite: those that arrive together share a transaction, and a request
/// waits for its commit without holding a connection or a thread.
/// </summary>
public sealed class PostgresStoreFactory : IStoreFactory, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _time;
    private readonly int _poolSize;
    private readonly Lock _gate = new();
    private bool _prepared;
    private SessionWriter? _writer;

    /// <summary>A factory on the database <paramref name="connectionString"/> names.</summary>
    public PostgresStoreFactory(string connectionString, TimeProvider time)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"the PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
        // Nothing here changes a connection's session state (advisory locks end with their transaction, or are released
        // by name), so a pooled connection needs no DISCARD ALL before its next use: one round trip less per use.
        builder.NoResetOnClose = true;
        _poolSize = builder.MaxPoolSize;
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        _time = time;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public bool Exists => true;

    /// <summary>The pooled connections, for what shares the database (accounts, the key ring).</summary>
    public NpgsqlDataSource DataSource => _source;

    /// <inheritdoc />
    public IUnknotStore Open(string userId) => Connect(userId);

    /// <summary>The store of <paramref name="userId"/>, the user's row made the first time this process sees the user.</summary>
    private PostgresStore Connect(string userId)
    {
        Prepare();
        if (!_users.ContainsKey(userId))
        {
            using (var connection = _source.OpenConnection())
            {
                PostgresStore.EnsureUser(connection, userId, _time);
            }
            _users.TryAdd(userId, true);
        }
        return PostgresStore.Connect(_source, _time, userId, Writer);
    }

    /// <summary>Users whose row this process has seen or made, so a store needs no connection until it is used.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _users = new(StringComparer.Ordinal);

    private SessionWriter Writer()
    {
        lock (_gate)
        {
            return _writer ??= new SessionWriter(PostgresStore.ForWriter(_source, _time));
        }
    }

    /// <summary>
    /// Kept in memory per user and read again only when the user's revision (one indexed row, counted by the
    /// schema's triggers on every change by any instance) has moved: equal versions mean equal contents.
    /// </summary>
    public UserSnapshot Snapshot(string userId)
    {
        using var store = Connect(userId);
        var revisions = store.Revision();
        (UserSnapshot Snapshot, long Library) known;
        lock (_snapshots)
        {
            if (_snapshots.TryGetValue(userId, out known) && known.Snapshot.Version == revisions.Revision)
            {
                return known.Snapshot;
            }
        }
        // A change that left settings and saved routines alone (a new session) keeps them: the same objects, under the new version.
        var snapshot = known.Snapshot is not null && known.Library == revisions.LibraryRevision
            ? known.Snapshot with { Version = revisions.Revision }
            : new UserSnapshot(revisions.Revision, store.Settings(), store.Routines(), store.Files());
        lock (_snapshots)
        {
            _snapshots[userId] = (snapshot, revisions.LibraryRevision);
        }
        return snapshot;
    }

    private readonly Dictionary<string, (UserSnapshot Snapshot, long Library)> _snapshots = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string? Explain(Exception error) => Cause(error) switch
    {
        StoreException store => store.Message,
        NpgsqlException { InnerException: TimeoutException } e when e.Message.Contains("pool has been exhausted", StringComparison.Ordinal) =>
            $"all {_poolSize} connections this instance may hold to {Location} are in use (--pool-size); try again in a moment",
        PostgresException { SqlState: "53300" } =>
            $"{Location} has no connection to spare (max_connections); try again in a moment, and keep the instances' --pool-size added up below max_connections",
        PostgresException { SqlState: "57P01" or "57P02" or "57P03" } => $"{Location} is shutting down or starting up; try again in a moment",
        PostgresException { SqlState: "3D000" } => $"{Location} does not exist; create it (createdb) or name another in the connection string",
        PostgresException { SqlState: "28P01" or "28000" } e => $"{Location} refused the sign-in ({e.MessageText}); check the user and password in the connection string",
        PostgresException { SqlState: "53100" } => $"the disk of {Location} is full; free some space and try again — nothing was lost",
        PostgresException e => $"{Location}: {e.MessageText} ({e.SqlState})",
        NpgsqlException e => $"{Location} cannot be reached ({e.InnerException?.Message ?? e.Message}); check that the server runs and the connection string",
        _ => null,
    };

    /// <inheritdoc />
    public TimeSpan? Recover(Exception error)
    {
        if (Cause(error) is not NpgsqlException { IsTransient: true } cause)
        {
            return null;
        }
        // A server that went away ended every connection in the pool, though each looks open until it is used: they
        // all go now, so the requests after this one open new connections instead of each meeting a dead one.
        if (cause is PostgresException { SqlState: "57P01" or "57P02" } || cause.InnerException is IOException or System.Net.Sockets.SocketException)
        {
            _source.Clear();
        }
        return TimeSpan.FromSeconds(5);
    }

    /// <summary>
    /// The database's own exception within <paramref name="error"/>: what the data layers above wrap it in (EF Core's
    /// execution strategy and updates, a task) says nothing to a person.
    /// </summary>
    private static Exception? Cause(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is StoreException or NpgsqlException)
            {
                return e;
            }
        }
        return null;
    }

    /// <inheritdoc />
    public (IUnknotStore Store, IReadOnlyList<string> Lost) OpenForSalvage(string userId) =>
        throw new StoreException($"a salvage rescues a damaged SQLite file; {Location} is backed up and restored with pg_dump and pg_restore");

    /// <summary>Checks and migrates the schema now (an instance does it before it serves); a problem is a <see cref="StoreException"/> in one line.</summary>
    public void Prepare()
    {
        if (!Volatile.Read(ref _prepared))
        {
            lock (_gate)
            {
                if (!_prepared)
                {
                    try
                    {
                        PostgresStore.Prepare(_source, _time, Location);
                    }
                    catch (Exception e) when (e is NpgsqlException && Explain(e) is { } why)
                    {
                        throw new StoreException(why, e);
                    }
                    Volatile.Write(ref _prepared, true);
                }
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
        _source.Dispose();
    }
}
