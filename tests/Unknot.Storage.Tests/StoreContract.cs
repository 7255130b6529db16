using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Storage.Postgres;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.Storage.Tests;

/// <summary>
/// What every store provider must do, written once and run on each: SQLite (<see cref="SqliteStoreContract"/>) and
/// PostgreSQL (<see cref="PostgresStoreContract"/>). The figures the store keeps as sessions are saved must be the
/// figures worked out from scratch from what is stored, after any mix of saves, updates, deletes and imports.
/// </summary>
public abstract class StoreContract : IDisposable
{
    private static readonly string[] Routines = ["desk-break", "cool-down", "warm-up", "full-upper-back"];
    private static readonly string[] Zones = ["Etc/UTC", "Europe/Berlin", "America/New_York", "Pacific/Auckland"];
    private protected readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly Lazy<IStoreFactory> _factory;

    protected StoreContract() => _factory = new(CreateFactory, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A factory on this test's database (empty at first): each call makes another, as another process would.</summary>
    protected abstract IStoreFactory CreateFactory();

    /// <summary>One factory per test, made by the first store opened, even when two threads open at once.</summary>
    private protected IStoreFactory Factory => _factory.Value;

    /// <summary>A store of <paramref name="user"/> on this test's database.</summary>
    protected IUnknotStore Open(string user = SqliteStore.LocalUser) => Factory.Open(user);

    [Fact]
    public void Reminders_keep_their_outcome_and_active_time_adds_up_per_day()
    {
        using var store = Open();
        var at = new DateTimeOffset(2026, 11, 23, 9, 45, 0, TimeSpan.Zero);
        var first = new ReminderRecord(Guid.NewGuid(), at, 0, "45m of active time since your last break", null);
        var again = new ReminderRecord(Guid.NewGuid(), at.AddMinutes(10), 1, "the reminder came back", null);

        store.AddReminder(again);
        store.AddReminder(first);
        store.SetReminderOutcome(first.Id, Unknot.Reminders.ReminderOutcome.Ignored).ShouldBeTrue();
        store.SetReminderOutcome(again.Id, Unknot.Reminders.ReminderOutcome.Taken).ShouldBeTrue();
        store.SetReminderOutcome(Guid.NewGuid(), Unknot.Reminders.ReminderOutcome.Taken).ShouldBeFalse();
        store.AddActiveTime(new DateOnly(2026, 11, 23), 60);
        store.AddActiveTime(new DateOnly(2026, 11, 23), 45);
        store.AddActiveTime(new DateOnly(2026, 11, 24), 30);

        store.Reminders(at).Select(r => (r.Repeat, r.Outcome)).ShouldBe([(0, Unknot.Reminders.ReminderOutcome.Ignored), (1, Unknot.Reminders.ReminderOutcome.Taken)]);
        store.Reminders(at.AddMinutes(1)).Count.ShouldBe(1);
        store.ActiveDays(new DateOnly(2026, 11, 23)).ShouldBe([new ActiveDay(new DateOnly(2026, 11, 23), 105), new ActiveDay(new DateOnly(2026, 11, 24), 30)]);
        store.ActiveDays(new DateOnly(2026, 11, 24)).Count.ShouldBe(1);
    }

    [Fact]
    public void Saved_routines_are_created_replaced_listed_and_deleted()
    {
        using var store = Open();
        var lunch = new Unknot.Routines.Routine("lunch", "Lunch", "", [new Unknot.Routines.RoutineItem(new Unknot.Catalog.ExerciseId("chest-stretch"))]);

        store.SaveRoutine(lunch);
        store.SaveRoutine(lunch with { Name = "Long lunch", Items = [.. lunch.Items, new Unknot.Routines.RoutineItem(new Unknot.Catalog.ExerciseId("cat-cow"), Dosing.Level.Deep, 10)] });

        var saved = store.Routines().ShouldHaveSingleItem();
        saved.Name.ShouldBe("Long lunch");
        saved.Items.Select(i => (i.Exercise.Value, i.Level, i.RestAfterSeconds)).ShouldBe([("chest-stretch", null, 0), ("cat-cow", Dosing.Level.Deep, 10)]);
        store.DeleteRoutine("lunch").ShouldBeTrue();
        store.DeleteRoutine("lunch").ShouldBeFalse();
        store.Routines().ShouldBeEmpty();
    }

    [Fact]
    public void A_session_round_trips_with_every_field()
    {
        var session = SessionRecords.Completed("lacrosse-release", _clock.GetUtcNow(), "Europe/Berlin", 7, 4) with
        {
            Note = "left side tight",
            Measurements = new SessionMeasurements(new NeckMeasurement(RotationLeft: 55, TiltRight: 28, AtLeast: ["rotationLeft"]), new NeckMeasurement(RotationLeft: 62)),
        };
        session = session.WithOutcomes([SegmentOutcome.Done, SegmentOutcome.Skipped]);
        using var store = Open();

        store.Save(session);
        var loaded = store.Find(session.Id).ShouldNotBeNull();

        loaded.Routine.ShouldBe(session.Routine with { Origin = RoutineOrigin.History }, new RoutineComparer());
        loaded.StartedAt.ShouldBe(session.StartedAt);
        loaded.EndedAt.ShouldBe(session.EndedAt);
        loaded.Segments.ShouldBe(session.Segments);
        (loaded.PainBefore, loaded.PainAfter, loaded.Note, loaded.Completed, loaded.TimeZone, loaded.Level)
            .ShouldBe((session.PainBefore, session.PainAfter, session.Note, true, "Europe/Berlin", session.Level));
        loaded.Measurements.ShouldNotBeNull();
        (loaded.Measurements.Before!.RotationLeft, loaded.Measurements.Before.TiltRight, loaded.Measurements.Before.Flexion).ShouldBe((55, 28, null));
        loaded.Measurements.Before.AtLeast.ShouldBe(["rotationLeft"]);
        loaded.Measurements.After!.RotationLeft.ShouldBe(62);
        loaded.Measurements.After.AtLeast.ShouldBeNull();

        // The trend reads the latest measured sessions, oldest first, and skips those without a check.
        store.Save(SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddHours(-3)));
        store.Save(SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddHours(-2)) with { Measurements = new SessionMeasurements(new NeckMeasurement(Flexion: 40)) });
        store.Progress.RecentMeasurements(10).Select(m => m.Before!.Flexion ?? m.Before.RotationLeft).ShouldBe([40, 55]);
        store.Progress.RecentMeasurements(1).ShouldHaveSingleItem().Before!.RotationLeft.ShouldBe(55);
    }

    [Fact]
    public void The_latest_unfinished_session_is_the_one_to_resume()
    {
        using var store = Open();
        var older = SessionRecords.Completed("desk-break", _clock.GetUtcNow()) with { Completed = false, Checkpoint = new SessionCheckpoint("desk-break", Dosing.Level.Standard, 3, 1.5) };
        var newer = SessionRecords.Completed("cool-down", _clock.GetUtcNow().AddHours(1)) with { Completed = false, Checkpoint = new SessionCheckpoint("cool-down", Dosing.Level.Standard, 7, 0) };
        var finished = SessionRecords.Completed("warm-up", _clock.GetUtcNow().AddHours(2));

        store.Save(older);
        store.Save(newer);
        store.Save(finished);

        store.LatestUnfinished()!.Id.ShouldBe(newer.Id);
        store.LatestUnfinished()!.Checkpoint!.SegmentIndex.ShouldBe(7);
        store.Sessions(SessionQuery.Latest(10)).Select(s => s.Id).ShouldBe([finished.Id, newer.Id, older.Id]);
        store.Sessions(new SessionQuery(10, Since: _clock.GetUtcNow().AddMinutes(30))).Count.ShouldBe(2);
    }

    [Fact]
    public void Settings_are_set_changed_and_removed()
    {
        using var store = Open();

        store.SetSetting("level", "deep");
        store.SetSetting("voice", "on");
        store.SetSetting("level", "gentle");
        store.SetSetting("voice", null);

        store.Settings().ShouldBe(new Dictionary<string, string> { ["level"] = "gentle" });
    }

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
        bob.Import([theirs with { UserId = "bob" }], new Dictionary<string, string>()).ShouldBe(0, "bob has that session already");
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

    [Fact]
    public void Two_writers_at_once_lose_nothing()
    {
        var sessions = Enumerable.Range(0, 2).Select(w => Enumerable.Range(0, 60)
            .Select(i => SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddMinutes(w * 1000 + i))).ToArray()).ToArray();

        Parallel.For(0, 2, writer =>
        {
            using var store = Open();
            foreach (var session in sessions[writer])
            {
                // Saved twice, as the player does: once unfinished, once at the end.
                store.Save(session with { Completed = false, Checkpoint = new SessionCheckpoint("desk-break", Dosing.Level.Standard, 2, 0) });
                store.Save(session);
            }
        });

        using var check = Open();
        var stored = check.AllSessions().ToArray();
        stored.Length.ShouldBe(120);
        stored.ShouldAllBe(s => s.Completed && s.Segments.Count > 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void After_random_saves_updates_and_imports_the_running_figures_match_a_count_from_scratch(int seed)
    {
        var random = new Random(seed);
        using var store = Open();
        var saved = new List<SessionRecord>();
        for (var step = 0; step < 250; step++)
        {
            var roll = random.Next(11);
            if (roll < 5 || saved.Count == 0)
            {
                var session = Random(random);
                store.Save(session);
                saved.Add(session);
            }
            else if (roll == 8)
            {
                var index = random.Next(saved.Count);
                store.Delete(saved[index].Id).ShouldBeTrue();
                saved.RemoveAt(index);
            }
            else if (roll < 8)
            {
                // Saved again, as the player and the API do: other outcomes, completion and pain.
                var index = random.Next(saved.Count);
                var again = Vary(saved[index], random);
                store.Save(again);
                saved[index] = again;
            }
            else
            {
                var batch = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Random(random)).ToArray();
                store.Import([.. batch, .. saved.Take(2)], new Dictionary<string, string>());
                saved.AddRange(batch);
            }
        }

        var stored = store.AllSessions().ToArray();
        stored.Length.ShouldBe(saved.Count);
        var expected = ProgressFacts.Of(stored);
        var actual = store.Progress;
        foreach (var day in Enumerable.Range(-80, 90).Select(i => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(i)))
        {
            actual.RunThrough(day).ShouldBe(expected.RunThrough(day), $"run through {day}");
        }
        actual.LongestRun().ShouldBe(expected.LongestRun());
        var (from, to) = (new DateOnly(2026, 8, 1), new DateOnly(2026, 12, 31));
        actual.Days(from, to).Where(d => d.Sessions != 0 || d.Completed != 0 || d.DoneSeconds != 0).ShouldBe(expected.Days(from, to).Where(d => d.Sessions != 0 || d.Completed != 0 || d.DoneSeconds != 0));
        actual.PainChanges(null).ShouldBe(expected.PainChanges(null));
        actual.PainChanges(new DateOnly(2026, 10, 22)).ShouldBe(expected.PainChanges(new DateOnly(2026, 10, 22)));
        actual.Exercises().ShouldBe(expected.Exercises());
        actual.RecentPain(60).ShouldBe(expected.RecentPain(60));
        Statistics.Compute(actual, _clock.GetUtcNow(), TimeZoneInfo.Utc).ShouldBeEquivalentTo(Statistics.Compute(expected, _clock.GetUtcNow(), TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_day_no_longer_completed_splits_the_streak_it_was_in()
    {
        using var store = Open();
        var days = Enumerable.Range(0, 5).Select(i => SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddDays(i - 4))).ToArray();
        foreach (var session in days)
        {
            store.Save(session);
        }
        store.Progress.LongestRun().ShouldBe(5);

        store.Save(days[2] with { Completed = false });

        store.Progress.LongestRun().ShouldBe(2);
        var first = DateOnly.FromDateTime(days[0].StartedAt.UtcDateTime);
        store.Progress.RunThrough(first).ShouldBe(new DayRun(first, first.AddDays(1)));
        store.Progress.RunThrough(first.AddDays(2)).ShouldBeNull();
        Statistics.Compute(store.Progress, _clock.GetUtcNow(), TimeZoneInfo.Utc).CurrentStreak.ShouldBe(2);
    }

    [Fact]
    public async Task Sessions_added_at_once_are_each_written_once_and_a_bad_one_fails_alone()
    {
        var sessions = Enumerable.Range(0, 300).Select(i => SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddMinutes(-i))).ToArray();
        // Its user does not exist, so the database refuses it.
        var broken = SessionRecords.Completed("cool-down", _clock.GetUtcNow(), userId: "nobody");

        async Task<bool> Add(SessionRecord session)
        {
            using var store = Open();
            return await store.AddAsync(session, TestContext.Current.CancellationToken);
        }

        var adds = sessions.Concat(sessions.Take(50)).Select(s => Task.Run(() => Add(s))).ToArray();
        var failed = Task.Run(() => Add(broken));
        var added = await Task.WhenAll(adds);

        added.Count(a => a).ShouldBe(300);
        await Should.ThrowAsync<System.Data.Common.DbException>(failed);
        using var check = Open();
        check.AllSessions().Select(s => s.Id).ShouldBe(sessions.Select(s => s.Id), ignoreOrder: true);
        check.Find(broken.Id).ShouldBeNull();
        check.Progress.Days(new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20)).Sum(d => d.Sessions).ShouldBe(300);
    }

    private SessionRecord Random(Random random)
    {
        var start = _clock.GetUtcNow().AddMinutes(-random.Next(0, 60 * 24 * 70));
        var session = SessionRecords.Completed(Routines[random.Next(Routines.Length)], start, Zones[random.Next(Zones.Length)]);
        return Vary(session, random);
    }

    private static SessionRecord Vary(SessionRecord session, Random random)
    {
        var completed = random.Next(3) > 0;
        var outcomes = session.Segments.Select(_ => completed || random.Next(2) == 0 ? SegmentOutcome.Done : random.Next(2) == 0 ? SegmentOutcome.Skipped : SegmentOutcome.Pending).ToArray();
        var rated = random.Next(2) == 0;
        return session.WithOutcomes(outcomes) with
        {
            Completed = completed,
            PainBefore = rated ? new PainScore(random.Next(11)) : null,
            PainAfter = rated ? new PainScore(random.Next(11)) : null,
        };
    }

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        if (_factory.IsValueCreated)
        {
            (_factory.Value as IDisposable)?.Dispose();
        }
    }

    private sealed class RoutineComparer : IEqualityComparer<Routine>
    {
        public bool Equals(Routine? x, Routine? y) =>
            x!.Id == y!.Id && x.Name == y.Name && x.Description == y.Description && x.Items.SequenceEqual(y.Items);

        public int GetHashCode(Routine obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}

/// <summary>The contract on a SQLite file.</summary>
public sealed class SqliteStoreContract : StoreContract
{
    private readonly TempHome _home = new();

    protected override IStoreFactory CreateFactory() => new SqliteStoreFactory(Path.Combine(_home.Path, "unknot.db"), _clock);

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
}
