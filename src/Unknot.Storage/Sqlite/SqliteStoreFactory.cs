namespace Unknot.Storage.Sqlite;

/// <summary>
/// Opens stores on one SQLite file: the schema is checked and migrated by the first <see cref="Open"/> of the
/// process only, and connections come from Microsoft.Data.Sqlite's pool after that.
/// </summary>
public sealed class SqliteStoreFactory(string path, TimeProvider time) : IStoreFactory
{
    private readonly Lock _gate = new();
    private bool _prepared;

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
        return SqliteStore.Connect(path, time, userId);
    }
}
