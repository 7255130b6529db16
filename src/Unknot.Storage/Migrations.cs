using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace Unknot.Storage;

/// <summary>One versioned schema script embedded in the assembly (<c>sqlite/002_resume_and_settings.sql</c>).</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>
    /// The script's statements, split at each <c>;</c> outside quotes, <c>$$</c> bodies and comments. They are sent
    /// one at a time: Npgsql could stall on a long script sent as one command.
    /// </summary>
    public IReadOnlyList<string> Statements()
    {
        var statements = new List<string>();
        var start = 0;
        var (quoted, dollar) = (false, false);
        for (var i = 0; i < Sql.Length; i++)
        {
            var c = Sql[i];
            if (!quoted && !dollar && c == '-' && i + 1 < Sql.Length && Sql[i + 1] == '-')
            {
                i = Sql.IndexOf('\n', i) is var end and >= 0 ? end : Sql.Length;
            }
            else if (!dollar && c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '$' && i + 1 < Sql.Length && Sql[i + 1] == '$')
            {
                dollar = !dollar;
                i++;
            }
            else if (!quoted && !dollar && c == ';')
            {
                Add(Sql[start..i]);
                start = i + 1;
            }
        }
        Add(Sql[start..]);
        return statements;

        void Add(string statement)
        {
            // A piece that is only comments and blank lines is no statement.
            var code = string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim();
            if (code.Length > 0)
            {
                statements.Add(statement.Trim());
            }
        }
    }
}

/// <summary>
/// Applies a provider's embedded migration scripts in order, all pending ones in one transaction, and records
/// each in <c>schema_version</c>. A database whose version is above the newest script is refused untouched.
/// </summary>
public static class Migrations
{
    /// <summary>The scripts embedded under a provider prefix (in <paramref name="assembly"/>, by default this one), in version order.</summary>
    public static IReadOnlyList<Migration> For(string provider, Assembly? assembly = null)
    {
        assembly ??= typeof(Migrations).Assembly;
        var prefix = provider + "/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                var version = int.Parse(file[..file.IndexOf('_')], CultureInfo.InvariantCulture);
                return new Migration(version, file, Read(assembly, n));
            })
            .OrderBy(m => m.Version)
            .ToArray();
    }

    /// <summary>The version recorded in the database, 0 for a new one.</summary>
    public static int CurrentVersion(DbConnection connection, string versionTableExistsSql) =>
        connection.ExecuteScalar<long>(versionTableExistsSql) == 0
            ? 0
            : (int)connection.ExecuteScalar<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version");

    /// <summary>
    /// Throws a <see cref="StoreException"/> when the database is newer than the scripts this program knows;
    /// otherwise applies every script above the current version (up to <paramref name="upTo"/>) in one transaction.
    /// </summary>
    public static int Apply(DbConnection connection, IReadOnlyList<Migration> migrations, string versionTableExistsSql,
        string createVersionTableSql, string source, DateTimeOffset now, int? upTo = null)
    {
        var current = CurrentVersion(connection, versionTableExistsSql);
        RefuseNewer(current, migrations, source);
        if (!migrations.Any(m => m.Version > current && m.Version <= (upTo ?? int.MaxValue)))
        {
            return current;
        }
        // The transaction takes the write lock before reading again: another process may have migrated meanwhile.
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable);
        current = connection.ExecuteScalar<long>(versionTableExistsSql, transaction: transaction) == 0
            ? 0
            : (int)connection.ExecuteScalar<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: transaction);
        RefuseNewer(current, migrations, source);
        var pending = migrations.Where(m => m.Version > current && m.Version <= (upTo ?? int.MaxValue)).ToArray();
        if (pending.Length == 0)
        {
            transaction.Commit();
            return current;
        }
        connection.Execute(createVersionTableSql, transaction: transaction);
        foreach (var migration in pending)
        {
            foreach (var statement in migration.Statements())
            {
                connection.Execute(statement, transaction: transaction);
            }
            connection.Execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) },
                transaction);
        }
        transaction.Commit();
        return pending[^1].Version;
    }

    /// <summary>Throws a <see cref="StoreException"/> when <paramref name="current"/> is above the newest script.</summary>
    public static void RefuseNewer(int current, IReadOnlyList<Migration> migrations, string source)
    {
        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > newest)
        {
            throw new StoreException(
                $"{source} is at schema version {current}, newer than this Unknot understands (up to {newest}); " +
                "use a newer Unknot with it — it was left untouched");
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
