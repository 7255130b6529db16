namespace Unknot.Storage.Postgres;

/// <summary>The statements only PostgreSQL runs: its schema check and its advisory locks.</summary>
internal static class PostgresSql
{
    public const string VersionTableExists =
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'";

    public const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version BIGINT PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    /// <summary>Held while the schema is checked and migrated, so instances starting together migrate once.</summary>
    public const string LockMigrations = "SELECT pg_advisory_lock(@Key)";

    public const string UnlockMigrations = "SELECT pg_advisory_unlock(@Key)";

    /// <summary>Held by a transaction that changes one user's running figures, until it ends.</summary>
    public const string LockUser = "SELECT pg_advisory_xact_lock(@Space, hashtext(@UserId))";

    /// <summary>
    /// How many times the user's rows have changed, and their settings and saved routines (kept by the schema's
    /// triggers); no row for an unknown user.
    /// </summary>
    public const string Revision = "SELECT revision AS Revision, library_revision AS LibraryRevision FROM users WHERE id = @UserId";

    /// <summary>The user's files, by folder and name.</summary>
    public const string Files = "SELECT folder AS Folder, name AS Name, content AS Content FROM user_files WHERE user_id = @UserId ORDER BY folder, name";

    /// <summary>A file the user has no file of that name for yet.</summary>
    public const string AddFile = "INSERT INTO user_files (user_id, folder, name, content) VALUES (@UserId, @Folder, @Name, @Content) ON CONFLICT (user_id, folder, name) DO NOTHING";
}
