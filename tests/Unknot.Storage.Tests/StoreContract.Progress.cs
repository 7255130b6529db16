using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Testing;

namespace Unknot.Storage.Tests;

// The running figures of progress: always the figures a count from scratch gives.
public abstract partial class StoreContract
{
    private static readonly string[] Routines = ["desk-break", "cool-down", "warm-up", "full-upper-back"];
    private static readonly string[] Zones = ["Etc/UTC", "Europe/Berlin", "America/New_York", "Pacific/Auckland"];

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
}
