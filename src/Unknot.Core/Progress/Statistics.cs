namespace Unknot.Progress;

/// <summary>Computes <see cref="ProgressStats"/> from stored sessions. A pure function of its inputs.</summary>
public static class Statistics
{
    /// <summary>
    /// Statistics as of <paramref name="now"/> for a user in <paramref name="zone"/>. A session belongs to the
    /// local day it started on in the zone it was played in; a day counts toward a streak when at least one
    /// session on it was completed; weeks start on Monday.
    /// </summary>
    public static ProgressStats Compute(IEnumerable<SessionRecord> sessions, DateTimeOffset now, TimeZoneInfo zone)
    {
        var all = sessions.ToArray();
        var today = TimeZones.LocalDay(now, zone);
        var dayOf = all.ToDictionary(s => s.Id, s => TimeZones.LocalDay(s.StartedAt, TimeZones.Find(s.TimeZone)));

        var completedDays = all.Where(s => s.Completed).Select(s => dayOf[s.Id]).ToHashSet();
        var (current, longest) = Streaks(completedDays, today);

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var active = all.Where(s => s.DoneSeconds > 0).ToArray();
        var thisWeek = active.Where(s => dayOf[s.Id] >= monday && dayOf[s.Id] <= today).ToArray();
        var lastWeek = active.Where(s => dayOf[s.Id] >= monday.AddDays(-7) && dayOf[s.Id] < monday).ToArray();

        var rated = all.Where(s => s.PainChange is not null).ToArray();
        var rated30 = rated.Where(s => s.StartedAt >= now.AddDays(-30)).ToArray();

        var exercises = all.SelectMany(s => s.ExercisesDone).Distinct().Order(StringComparer.Ordinal)
            .Select(id =>
            {
                var including = rated.Where(s => s.ExercisesDone.Contains(id)).ToArray();
                return new ExerciseEffect(id, including.Length, including.Length == 0 ? null : including.Average(s => s.PainChange!.Value));
            })
            .ToArray();

        var days = Enumerable.Range(0, 14)
            .Select(i => today.AddDays(i - 13))
            .Select(day => new DayMinutes(day, active.Where(s => dayOf[s.Id] == day).Sum(s => s.DoneSeconds) / 60.0))
            .ToArray();

        var pain = rated.OrderBy(s => s.StartedAt)
            .Select(s => new PainPoint(dayOf[s.Id], s.PainBefore!.Value.Value, s.PainAfter!.Value.Value))
            .ToArray();

        return new ProgressStats(
            current,
            longest,
            thisWeek.Length,
            thisWeek.Sum(s => s.DoneSeconds) / 60.0,
            lastWeek.Length,
            lastWeek.Sum(s => s.DoneSeconds) / 60.0,
            rated.Length == 0 ? null : rated.Average(s => s.PainChange!.Value),
            rated.Length,
            rated30.Length == 0 ? null : rated30.Average(s => s.PainChange!.Value),
            rated30.Length,
            exercises,
            days,
            pain);
    }

    /// <summary>The run of days ending today (or yesterday, when today has nothing yet), and the longest run.</summary>
    private static (int Current, int Longest) Streaks(HashSet<DateOnly> days, DateOnly today)
    {
        var longest = 0;
        foreach (var day in days)
        {
            if (days.Contains(day.AddDays(-1)))
            {
                continue;
            }
            var length = 1;
            while (days.Contains(day.AddDays(length)))
            {
                length++;
            }
            longest = Math.Max(longest, length);
        }
        var end = days.Contains(today) ? today : today.AddDays(-1);
        var current = 0;
        while (days.Contains(end.AddDays(-current)))
        {
            current++;
        }
        return (current, longest);
    }
}
