using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.Storage.Tests;

/// <summary>
/// The figures the store keeps as sessions are saved must be the figures worked out from scratch from what is
/// stored, after any mix of new sessions, sessions saved again with other outcomes, and imports.
/// </summary>
public sealed class RunningTotalsTests : IDisposable
{
    private static readonly string[] Routines = ["desk-break", "cool-down", "warm-up", "full-upper-back"];
    private static readonly string[] Zones = ["Etc/UTC", "Europe/Berlin", "America/New_York", "Pacific/Auckland"];
    private readonly TempHome _home = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(_home.Path, "unknot.db");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void After_random_saves_updates_and_imports_the_running_figures_match_a_count_from_scratch(int seed)
    {
        var random = new Random(seed);
        using var store = SqliteStore.Open(DbPath, _clock);
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
        using var store = SqliteStore.Open(DbPath, _clock);
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

    public void Dispose() => _home.Dispose();
}

/// <summary>New sessions sent at the same moment share transactions, and each is written exactly once.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TempHome _home = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Sessions_added_at_once_are_each_written_once_and_a_bad_one_fails_alone()
    {
        using var factory = new SqliteStoreFactory(Path.Combine(_home.Path, "unknot.db"), _clock);
        var sessions = Enumerable.Range(0, 300).Select(i => SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddMinutes(-i))).ToArray();
        // Its user does not exist, so the database refuses it.
        var broken = SessionRecords.Completed("cool-down", _clock.GetUtcNow(), userId: "nobody");

        async Task<bool> Add(SessionRecord session)
        {
            using var store = factory.Open(SqliteStore.LocalUser);
            return await store.AddAsync(session, TestContext.Current.CancellationToken);
        }

        var adds = sessions.Concat(sessions.Take(50)).Select(s => Task.Run(() => Add(s))).ToArray();
        var failed = Task.Run(() => Add(broken));
        var added = await Task.WhenAll(adds);

        added.Count(a => a).ShouldBe(300);
        await Should.ThrowAsync<Microsoft.Data.Sqlite.SqliteException>(failed);
        using var check = factory.Open(SqliteStore.LocalUser);
        check.AllSessions().Select(s => s.Id).ShouldBe(sessions.Select(s => s.Id), ignoreOrder: true);
        check.Find(broken.Id).ShouldBeNull();
        check.Progress.Days(new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20)).Sum(d => d.Sessions).ShouldBe(300);
    }

    public void Dispose() => _home.Dispose();
}
