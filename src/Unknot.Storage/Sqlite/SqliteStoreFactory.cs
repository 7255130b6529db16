using Unknot.Storage.Relational;

namespace Unknot.Storage.Sqlite;

/// <summary>
/// Opens stores on one SQLite file: the schema is checked and migrated by the first <see cref="Open"/> of the
/// process only, and connections come from Microsoft.Data.Sqlite's pool after that. New sessions added through
/// any store of the factory share one writer, which commits those that arrive together in one transaction.
/// </summary>
public sealed class SqliteStoreFactory(string path, TimeProvider time) : IStoreFactory, IDisposable
{
    private readonly Lock _gate = new();
    private bool _prepared;
    private SessionWriter? _writer;
    private readonly Lock _monitorGate = new();
    private SqliteStore? _monitor;
    private long _version = -1;
    private readonly Dictionary<string, UserSnapshot> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The factory of personal mode: the database file in the Unknot home folder <paramref name="home"/>.</summary>
    public static SqliteStoreFactory InHome(string home, TimeProvider time) => new(Path.Combine(home, HomeFolder.DatabaseFile), time);

    /// <inheritdoc />
    public string Location => path;

    /// <inheritdoc />
    public bool Exists => File.Exists(path);

    /// <inheritdoc />
    public (IUnknotStore Store, IReadOnlyList<string> Lost) OpenForSalvage(string userId)
    {
        var store = SqliteStore.OpenForSalvage(path, time, userId);
        return (store, store.Lost);
    }

    /// <inheritdoc />
    public string? Explain(Exception error) => error switch
    {
        StoreException store => store.Message,
        Microsoft.Data.Sqlite.SqliteException e => SqliteStore.Explain(path, e),
        _ => null,
    };

    /// <inheritdoc />
    public IUnknotStore Open(string userId)
    {
        Prepare();
        return SqliteStore.Connect(path, time, userId, Writer);
    }

    /// <summary>
    /// Kept in memory and read again only when SQLite's <c>data_version</c>, asked on a connection of its own,
    /// says another connection (of this process or another) has committed since. A database that could be opened only
    /// as immutable (in a read-only folder, with no <c>-wal</c> file beside it) tells of no commit: there the file's
    /// time of change says, as every change is then in the file itself, and the connection is closed after each
    /// reading, so the next one reads the file as it is then.
    /// </summary>
    public UserSnapshot Snapshot(string userId)
    {
        Prepare();
        lock (_monitorGate)
        {
            _monitor ??= SqliteStore.Connect(path, time, SqliteStore.LocalUser);
            var version = _monitor.Immutable ? File.GetLastWriteTimeUtc(path).Ticks : _monitor.DataVersion();
            if (version != _version)
            {
                _snapshots.Clear();
                _version = version;
            }
            if (!_snapshots.TryGetValue(userId, out var snapshot))
            {
                snapshot = new UserSnapshot(version, _monitor.SettingsOf(userId), _monitor.RoutinesOf(userId));
                _snapshots[userId] = snapshot;
            }
            if (_monitor.Immutable)
            {
                _monitor.Dispose();
                _monitor = null;
            }
            return snapshot;
        }
    }

    private void Prepare()
    {
        if (!Volatile.Read(ref _prepared))
        {
            lock (_gate)
            {
                if (!_prepared)
                {
                    SqliteStore.Prepare(path, time);
                    Volatile.Write(ref _prepared, true);
                }
            }
        }
    }

    private SessionWriter Writer()
    {
        lock (_gate)
        {
            if (_writer is null)
            {
                var store = SqliteStore.Connect(path, time, SqliteStore.LocalUser);
                // In WAL mode a commit is then written to the log without waiting for the disk to confirm it: it
                // survives a crash or kill -9 of Unknot (the operating system has it); only a power cut can undo it.
                store.UseNormalSync();
                _writer = new SessionWriter(store);
            }
            return _writer;
        }
    }

    /// <summary>Finishes the writes under way and closes the writer's connection.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
        lock (_monitorGate)
        {
            _monitor?.Dispose();
            _monitor = null;
        }
    }
}
