using Npgsql;
using Unknot.Storage.Postgres;
using Unknot.Testing;

namespace Unknot.Storage.Tests;

/// <summary>What only the PostgreSQL provider has to get right: migrating once among many instances, and plain words when the server is not there.</summary>
public sealed class PostgresStoreTests(PostgresServer server)
{
    private readonly FakeTimeProvider _clock = new();

    private static long Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Eight_instances_starting_at_once_migrate_the_database_once()
    {
        var database = server.NewDatabase();
        var factories = Enumerable.Range(0, 8).Select(_ => new PostgresStoreFactory(database, _clock)).ToArray();
        try
        {
            Parallel.ForEach(factories, factory =>
            {
                using var store = factory.Open("user-" + Array.IndexOf(factories, factory));
                store.SetSetting("level", "gentle");
            });

            Scalar(database, "SELECT COUNT(*) FROM schema_version").ShouldBe(PostgresStore.Scripts.Count);
            Scalar(database, "SELECT MAX(version) FROM schema_version").ShouldBe(PostgresStore.LatestVersion);
            Scalar(database, "SELECT COUNT(*) FROM settings").ShouldBe(8);
        }
        finally
        {
            foreach (var factory in factories)
            {
                factory.Dispose();
            }
        }
    }

    [Fact]
    public void A_database_at_version_7_is_upgraded_to_keep_programmes_and_keeps_its_users_and_settings()
    {
        var database = server.NewDatabase();
        using (var connection = new NpgsqlConnection(database))
        {
            // As a version 7 server left it: the schema up to 007, a user and a setting.
            connection.Open();
            Migrations.Apply(connection, PostgresStore.Scripts,
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'",
                "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                "test", _clock.GetUtcNow(), upTo: 7).ShouldBe(7);
            using var user = new NpgsqlCommand("INSERT INTO users (id, name, created_at) VALUES ('ann', 'Ann', '2026-01-01T00:00:00Z'); " +
                "INSERT INTO settings (user_id, key, value) VALUES ('ann', 'level', 'deep')", connection);
            user.ExecuteNonQuery();
        }
        Scalar(database, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'programmes'").ShouldBe(0);

        using var factory = new PostgresStoreFactory(database, _clock);
        using var store = factory.Open("ann");

        Scalar(database, "SELECT MAX(version) FROM schema_version").ShouldBe(8);
        store.Settings()["level"].ShouldBe("deep");
        store.Programmes().ShouldBeEmpty();
        var started = ProgrammeEnrolments.Started(ProgrammeEnrolments.Day("2026-11-16"));
        store.StartProgramme(started);
        store.Programmes().ShouldHaveSingleItem().Id.ShouldBe(started.Id);
        Scalar(database, "SELECT revision FROM users WHERE id = 'ann'").ShouldBeGreaterThan(0, "a programme started is a change the other instances see");
    }

    [Fact]
    public void A_database_newer_than_the_program_is_refused_and_left_untouched()
    {
        var database = server.NewDatabase();
        using (var factory = new PostgresStoreFactory(database, _clock))
        using (var store = factory.Open("ann"))
        {
            store.SetSetting("level", "deep");
        }
        using (var connection = new NpgsqlConnection(database))
        {
            connection.Open();
            using var future = new NpgsqlCommand("INSERT INTO schema_version (version, name, applied_at) VALUES (99, '099_future', 'later')", connection);
            future.ExecuteNonQuery();
        }

        using var newer = new PostgresStoreFactory(database, _clock);
        var error = Should.Throw<StoreException>(() => newer.Open("ann"));

        error.Message.ShouldBe($"{newer.Location} is at schema version 99, newer than this Unknot understands (up to {PostgresStore.LatestVersion}); use a newer Unknot with it — it was left untouched");
        Scalar(database, "SELECT COUNT(*) FROM settings WHERE value = 'deep'").ShouldBe(1);
    }

    [Fact]
    public void A_server_that_does_not_answer_is_named_in_one_line()
    {
        using var factory = new PostgresStoreFactory($"Host=127.0.0.1;Port={server.Port + 1};Username=postgres;Database=unknot;Timeout=3", _clock);

        var error = Should.Throw<StoreException>(() => factory.Open("ann"));

        error.Message.ShouldStartWith($"the PostgreSQL database 'unknot' on 127.0.0.1:{server.Port + 1} cannot be reached (");
        error.Message.ShouldEndWith("check that the server runs and the connection string");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void A_database_that_does_not_exist_says_so()
    {
        using var factory = new PostgresStoreFactory($"Host=127.0.0.1;Port={server.Port};Username=postgres;Database=no_such_db", _clock);

        Should.Throw<StoreException>(() => factory.Open("ann")).Message
            .ShouldBe($"the PostgreSQL database 'no_such_db' on 127.0.0.1:{server.Port} does not exist; create it (createdb) or name another in the connection string");
    }
}
