namespace Unknot.Progress;

/// <summary>Computes <see cref="ProgressStats"/> from the running figures of a history. A pure function of its inputs.</summary>
public static class Statistics
{
    /// <summary>How many rated sessions the pain trend shows, the latest ones.</summary>
    public const int PainPoints = 60;

    /// <summary>"The last 30 days": today and the 29 local days before it.</summary>
    public const int RecentDays = 30;

    /// <summary>
    /// Statistics as of <paramref name="now"/> for a user in <paramref name="zone"/>. A session belongs to the
    /// local day it started on in the zone it was played in; a day counts toward a streak when at least one
    /// session on it was completed; weeks start on Monday; the last 30 days are today and the 29 before. So the
    /// figures depend on the day of <paramref name="now"/>, not its time, and may be kept until the day or the
    /// history changes.
    /// </summary>
    public static ProgressStats Compute(IProgressFacts facts, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = TimeZones.LocalDay(now, zone);
        var yesterday = today.AddDays(-1);
        var (end, run) = facts.RunThrough(today) is { } t ? (today, (DayRun?)t) : (yesterday, facts.RunThrough(yesterday));
        var current = run is { } r ? end.DayNumber - r.First.DayNumber + 1 : 0;

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var first = Min(monday.AddDays(-7), today.AddDays(-13));
        var days = facts.Days(first, today).ToDictionary(d => d.Day);
        var thisWeek = Sum(days.Values, monday, today);
        var lastWeek = Sum(days.Values, monday.AddDays(-7), monday.AddDays(-1));
        var fortnight = Enumerable.Range(0, 14)
            .Select(i => today.AddDays(i - 13))
            .Select(day => new DayMinutes(day, (days.GetValueOrDefault(day)?.DoneSeconds ?? 0) / 60.0))
            .ToArray();

        var rated = facts.PainChanges(null);
        var rated30 = facts.PainChanges(today.AddDays(1 - RecentDays));
        return new ProgressStats(
            current,
            facts.LongestRun(),
            thisWeek.Sessions,
            thisWeek.DoneSeconds / 60.0,
            lastWeek.Sessions,
            lastWeek.DoneSeconds / 60.0,
            rated.Mean,
            rated.Count,
            rated30.Mean,
            rated30.Count,
            facts.Exercises(),
            fortnight,
            facts.RecentPain(PainPoints),
            RangeTrend.From(facts.RecentMeasurements(RangeTrend.Sessions)));
    }

    /// <summary>Statistics of a list of sessions, worked out in memory.</summary>
    public static ProgressStats Compute(IEnumerable<SessionRecord> sessions, DateTimeOffset now, TimeZoneInfo zone) =>
        Compute(ProgressFacts.Of(sessions), now, zone);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static (int Sessions, long DoneSeconds) Sum(IEnumerable<DayTotal> days, DateOnly from, DateOnly to)
    {
        var inRange = days.Where(d => d.Day >= from && d.Day <= to).ToArray();
        return (inRange.Sum(d => d.Sessions), inRange.Sum(d => d.DoneSeconds));
    }
}
