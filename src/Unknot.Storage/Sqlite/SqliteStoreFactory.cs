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

    /// <inheritdoc />
    public string Location => path;

    /// <inheritdoc />
    public bool Exists => File.Exists(path);

    /// <inheritdoc />
    public IUnknotStore Open(string userId)
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
        return SqliteStore.Connect(path, time, userId, Writer);
    }

    private SessionWriter Writer()
    {
        lock (_gate)
        {
            return _writer ??= new SessionWriter(SqliteStore.Connect(path, time, SqliteStore.LocalUser));
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
    }
}
