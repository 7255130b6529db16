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
        SqliteStore.LatestVersion.ShouldBe(10);
        store.AllSessions().ShouldBeEmpty();
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
    public void A_version_9_database_is_upgraded_to_keep_programmes_and_keeps_its_sessions_settings_and_routines()
    {
        var session = SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddHours(-2), "Europe/Berlin", 5, 2);
        var lunch = new Routine("lunch", "Lunch", "", [new RoutineItem(new Catalog.ExerciseId("chest-stretch"))]);
        using (var v9 = SqliteStore.Open(DbPath, _clock, upToVersion: 9))
        {
            v9.SchemaVersion.ShouldBe(9);
            v9.Save(session);
            v9.SetSetting("level", "deep");
            v9.SaveRoutine(lunch);
        }

        using var store = SqliteStore.Open(DbPath, _clock);

        store.SchemaVersion.ShouldBe(10);
        store.Find(session.Id)!.PainChange.ShouldBe(-3);
        store.Settings()["level"].ShouldBe("deep");
        store.Routines().ShouldHaveSingleItem().Id.ShouldBe("lunch");
        store.Progress.LongestRun().ShouldBe(1);
        store.Programmes().ShouldBeEmpty();
        var started = ProgrammeEnrolments.Started(ProgrammeEnrolments.Day("2026-11-16"));
        store.StartProgramme(started);
        store.Programmes().ShouldHaveSingleItem().Id.ShouldBe(started.Id);
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

        error.Message.ShouldBe($"{DbPath} is at schema version 99, newer than this Unknot understands (up to 10); use a newer Unknot with it — it was left untouched");
        Hash(DbPath).ShouldBe(before);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_path()
    {
        File.WriteAllText(DbPath, new string('x', 4096));

        Should.Throw<StoreException>(() => SqliteStore.Open(DbPath, _clock)).Message.ShouldStartWith($"{DbPath} is not an Unknot database");
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

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
