using System.Globalization;
using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Timelines;

namespace Unknot.Programmes;

/// <summary>
/// The progression rule, a pure function of a programme, the sessions played and today: the weeks go by seven active
/// days at a time (a pause moves the rest of the week on). A week that ended with at least its required share of
/// sessions done and no flare steps up to the next programme week; one done too little repeats; one with a flare — pain
/// after a session 2 or more points above before, or the week's average pain 2 or more above the week before's — steps
/// back a week. The last week done ends the programme.
/// </summary>
public static class ProgrammeProgress
{
    /// <summary>Points of pain that make a flare (Unknot's own choice: the change studies count as meaningful on the 0–10 scale is about 2).</summary>
    public const int FlarePoints = 2;

    /// <summary>Where <paramref name="enrolment"/> stands on <paramref name="today"/>, given the person's sessions.</summary>
    public static ProgrammeReport Evaluate(ProgrammeEnrolment enrolment, IEnumerable<PlayedSession> sessions, DateOnly today, ExerciseCatalog catalog)
    {
        var programme = enrolment.Programme;
        var byDay = sessions.Where(s => s.Day >= enrolment.StartedOn).GroupBy(s => s.Day).ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartedAt).ToArray());
        var areas = new AreaCache(catalog);
        var weeks = new List<ProgrammeWeek>();
        var changes = new List<string>();
        var status = enrolment.IsPaused ? ProgrammeStatus.Paused : enrolment.IsCurrent ? ProgrammeStatus.Active : ProgrammeStatus.Stopped;
        using var days = ActiveDays(enrolment).GetEnumerator();
        var week = 1;
        var why = $"Week 1: {programme.DoseOf(1).Describe(programme.Sessions.Count)}.";
        double? lastPain = null;
        while (true)
        {
            var block = new List<DateOnly>();
            while (block.Count < 7 && days.MoveNext())
            {
                block.Add(days.Current);
            }
            if (block.Count == 0 && weeks.Count == 0)
            {
                // Paused or stopped on its first day: a first week of the days it would have had, with nothing planned in them.
                var none = Enumerable.Range(0, 7).Select(enrolment.StartedOn.AddDays).ToArray();
                weeks.Add(new ProgrammeWeek(1, 1, none, programme.DoseOf(1), programme.EasierWeeks.Contains(1), [], areas.Of([], programme.DoseOf(1)), false, why));
                break;
            }
            if (block.Count == 0 || (weeks.Count > 0 && block[0] > today))
            {
                break;
            }
            var dose = programme.DoseOf(week);
            var planned = Plan(programme, dose, block, byDay, today);
            var ended = block[^1] < today && (block.Count == 7 || !enrolment.IsCurrent);
            var played = block.SelectMany(d => byDay.GetValueOrDefault(d) ?? []).ToArray();
            var current = new ProgrammeWeek(weeks.Count + 1, week, block, dose, programme.EasierWeeks.Contains(week), planned,
                areas.Of(planned, dose), ended, why);
            weeks.Add(current);
            if (!ended || block.Count < 7)
            {
                break;
            }
            var pain = AveragePain(played);
            var flare = Flare(played, pain, lastPain);
            lastPain = pain ?? lastPain;
            var needed = (int)Math.Ceiling(programme.DoneShare * current.Planned - 1e-9);
            var did = $"you did {current.Done} of {current.Planned} sessions";
            if (flare is not null)
            {
                why = week == 1 ? $"Week 1 again: {flare}." : $"Back to week {week - 1}: {flare}.";
                week = Math.Max(1, week - 1);
            }
            else if (current.Done < needed)
            {
                why = $"Week {week} again: {did}, and {needed} step it up.";
            }
            else if (week == programme.Weeks)
            {
                changes.Add($"Done: all {programme.Weeks} weeks, {did} in the last.");
                status = enrolment.IsCurrent ? ProgrammeStatus.Completed : status;
                break;
            }
            else
            {
                var next = programme.DoseOf(week + 1);
                var what = next.ChangesFrom(dose, programme.Sessions[0].Routine, catalog, programme.Sessions.Count);
                var easier = programme.EasierWeeks.Contains(week + 1) ? ", an easier week" : "";
                why = $"Week {week + 1}{easier}: {(what.Count == 0 ? "the same dose" : string.Join(", ", what))}, because {did}{PainWent(played)}.";
                week++;
            }
            changes.Add(why);
        }
        var last = weeks[^1];
        var todays = status == ProgrammeStatus.Active && last.Days.Contains(today) ? Today(last, today) : null;
        return new ProgrammeReport(enrolment, status, weeks, todays, changes);
    }

    private static ProgrammeToday Today(ProgrammeWeek week, DateOnly today)
    {
        var sessions = week.Sessions.Where(s => s.Day == today).ToArray();
        var ordinal = sessions.Length == 0 ? 0 : 1 + week.Sessions.Count(s => s.CarriedFrom is null && s.Day < today);
        DateOnly? next = sessions.Length == 0 ? week.Sessions.Where(s => s.Day > today).Select(s => (DateOnly?)s.Day).FirstOrDefault() : null;
        return new ProgrammeToday(today, week, sessions, ordinal, next);
    }

    /// <summary>The programme's days: from its start, skipping pauses, until it stopped (or, while paused, until the pause).</summary>
    private static IEnumerable<DateOnly> ActiveDays(ProgrammeEnrolment enrolment)
    {
        var day = enrolment.StartedOn;
        while (enrolment.StoppedOn is not { } stopped || day < stopped)
        {
            var pause = enrolment.Pauses.FirstOrDefault(p => day >= p.From && (p.Until is not { } until || day < until));
            if (pause is not null)
            {
                if (pause.Until is not { } until)
                {
                    yield break;
                }
                day = until;
                continue;
            }
            yield return day;
            day = day.AddDays(1);
        }
    }

    /// <summary>
    /// The sessions a week plans, each marked done when a session of its routine was played to the end that day. A
    /// missed one, where the programme carries them, is offered on the next day of the week with none of its kind — one
    /// at a time, the newest miss replacing an older one, so they never pile up.
    /// </summary>
    private static IReadOnlyList<PlannedSession> Plan(Programme programme, ProgrammeDose dose, IReadOnlyList<DateOnly> block,
        IReadOnlyDictionary<DateOnly, PlayedSession[]> byDay, DateOnly today)
    {
        var planned = new List<PlannedSession>();
        for (var kind = 0; kind < programme.Sessions.Count; kind++)
        {
            var session = programme.Sessions[kind];
            var days = dose.DaysOf(session);
            var routine = dose.RoutineFor(session);
            DateOnly? owed = null;
            foreach (var day in block)
            {
                var finished = (byDay.GetValueOrDefault(day) ?? []).Count(s => s.Finished && s.RoutineId == routine.Id);
                if (days.Contains(day.DayOfWeek))
                {
                    planned.Add(new PlannedSession(day, kind, routine, finished > 0));
                    if (finished == 0 && day < today && programme.Missed == MissedSessions.Carry)
                    {
                        owed = day;
                    }
                }
                else if (owed is { } from)
                {
                    planned.Add(new PlannedSession(day, kind, routine, finished > 0, from));
                    owed = null;
                }
            }
        }
        // A carried session done stands for the one it was carried from: that one counts as done, the carried one is dropped.
        foreach (var carried in planned.Where(p => p.CarriedFrom is not null && p.Done).ToArray())
        {
            var index = planned.FindIndex(p => p.CarriedFrom is null && p.Kind == carried.Kind && p.Day == carried.CarriedFrom);
            planned[index] = planned[index] with { Done = true };
        }
        return planned.Where(p => p.CarriedFrom is null || !p.Done).OrderBy(p => p.Day).ThenBy(p => p.Kind).ToArray();
    }

    private static double? AveragePain(IReadOnlyList<PlayedSession> played)
    {
        var ratings = played.SelectMany(s => new[] { s.PainBefore, s.PainAfter }).OfType<int>().ToArray();
        return ratings.Length == 0 ? null : ratings.Average();
    }

    private static string? Flare(IReadOnlyList<PlayedSession> played, double? pain, double? lastPain)
    {
        if (played.FirstOrDefault(s => s.PainChange >= FlarePoints) is { } worse)
        {
            return $"pain after the session on {worse.Day.ToString("dddd d MMMM", CultureInfo.InvariantCulture)} went {worse.PainBefore} → {worse.PainAfter}";
        }
        return pain is { } now && lastPain is { } before && now - before >= FlarePoints - 1e-9
            ? $"the week's pain went up from {before.ToString("0.#", CultureInfo.InvariantCulture)} to {now.ToString("0.#", CultureInfo.InvariantCulture)} on average"
            : null;
    }

    private static string PainWent(IReadOnlyList<PlayedSession> played) =>
        played.FirstOrDefault(s => s.PainBefore is not null) is { } first && played.LastOrDefault(s => s.PainAfter is not null) is { } last
            ? $" and pain went {first.PainBefore} → {last.PainAfter}"
            : "";

    /// <summary>Minutes per area of each routine at each level, compiled once per evaluation.</summary>
    private sealed class AreaCache(ExerciseCatalog catalog)
    {
        private static readonly FocusArea[] Areas = [FocusArea.Neck, FocusArea.UpperBack, FocusArea.Shoulders];
        private readonly Dictionary<(string, Dosing.Level, int), double[]> _minutes = [];

        public IReadOnlyList<AreaMinutes> Of(IReadOnlyList<PlannedSession> sessions, ProgrammeDose dose)
        {
            var planned = new double[Areas.Length];
            var done = new double[Areas.Length];
            foreach (var session in sessions.Where(s => s.CarriedFrom is null || s.Done))
            {
                var minutes = MinutesOf(session.Routine, dose.Level);
                for (var i = 0; i < Areas.Length; i++)
                {
                    planned[i] += session.CarriedFrom is null ? minutes[i] : 0;
                    done[i] += session.Done ? minutes[i] : 0;
                }
            }
            return Areas.Select((a, i) => new AreaMinutes(a, Math.Round(planned[i], 1), Math.Round(done[i], 1))).ToArray();
        }

        private double[] MinutesOf(Routines.Routine routine, Dosing.Level level)
        {
            var key = (routine.Id, level, routine.Items.Count);
            if (!_minutes.TryGetValue(key, out var minutes))
            {
                minutes = new double[Areas.Length];
                foreach (var segment in TimelineCompiler.Compile(routine, catalog, level).Segments.Where(s => s.IsExercise))
                {
                    var targets = catalog.Find(segment.Exercise.Value)?.Targets ?? [];
                    for (var i = 0; i < Areas.Length; i++)
                    {
                        minutes[i] += targets.Any(FocusAreas.Targets(Areas[i]).Contains) ? segment.DurationSeconds / 60.0 : 0;
                    }
                }
                _minutes[key] = minutes;
            }
            return minutes;
        }
    }
}
