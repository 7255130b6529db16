namespace Unknot.Storage.Relational;

/// <summary>
/// The rules of the store, written once for every provider over ADO.NET: sessions written whole, the running
/// figures kept right in the same transaction, unreadable rows set aside, imports all or nothing. A provider
/// (<see cref="Sqlite.SqliteStore"/>, and PostgresStore in Unknot.Storage.Postgres) opens the connection, prepares the schema
/// and says how one user's writes are kept apart (<see cref="LockUser"/>). Each facet of <see cref="IUnknotStore"/> is a file
/// of its own (<c>RelationalStore.Sessions.cs</c>, <c>.Routines.cs</c>, <c>.Settings.cs</c>, <c>.Reminders.cs</c>, <c>.Programmes.cs</c>, <c>.Imports.cs</c>);
/// this one holds the connection, the prepared commands and the salvage of a damaged database.
/// </summary>
public abstract partial class RelationalStore : IUnknotStore
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
}
