using Unknot.Progress;
using Unknot.Routines;
using Unknot.Storage.Postgres;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.Storage.Tests;

/// <summary>
/// What every store provider must do, written once and run on each: SQLite (<see cref="SqliteStoreContract"/>) and
/// PostgreSQL (<see cref="PostgresStoreContract"/>). The figures the store keeps as sessions are saved must be the
/// figures worked out from scratch from what is stored, after any mix of saves, updates, deletes and imports.
/// Its tests are in one file per facet of the store: sessions, progress, routines, settings, reminders and programmes;
/// this one holds the set-up and the tests of the store as a whole: users kept apart, and changes made by another process.
/// </summary>
public abstract partial class StoreContract : IDisposable
{
    private protected readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly Lazy<IStoreFactory> _factory;

    protected StoreContract() => _factory = new(CreateFactory, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A factory on this test's database (empty at first): each call makes another, as another process would.</summary>
    protected abstract IStoreFactory CreateFactory();

    /// <summary>One factory per test, made by the first store opened, even when two threads open at once.</summary>
    private protected IStoreFactory Factory => _factory.Value;

    /// <summary>Runs <paramref name="sql"/> on this test's database behind the store's back, as a hand edit or a damaged disk would.</summary>
    protected abstract void Execute(string sql, object? parameters = null);

    /// <summary>A store of <paramref name="user"/> on this test's database.</summary>
    protected IUnknotStore Open(string user = SqliteStore.LocalUser) => Factory.Open(user);

    [Fact]
    public void The_same_session_and_reminder_id_held_by_two_users_are_two_rows_each_seen_by_its_owner_only()
    {
        var theirs = SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddHours(-1)) with { UserId = "ann", PainBefore = new PainScore(6) };
        var reminder = new ReminderRecord(Guid.NewGuid(), _clock.GetUtcNow(), 0, "interval", null);
        using (var ann = Open("ann"))
        {
            ann.Save(theirs).ShouldBeTrue();
            ann.AddReminder(reminder);
        }

        // Ids come from clients: one user holding an id neither blocks another from using it nor is revealed to them.
        using var bob = Open("bob");
        bob.Find(theirs.Id).ShouldBeNull();
        bob.Save(theirs with { UserId = "bob", PainBefore = new PainScore(0), Note = "mine" }).ShouldBeTrue();
        bob.Import([theirs with { UserId = "bob" }], new Dictionary<string, string>()).SessionsAdded.ShouldBe(0, "bob has that session already");
        bob.AddReminder(reminder);
        bob.SetReminderOutcome(reminder.Id, Unknot.Reminders.ReminderOutcome.Skipped).ShouldBeTrue();
        bob.Delete(theirs.Id).ShouldBeTrue();

        using var again = Open("ann");
        var kept = again.Find(theirs.Id).ShouldNotBeNull();
        kept.PainBefore.ShouldBe(new PainScore(6));
        kept.Note.ShouldBeNull();
        again.Reminders(DateTimeOffset.MinValue).ShouldHaveSingleItem().Outcome.ShouldBeNull();
        again.Progress.LongestRun().ShouldBe(1);
        bob.Progress.LongestRun().ShouldBe(0);
        bob.Find(theirs.Id).ShouldBeNull();
    }

    [Fact]
    public void A_change_made_by_another_process_shows_in_the_next_snapshot_and_nothing_else_moves_it()
    {
        using var elsewhere = CreateFactory();
        using (var store = Open("ann"))
        {
            store.SetSetting("level", "deep");
        }
        var first = Factory.Snapshot("ann");
        Factory.Snapshot("ann").Version.ShouldBe(first.Version);

        using (var other = elsewhere.Open("ann"))
        {
            other.SetSetting("level", "gentle");
            other.SaveRoutine(new Routine("lunch", "Lunch", "", [new RoutineItem(new Catalog.ExerciseId("chest-stretch"))]));
        }
        var second = Factory.Snapshot("ann");

        second.Version.ShouldNotBe(first.Version);
        second.Settings["level"].ShouldBe("gentle");
        second.Routines.ShouldHaveSingleItem().Id.ShouldBe("lunch");

        using (var other = elsewhere.Open("ann"))
        {
            other.Save(SessionRecords.Completed("desk-break", _clock.GetUtcNow(), userId: "ann"));
        }
        Factory.Snapshot("ann").Version.ShouldNotBe(second.Version, "a new session changes the figures cached under the version");
    }

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        if (_factory.IsValueCreated)
        {
            (_factory.Value as IDisposable)?.Dispose();
        }
    }
}

/// <summary>The contract on a SQLite file.</summary>
public sealed class SqliteStoreContract : StoreContract
{
    private readonly TempHome _home = new();

    protected override IStoreFactory CreateFactory() => new SqliteStoreFactory(Path.Combine(_home.Path, "unknot.db"), _clock);

    protected override void Execute(string sql, object? parameters = null)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_home.Path, "unknot.db")}");
        Dapper.SqlMapper.Execute(connection, sql, parameters);
    }

    public override void Dispose()
    {
        base.Dispose();
        _home.Dispose();
    }
}

/// <summary>The contract on a PostgreSQL database of the test run's throwaway server.</summary>
public sealed class PostgresStoreContract : StoreContract
{
    private readonly Lazy<string> _database;

    public PostgresStoreContract(PostgresServer server) => _database = new(server.NewDatabase, LazyThreadSafetyMode.ExecutionAndPublication);

    protected override IStoreFactory CreateFactory() => new PostgresStoreFactory(_database.Value, _clock);

    protected override void Execute(string sql, object? parameters = null)
    {
        using var connection = new Npgsql.NpgsqlConnection(_database.Value);
        Dapper.SqlMapper.Execute(connection, sql, parameters);
    }
}
