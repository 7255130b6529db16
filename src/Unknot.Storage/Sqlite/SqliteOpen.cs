using Dapper;
using Microsoft.Data.Sqlite;
using Unknot.Files;

namespace Unknot.Storage.Sqlite;

/// <summary>
/// Opens a SQLite database as its folder allows. In a folder this process may write, as asked. In one it may not (a
/// read-only disk, a folder without write permission) SQLite cannot make the <c>-wal</c> and <c>-shm</c> files it
/// keeps beside a database in WAL mode, and would not open it at all: it is opened read-only, which works whenever
/// those files are there (a program that may write the folder has the database open) and then sees every commit, as
/// any reader does. Only when read-only cannot open it is it opened as immutable, which needs none of those files
/// but takes no locks and trusts the file never to change: such a connection is never pooled, so each store reads
/// the file as it is when the store opens, not pages cached before another program changed it.
/// </summary>
internal static class SqliteOpen
{
    /// <summary>
    /// An open connection to <paramref name="builder"/>'s database at <paramref name="path"/>;
    /// <paramref name="immutable"/> says it reads the file as it was when opened and will not see a change made after.
    /// </summary>
    public static SqliteConnection Connection(SqliteConnectionStringBuilder builder, string path, out bool immutable)
    {
        immutable = false;
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!File.Exists(full) || !Directory.Exists(folder) || LocalFile.CanWrite(folder))
        {
            return Opened(builder);
        }
        builder.Mode = SqliteOpenMode.ReadOnly;
        var readOnly = Opened(builder);
        try
        {
            // SQLite opens lazily: the first read is what needs the files beside a database in WAL mode.
            readOnly.ExecuteScalar<long>("PRAGMA schema_version");
            return readOnly;
        }
        catch (SqliteException e) when ((e.SqliteErrorCode & 0xff) == 14)
        {
            readOnly.Dispose();
        }
        catch
        {
            readOnly.Dispose();
            throw;
        }
        immutable = true;
        builder.Pooling = false;
        // A URI file name; '%', '?' and '#' would otherwise be read as its syntax.
        builder.DataSource = "file:" + full.Replace("%", "%25", StringComparison.Ordinal).Replace("?", "%3f", StringComparison.Ordinal)
            .Replace("#", "%23", StringComparison.Ordinal) + "?immutable=1";
        return Opened(builder);
    }

    private static SqliteConnection Opened(SqliteConnectionStringBuilder builder)
    {
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
