using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Unknot.Files;
using Unknot.Progress;
using Unknot.Storage.Relational;

namespace Unknot.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with a busy timeout, so the CLI and the web server can use
/// it at the same time. Opening applies pending migrations; a newer database is refused untouched. SQLite lets one
/// writer in at a time, so a user's writes need no lock of their own.
/// </summary>
public sealed class SqliteStore : RelationalStore
{
    /// <summary>The one user of personal mode.</summary>
    public const string LocalUser = PersonalUser.Id;

    private SqliteStore(SqliteConnection connection, string userId, TimeProvider time, Func<SessionWriter>? writer = null)
        : base(connection, userId, time, writer)
    {
    }

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
        LocalFile.CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            using var connection = SqliteOpen.Connection(Pooled(path), path, out _);
            // Refuse a newer database before anything (even the journal mode) touches the file.
            var migrations = Migrations.For("sqlite");
            Migrations.RefuseNewer(Migrations.CurrentVersion(connection, SqliteSql.VersionTableExists), migrations, path);
            connection.Execute(SqliteSql.Pragmas);
            Migrations.Apply(connection, migrations, SqliteSql.VersionTableExists, SqliteSql.CreateVersionTable, path, time.GetUtcNow(), upToVersion);
            // Nothing is written when nothing needs to be, so a read-only database still opens for reading.
            if (connection.ExecuteScalar<long>(StoreSql.UserExists, new { Id = LocalUser }) == 0)
            {
                connection.Execute(StoreSql.EnsureUser, new { Id = LocalUser, Name = "Local user", CreatedAt = Format(time.GetUtcNow()) });
            }
            if ((upToVersion is null || upToVersion >= LatestVersion) && connection.ExecuteScalar<long>(StoreSql.AnyUncounted) > 0)
            {
                new SqliteStore(connection, LocalUser, time).CountUncounted();
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26)
        {
            throw new StoreException($"{path} is not an Unknot database ({e.Message.TrimEnd('.')}); move it away and Unknot will start a new one", e);
        }
        catch (SqliteException e)
        {
            throw new StoreException(Explain(path, e), e);
        }
    }

    /// <summary>What a SQLite error on the file at <paramref name="path"/> means for a person, in one line.</summary>
    public static string Explain(string path, SqliteException e)
    {
        var detail = Detail(e);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return (e.SqliteErrorCode & 0xff) switch
        {
            8 or 14 when Directory.Exists(folder) && !LocalFile.CanWrite(folder) => File.Exists(path)
                ? $"{folder} is read-only, so nothing can be changed in {path}; make the folder writable (chmod u+w {folder}), or set UNKNOT_HOME to a folder you can write — reading commands still work"
                : $"{folder} is read-only, so Unknot cannot start its database {path} there; make the folder writable (chmod u+w {folder}), or set UNKNOT_HOME to a folder you can write",
            8 => $"{path} cannot be written ({detail}); make the file and its folder writable (chmod u+w), or set UNKNOT_HOME to a folder you can write — reading commands still work",
            11 or 26 => $"{path} is damaged ({detail}); 'unknot export --salvage rescue.json' saves what can still be read, then move the file away and 'unknot import rescue.json'",
            14 => Directory.Exists(path)
                ? $"{path} is a folder, not a database file; move it away (or set UNKNOT_HOME elsewhere) and Unknot will start a new database"
                : $"{path} cannot be opened ({detail}); check that its folder exists and that you may read and write it",
            // SQLite says "disk I/O error" when the disk filled up under its shared-memory or journal file.
            13 => LocalFile.DiskFull(path),
            10 when LocalFile.IsOnFullDisk(path) => LocalFile.DiskFull(path),
            5 or 6 => $"{path} is held by another program for too long ({detail}); try again in a moment",
            _ => $"{path}: {detail}",
        };
    }

    private static string Detail(SqliteException e) => e.Message.Replace("SQLite Error ", "error ", StringComparison.Ordinal).TrimEnd('.');

    /// <summary>A store on a database that <see cref="Prepare"/> has readied, over a pooled connection.</summary>
    public static SqliteStore Connect(string path, TimeProvider time, string userId = LocalUser) => Connect(path, time, userId, null);

    /// <summary>A store whose new sessions go through <paramref name="writer"/> (group commit), when given.</summary>
    internal static SqliteStore Connect(string path, TimeProvider time, string userId, Func<SessionWriter>? writer)
    {
        var connection = SqliteOpen.Connection(Pooled(path), path, out var immutable);
        try
        {
            connection.Execute(SqliteSql.ConnectionPragmas);
            if (userId != LocalUser)
            {
                connection.Execute(StoreSql.EnsureUser, new { Id = userId, Name = userId, CreatedAt = Format(time.GetUtcNow()) });
            }
            return new SqliteStore(connection, userId, time, writer) { Immutable = immutable };
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static SqliteConnectionStringBuilder Pooled(string path) =>
        new() { DataSource = path, DefaultTimeout = 30, Pooling = true, ForeignKeys = true };

    /// <summary>
    /// True when the database could be opened only as immutable (<see cref="SqliteOpen"/>): the store reads the file as
    /// it was when opened, and SQLite's <c>data_version</c> on it never moves.
    /// </summary>
    internal bool Immutable { get; private init; }

    /// <summary>The schema version recorded in the file.</summary>
    public int SchemaVersion => Migrations.CurrentVersion(Connection, SqliteSql.VersionTableExists);

    /// <summary>
    /// A read-only store on a damaged database, for rescuing what can still be read (<c>unknot export --salvage</c>):
    /// nothing is checked or migrated first, sessions are read one row at a time and a row that fails is skipped
    /// and counted in <see cref="Lost"/>, and settings or routines that cannot be read come back empty.
    /// </summary>
    public static SqliteStore OpenForSalvage(string path, TimeProvider time, string userId = LocalUser)
    {
        if (!File.Exists(path))
        {
            throw new StoreException($"{path} does not exist; there is nothing to rescue");
        }
        SqliteConnection? connection = null;
        try
        {
            connection = SqliteOpen.Connection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }, path, out _);
            // Rows are rescued one by one, but only through the list of tables: when that is what is damaged, there
            // is nothing to rescue them by, and running the salvage again will not change it.
            connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master");
        }
        catch (SqliteException e) when ((e.SqliteErrorCode & 0xff) is 11 or 26)
        {
            connection?.Dispose();
            throw new StoreException($"{path} is damaged where it lists its tables ({Detail(e)}), " +
                "so nothing in it can be rescued; move it away (Unknot then starts a new database) and 'unknot import' an earlier export if you have one", e);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw new StoreException(Explain(path, e), e);
        }
        return new SqliteStore(connection, userId, time) { _salvage = true };
    }

    /// <summary>In a salvage, the rows and parts that could not be read, each as one line.</summary>
    public List<string> Lost => SalvageLost;

    /// <inheritdoc />
    private protected override bool HasTable(string name)
    {
        try
        {
            return Connection.ExecuteScalar<long>(SqliteSql.TableExists, new { Name = name }) > 0;
        }
        catch (SqliteException)
        {
            // Reading the table itself then says what is wrong, as one lost line.
            return true;
        }
    }

    /// <summary>Every session that can still be read, one row at a time by rowid, so a damaged page loses only its rows.</summary>
    private protected override IEnumerable<SessionRecord> SalvageSessions()
    {
        var last = Salvaged(() => Connection.ExecuteScalar<long?>("SELECT max(rowid) FROM sessions") ?? 0, -1L, "sessions");
        if (last < 0)
        {
            // The table's own index is damaged: look at as many rows as it could hold, one by one.
            last = 10_000_000;
        }
        var missedInARow = 0;
        for (var rowid = 1L; rowid <= last && missedInARow < 100_000; rowid++)
        {
            SessionRow? row = null;
            try
            {
                row = Connection.QuerySingleOrDefault<SessionRow>(SqliteSql.SessionByRowid, new { Rowid = rowid, UserId });
            }
            catch (SqliteException e)
            {
                Lost.Add($"session row {rowid}: {e.Message}");
            }
            missedInARow = row is null ? missedInARow + 1 : 0;
            if (row is not null)
            {
                foreach (var session in Load([row]))
                {
                    yield return session;
                }
            }
        }
    }

    /// <summary>Commits on this connection no longer wait for the disk (WAL with synchronous=NORMAL).</summary>
    internal void UseNormalSync() => Connection.Execute("PRAGMA synchronous = NORMAL");

    /// <summary>SQLite's count of commits made by other connections, as this one sees it.</summary>
    internal long DataVersion()
    {
        // Asked on every request that reads cached data: one prepared statement, kept.
        _dataVersion ??= new SqliteCommand("PRAGMA data_version", (SqliteConnection)Connection);
        return (long)_dataVersion.ExecuteScalar()!;
    }

    private SqliteCommand? _dataVersion;

    /// <inheritdoc />
    public override void Dispose()
    {
        _dataVersion?.Dispose();
        base.Dispose();
    }
}
