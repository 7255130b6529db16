namespace Unknot.Storage.Sqlite;

/// <summary>The statements only SQLite runs: its schema check, its pragmas, and reading by rowid for a salvage.</summary>
internal static class SqliteSql
{
    public const string VersionTableExists =
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";

    public const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    public const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

    /// <summary>Set on every connection (pooled ones too): SQLite's own short waits for the write lock.</summary>
    public const string ConnectionPragmas = "PRAGMA busy_timeout = 10000;";

    public const string TableExists = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @Name";

    public const string SessionByRowid = $"SELECT {Relational.StoreSql.SessionColumns} FROM sessions WHERE rowid = @Rowid AND user_id = @UserId";
}
