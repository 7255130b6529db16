using System.Data.Common;
using Dapper;
using Npgsql;
using Unknot.Storage.Relational;

namespace Unknot.Storage.Postgres;

/// <summary>
/// The store on a PostgreSQL server, for hosted mode: the same rules as the SQLite file (<see cref="RelationalStore"/>),
/// its own migration scripts, applied once under an advisory lock so any number of instances may start together,
/// and a lock per user around every change to that user's running figures, since transactions here run side by side.
/// </summary>
public sealed class PostgresStore : RelationalStore
{
    /// <summary>The advisory lock key that guards migrations ("unknot" in ASCII).</summary>
    public const long MigrationLock = 0x756e6b6e6f74;

    /// <summary>The first key of the per-user advisory locks.</summary>
    private const int UserLockSpace = 0x756e6b;

    private PostgresStore(NpgsqlConnection connection, string userId, TimeProvider time, Func<SessionWriter>? writer)
        : base(connection, userId, time, writer)
    {
    }

    /// <summary>The scripts of this provider, in version order.</summary>
    public static IReadOnlyList<Migration> Scripts { get; } = Migrations.For("postgres", typeof(PostgresStore).Assembly);

    /// <summary>The schema version this program writes.</summary>
    public static int LatestVersion => Scripts[^1].Version;

    /// <summary>
    /// Refuses a newer schema untouched, and applies pending migrations while holding an advisory lock, so that
    /// instances starting at once wait for the first and then find nothing to do.
    /// </summary>
    public static void Prepare(NpgsqlDataSource source, TimeProvider time, string location)
    {
        using var connection = source.OpenConnection();
        connection.Execute(PostgresSql.LockMigrations, new { Key = MigrationLock });
        try
        {
            Migrations.Apply(connection, Scripts, PostgresSql.VersionTableExists, PostgresSql.CreateVersionTable, location, time.GetUtcNow());
        }
        finally
        {
            connection.Execute(PostgresSql.UnlockMigrations, new { Key = MigrationLock });
        }
    }

    /// <summary>
    /// A store for <paramref name="userId"/>, whose row must exist (<see cref="EnsureUser"/>), on a pooled connection
    /// of <paramref name="source"/> taken on first use; new sessions go through <paramref name="writer"/> when given.
    /// </summary>
    internal static PostgresStore Connect(NpgsqlDataSource source, TimeProvider time, string userId, Func<SessionWriter>? writer) =>
        new(source.CreateConnection(), userId, time, writer);

    /// <summary>Makes the row of <paramref name="userId"/> when it is missing.</summary>
    internal static void EnsureUser(System.Data.Common.DbConnection connection, string userId, TimeProvider time)
    {
        if (connection.ExecuteScalar<long>(StoreSql.UserExists, new { Id = userId }) == 0)
        {
            connection.Execute(StoreSql.EnsureUser, new { Id = userId, Name = userId, CreatedAt = Format(time.GetUtcNow()) });
        }
    }

    /// <summary>A store for the writer that adds sessions of any user: it makes no user row of its own.</summary>
    internal static PostgresStore ForWriter(NpgsqlDataSource source, TimeProvider time) => Connect(source, time, "", null);

    /// <inheritdoc />
    public override bool HoldsFiles => true;

    /// <inheritdoc />
    public override IReadOnlyList<StoredFile> Files() =>
        Connection.Query<FileRow>(PostgresSql.Files, new { UserId }).Select(f => new StoredFile(f.Folder, f.Name, f.Content)).ToArray();

    private protected override void AddFiles(IReadOnlyList<StoredFile> files, DbTransaction transaction)
    {
        foreach (var file in files)
        {
            Connection.Execute(PostgresSql.AddFile, new { UserId, file.Folder, file.Name, file.Content }, transaction);
        }
    }

    internal sealed class FileRow
    {
        public string Folder { get; init; } = "";

        public string Name { get; init; } = "";

        public byte[] Content { get; init; } = [];
    }

    /// <summary>How many times this user's rows have changed, by any instance: all of them, and the settings and saved routines.</summary>
    public Revisions Revision() => Connection.QueryFirstOrDefault<Revisions>(PostgresSql.Revision, new { UserId }) ?? new Revisions();

    /// <summary>The counts of <see cref="Revision"/>.</summary>
    public sealed class Revisions
    {
        /// <summary>Every change to the user's rows.</summary>
        public long Revision { get; init; }

        /// <summary>Changes to the user's settings and saved routines only.</summary>
        public long LibraryRevision { get; init; }
    }

    private protected override void LockUser(string userId, DbTransaction transaction) =>
        Connection.Execute(PostgresSql.LockUser, new { Space = UserLockSpace, UserId = userId }, transaction);
}
