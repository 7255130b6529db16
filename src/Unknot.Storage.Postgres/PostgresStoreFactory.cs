using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Unknot.Storage.Postgres;

/// <summary>
/// Opens stores on one PostgreSQL database through Npgsql's pool: the schema is checked and migrated by the first
/// <see cref="Open"/> of the process. Several processes may share the database; nothing is kept in memory between
/// requests that another process could make stale.
/// </summary>
public sealed class PostgresStoreFactory : IStoreFactory, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private bool _prepared;

    /// <summary>A factory on the database <paramref name="connectionString"/> names.</summary>
    public PostgresStoreFactory(string connectionString, TimeProvider time)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"the PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
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
    public IUnknotStore Open(string userId)
    {
        Prepare();
        return PostgresStore.Connect(_source, _time, userId);
    }

    /// <summary>The store of <paramref name="userId"/>, typed, for the schema's version.</summary>
    public PostgresStore OpenPostgres(string userId)
    {
        Prepare();
        return PostgresStore.Connect(_source, _time, userId);
    }

    /// <summary>
    /// Read on every call, since another instance may have changed it; the version is a digest of what was read,
    /// so equal versions mean equal contents and a cache keyed by it is never stale.
    /// </summary>
    public UserSnapshot Snapshot(string userId)
    {
        using var store = Open(userId);
        var settings = store.Settings();
        var routines = store.Routines();
        var text = new StringBuilder();
        foreach (var (key, value) in settings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('\0').Append(value).Append('\0');
        }
        foreach (var routine in routines)
        {
            text.Append(RoutineSnapshot.Serialize(routine)).Append('\0');
        }
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new UserSnapshot(BitConverter.ToInt64(digest, 0) & long.MaxValue, settings, routines);
    }

    /// <inheritdoc />
    public string? Explain(Exception error) => error switch
    {
        StoreException store => store.Message,
        PostgresException { SqlState: "3D000" } => $"{Location} does not exist; create it (createdb) or name another in the connection string",
        PostgresException { SqlState: "28P01" or "28000" } e => $"{Location} refused the sign-in ({e.MessageText}); check the user and password in the connection string",
        PostgresException { SqlState: "53100" } => $"the disk of {Location} is full; free some space and try again — nothing was lost",
        PostgresException e => $"{Location}: {e.MessageText} ({e.SqlState})",
        NpgsqlException e => $"{Location} cannot be reached ({e.InnerException?.Message ?? e.Message}); check that the server runs and the connection string",
        _ => null,
    };

    /// <inheritdoc />
    public (IUnknotStore Store, IReadOnlyList<string> Lost) OpenForSalvage(string userId) =>
        throw new StoreException($"a salvage rescues a damaged SQLite file; {Location} is backed up and restored with pg_dump and pg_restore");

    private void Prepare()
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
    public void Dispose() => _source.Dispose();
}
