using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Unknot.Testing;

namespace Unknot.Storage.Tests;

/// <summary>
/// Migration scripts are sent a statement at a time; the split must not cut inside a function body, a string or a
/// comment. And both providers' scripts must end at the same schema, so the one set of statements runs on either.
/// </summary>
public sealed class MigrationTests(PostgresServer server)
{
    [Fact]
    public void A_script_splits_at_its_own_semicolons_only()
    {
        var script = new Migration(1, "001_x", """
            -- A comment; with a semicolon.
            CREATE TABLE a (note TEXT DEFAULT 'x;y');

            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE a SET note = 'z';
                RETURN NEW;
            END;
            $$;
            -- The end.
            """);

        var statements = script.Statements();

        statements.Count.ShouldBe(2);
        statements[0].ShouldEndWith("CREATE TABLE a (note TEXT DEFAULT 'x;y')");
        statements[1].ShouldStartWith("CREATE FUNCTION f()");
        statements[1].ShouldEndWith("END;\n$$");
    }

    [Fact]
    public void Every_shipped_script_splits_into_statements_that_each_end_their_own_way()
    {
        foreach (var migration in Migrations.For("sqlite").Concat(Postgres.PostgresStore.Scripts))
        {
            var statements = migration.Statements();
            statements.ShouldNotBeEmpty(migration.Name);
            statements.ShouldAllBe(s => !s.EndsWith(';'), migration.Name);
        }
        Postgres.PostgresStore.Scripts[0].Statements().Count(s => s.StartsWith("CREATE TRIGGER", StringComparison.Ordinal)).ShouldBe(5);
    }

    [Fact]
    public void Every_table_has_the_same_columns_nullability_and_key_on_both_providers()
    {
        using var home = new TempHome();
        var path = Path.Combine(home.Path, "unknot.db");
        Sqlite.SqliteStore.Open(path, new FakeTimeProvider()).Dispose();
        var database = server.NewDatabase();
        using (var factory = new Postgres.PostgresStoreFactory(database, new FakeTimeProvider()))
        using (var store = factory.Open("ann"))
        {
            store.Programmes().ShouldBeEmpty();
        }

        using var sqlite = new SqliteConnection($"Data Source={path};Pooling=False");
        var sqliteTables = sqlite.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").ToArray();
        var fromSqlite = sqliteTables.SelectMany(table => sqlite.Query<SqliteColumn>($"SELECT name AS Name, \"notnull\" AS Required, pk AS InKey FROM pragma_table_info('{table}')")
            .Select(c => $"{table}.{c.Name}{(c.Required != 0 || c.InKey > 0 ? " not null" : "")}{(c.InKey > 0 ? " key" : "")}")).Order(StringComparer.Ordinal).ToArray();
        using var postgres = new NpgsqlConnection(database);
        var fromPostgres = postgres.Query<PostgresColumn>("""
            SELECT c.table_name AS TableName, c.column_name AS Name, c.is_nullable AS Nullable,
                   EXISTS (SELECT 1 FROM information_schema.key_column_usage k JOIN information_schema.table_constraints t
                           ON t.constraint_name = k.constraint_name AND t.table_name = k.table_name
                           WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_name = c.table_name AND k.column_name = c.column_name) AS Key
            FROM information_schema.columns c WHERE c.table_schema = current_schema()
            """)
            // PostgreSQL's own: the counters its triggers keep in the user's row, where SQLite has data_version.
            .Where(c => sqliteTables.Contains(c.TableName) && !(c.TableName == "users" && c.Name is "revision" or "library_revision"))
            .Select(c => $"{c.TableName}.{c.Name}{(c.Nullable == "NO" ? " not null" : "")}{(c.Key ? " key" : "")}").Order(StringComparer.Ordinal).ToArray();

        fromPostgres.ShouldBe(fromSqlite);
    }

    private sealed class SqliteColumn
    {
        public string Name { get; init; } = "";

        public long Required { get; init; }

        public long InKey { get; init; }
    }

    private sealed class PostgresColumn
    {
        public string TableName { get; init; } = "";

        public string Name { get; init; } = "";

        public string Nullable { get; init; } = "";

        public bool Key { get; init; }
    }
}
