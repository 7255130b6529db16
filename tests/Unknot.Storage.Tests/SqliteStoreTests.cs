using Unknot.Routines;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.Storage.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempHome _home = new();
    private readonly FakeTimeProvider _clock = new();

    private string DbPath => Path.Combine(_home.Path, "unknot.db");

    public void Dispose() => _home.Dispose();

    [Fact]
    public void A_new_database_is_created_at_the_latest_schema_version()
    {
        using var store = SqliteStore.Open(DbPath, _clock);

        store.SchemaVersion.ShouldBe(SqliteStore.LatestVersion);
        SqliteStore.LatestVersion.ShouldBe(7);
        store.AllSessions().ShouldBeEmpty();
    }

    [Fact]
    public void Reminders_keep_their_outcome_and_active_time_adds_up_per_day()
    {
        using var store = SqliteStore.Open(DbPath, _clock);
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
    public void A_version_1_database_with_sessions_is_upgraded_without_losing_them()
    {
        var id = Guid.NewGuid();
        using (var v1 = SqliteStore.Open(DbPath, _clock, upToVersion: 1))
        {
            v1.SchemaVersion.ShouldBe(1);
        }
        using (var raw = new SqliteConnection($"Data Source={DbPath}"))
        {
            raw.Open();
            raw.Execute("""
                INSERT INTO sessions (id, user_id, routine_id, routine_json, level, started_at, ended_at, time_zone, completed, pain_before, pain_after, note)
                VALUES (@Id, 'local', 'chest-only', '{"id":"chest-only","name":"Chest only","items":[{"exercise":"chest-stretch"}]}', 'standard',
                        '2026-01-05T09:00:00.0000000Z', '2026-01-05T09:00:35.0000000Z', 'Europe/Paris', 1, 5, 3, 'old row')
                """, new { Id = id.ToString() });
            raw.Execute("""
                INSERT INTO session_segments (session_id, idx, kind, exercise_id, side, duration_seconds, outcome)
                VALUES (@Id, 0, 'prepare', 'chest-stretch', 'none', 5, 'done'), (@Id, 1, 'hold', 'chest-stretch', 'none', 30, 'done')
                """, new { Id = id.ToString() });
        }

        using var store = SqliteStore.Open(DbPath, _clock);

        store.SchemaVersion.ShouldBe(SqliteStore.LatestVersion);
        var session = store.Find(id).ShouldNotBeNull();
        session.Routine.Name.ShouldBe("Chest only");
        session.PainChange.ShouldBe(-2);
        session.Note.ShouldBe("old row");
        session.DoneSeconds.ShouldBe(35);
        session.Checkpoint.ShouldBeNull();
        session.TimeZone.ShouldBe("Europe/Paris");
        var stats = Statistics.Compute(store.Progress, _clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        stats.CurrentStreak.ShouldBe(1);
        stats.PainSessions.ShouldBe(1);
        stats.AveragePainChange.ShouldBe(-2);
        stats.Exercises.ShouldHaveSingleItem().Exercise.ShouldBe("chest-stretch");
    }

    [Fact]
    public void A_version_2_database_is_upgraded_and_keeps_its_sessions_and_settings()
    {
        var session = SessionRecords.Completed("desk-break", _clock.GetUtcNow(), "Europe/Berlin", 5, 2);
        using (var v2 = SqliteStore.Open(DbPath, _clock, upToVersion: 2))
        {
            v2.SchemaVersion.ShouldBe(2);
            v2.SetSetting("level", "deep");
        }
        using (var raw = new SqliteConnection($"Data Source={DbPath}"))
        {
            // Written as a version 2 program wrote it: no running figures yet.
            raw.Open();
            raw.Execute("""
                INSERT INTO sessions (id, user_id, routine_id, routine_json, level, started_at, ended_at, time_zone, completed, pain_before, pain_after)
                VALUES (@Id, 'local', 'desk-break', @Json, 'standard', @StartedAt, @StartedAt, 'Europe/Berlin', 1, 5, 2)
                """, new { Id = session.Id.ToString(), Json = RoutineSnapshot.Serialize(session.Routine), StartedAt = session.StartedAt.UtcDateTime.ToString("O") });
            raw.Execute("""
                INSERT INTO session_segments (session_id, idx, kind, exercise_id, side, duration_seconds, outcome)
                VALUES (@SessionId, @Index, @Kind, @Exercise, @Side, @DurationSeconds, @Outcome)
                """, session.Segments.Select(g => new
                {
                    SessionId = session.Id.ToString(), g.Index, Kind = Text.Kebab.Of(g.Kind), g.Exercise,
                    Side = Text.Kebab.Of(g.Side), g.DurationSeconds, Outcome = Text.Kebab.Of(g.Outcome),
                }));
        }

        using var store = SqliteStore.Open(DbPath, _clock);

        store.SchemaVersion.ShouldBe(SqliteStore.LatestVersion);
        store.Find(session.Id)!.Segments.ShouldBe(session.Segments);
        store.Settings()["level"].ShouldBe("deep");
        store.Routines().ShouldBeEmpty();
    }

    [Fact]
    public void Saved_routines_are_created_replaced_listed_and_deleted()
    {
        using var store = SqliteStore.Open(DbPath, _clock);
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
    public void A_database_newer_than_the_program_is_refused_and_left_untouched()
    {
        using (var store = SqliteStore.Open(DbPath, _clock))
        {
            store.Save(SessionRecords.Completed("desk-break", _clock.GetUtcNow()));
        }
        using (var raw = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            raw.Open();
            raw.Execute("PRAGMA wal_checkpoint(TRUNCATE); INSERT INTO schema_version (version, name, applied_at) VALUES (99, '099_future', 'later')");
            raw.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        var before = Hash(DbPath);

        var error = Should.Throw<StoreException>(() => SqliteStore.Open(DbPath, _clock));

        error.Message.ShouldBe($"{DbPath} is at schema version 99, newer than this Unknot understands (up to 7); use a newer Unknot with it — the file was left untouched");
        Hash(DbPath).ShouldBe(before);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_path()
    {
        File.WriteAllText(DbPath, new string('x', 4096));

        Should.Throw<StoreException>(() => SqliteStore.Open(DbPath, _clock)).Message.ShouldStartWith($"{DbPath} is not an Unknot database");
    }

    [Fact]
    public void A_session_round_trips_with_every_field()
    {
        var session = SessionRecords.Completed("lacrosse-release", _clock.GetUtcNow(), "Europe/Berlin", 7, 4) with { Note = "left side tight" };
        session = session.WithOutcomes([SegmentOutcome.Done, SegmentOutcome.Skipped]);
        using var store = SqliteStore.Open(DbPath, _clock);

        store.Save(session);
        var loaded = store.Find(session.Id).ShouldNotBeNull();

        loaded.Routine.ShouldBe(session.Routine with { Origin = RoutineOrigin.History }, new RoutineComparer());
        loaded.StartedAt.ShouldBe(session.StartedAt);
        loaded.EndedAt.ShouldBe(session.EndedAt);
        loaded.Segments.ShouldBe(session.Segments);
        (loaded.PainBefore, loaded.PainAfter, loaded.Note, loaded.Completed, loaded.TimeZone, loaded.Level)
            .ShouldBe((session.PainBefore, session.PainAfter, session.Note, true, "Europe/Berlin", session.Level));
    }

    [Fact]
    public void The_latest_unfinished_session_is_the_one_to_resume()
    {
        using var store = SqliteStore.Open(DbPath, _clock);
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
        using var store = SqliteStore.Open(DbPath, _clock);

        store.SetSetting("level", "deep");
        store.SetSetting("voice", "on");
        store.SetSetting("level", "gentle");
        store.SetSetting("voice", null);

        store.Settings().ShouldBe(new Dictionary<string, string> { ["level"] = "gentle" });
    }

    [Fact]
    public void Rows_an_older_version_left_out_of_bounds_are_skipped_reported_and_deletable_and_nothing_else_breaks()
    {
        var good = SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddDays(-1), before: 6, after: 3);
        var yearOne = SessionRecords.Completed("cool-down", _clock.GetUtcNow().AddDays(-2));
        var damaged = SessionRecords.Completed("warm-up", _clock.GetUtcNow().AddDays(-3));
        using (var store = SqliteStore.Open(DbPath, _clock))
        {
            store.Save(good);
            store.Save(yearOne);
            store.Save(damaged);
        }
        using (var raw = new SqliteConnection($"Data Source={DbPath}"))
        {
            // As an older version would have stored them, before any bound or running figure existed.
            raw.Execute("UPDATE sessions SET started_at = '0001-01-01T00:00:00.0000000Z', local_day = NULL WHERE id = @Id", new { Id = yearOne.Id.ToString() });
            raw.Execute("UPDATE sessions SET segments = '[[0, \"hold\"', local_day = NULL WHERE id = @Id", new { Id = damaged.Id.ToString() });
            raw.Execute("DELETE FROM daily_totals; DELETE FROM user_totals; DELETE FROM exercise_totals; DELETE FROM completed_runs; UPDATE sessions SET local_day = NULL");
        }
        SqliteConnection.ClearAllPools();

        using var reopened = SqliteStore.Open(DbPath, _clock);

        reopened.Sessions(SessionQuery.Latest(10)).Select(s => s.Id).ShouldBe([good.Id]);
        reopened.AllSessions().Select(s => s.Id).ShouldBe([good.Id]);
        var unreadable = reopened.Unreadable();
        unreadable.Select(u => u.Id).ShouldBe(new[] { yearOne.Id.ToString(), damaged.Id.ToString() }, ignoreOrder: true);
        unreadable.Single(u => u.Id == yearOne.Id.ToString()).Reason.ShouldStartWith("startedAt must be within the last 20 years");
        var stats = Statistics.Compute(reopened.Progress, _clock.GetUtcNow(), TimeZoneInfo.Utc);
        stats.LongestStreak.ShouldBe(1);
        stats.PainSessions.ShouldBe(1);
        reopened.Delete(damaged.Id).ShouldBeTrue();
        reopened.Unreadable().ShouldHaveSingleItem().Id.ShouldBe(yearOne.Id.ToString());
    }

    [Fact]
    public void A_session_id_of_another_user_is_never_overwritten()
    {
        var theirs = SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddHours(-1)) with { UserId = "ann", PainBefore = new PainScore(6) };
        using (var ann = SqliteStore.Open(DbPath, _clock, "ann"))
        {
            ann.Save(theirs).ShouldBeTrue();
        }

        using var bob = SqliteStore.Open(DbPath, _clock, "bob");
        bob.Save(theirs with { UserId = "bob", PainBefore = new PainScore(0), Note = "mine now" }).ShouldBeFalse();

        bob.Find(theirs.Id).ShouldBeNull();
        using var again = SqliteStore.Open(DbPath, _clock, "ann");
        var kept = again.Find(theirs.Id).ShouldNotBeNull();
        kept.PainBefore.ShouldBe(new PainScore(6));
        kept.Note.ShouldBeNull();
        again.Progress.LongestRun().ShouldBe(1);
        bob.Progress.LongestRun().ShouldBe(0);
    }

    [Fact]
    public void Two_writers_on_one_file_at_once_lose_nothing()
    {
        using (SqliteStore.Open(DbPath, _clock))
        {
        }
        var sessions = Enumerable.Range(0, 2).Select(w => Enumerable.Range(0, 60)
            .Select(i => SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddMinutes(w * 1000 + i))).ToArray()).ToArray();

        Parallel.For(0, 2, writer =>
        {
            using var store = SqliteStore.Open(DbPath, _clock);
            foreach (var session in sessions[writer])
            {
                // Saved twice, as the player does: once unfinished, once at the end.
                store.Save(session with { Completed = false, Checkpoint = new SessionCheckpoint("desk-break", Dosing.Level.Standard, 2, 0) });
                store.Save(session);
            }
        });

        using var check = SqliteStore.Open(DbPath, _clock);
        var stored = check.AllSessions().ToArray();
        stored.Length.ShouldBe(120);
        stored.ShouldAllBe(s => s.Completed && s.Segments.Count > 0);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private sealed class RoutineComparer : IEqualityComparer<Unknot.Routines.Routine>
    {
        public bool Equals(Unknot.Routines.Routine? x, Unknot.Routines.Routine? y) =>
            x!.Id == y!.Id && x.Name == y.Name && x.Description == y.Description && x.Items.SequenceEqual(y.Items);

        public int GetHashCode(Unknot.Routines.Routine obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
