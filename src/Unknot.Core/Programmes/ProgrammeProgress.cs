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
        // A pause asked for after today's session was done begins tomorrow: today the programme is still active.
        var status = enrolment.IsPaused && enrolment.Pauses[^1].From <= today ? ProgrammeStatus.Paused
            : enrolment.IsCurrent ? ProgrammeStatus.Active : ProgrammeStatus.Stopped;
        using var days = ActiveDays(enrolment).GetEnumerator();
        var week = 1;
        var why = $"Week 1: {programme.DoseOf(1).Describe(programme)}.";
        double? lastPain = null;
        while (true)
        {
            var block = new List<DateOnly>();
            while (block.Count < 7 && days.MoveNext())
            {
                block.Add(days.Current);
            }
            // A programme paused or stopped on its first day still has its first week, with no days yet.
            if (weeks.Count > 0 && (block.Count == 0 || block[0] > today))
            {
                break;
            }
            var dose = programme.DoseOf(week);
            var planned = Plan(programme, dose, block, byDay, today);
            // A stopped programme's last week has ended, its stop day included.
            var ended = block.Count > 0 && (enrolment.IsCurrent ? block.Count == 7 && block[^1] < today : true);
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
            lastPain = pain;
            var needed = (int)Math.Ceiling(programme.DoneShare * current.Planned - 1e-9);
            var did = $"you did {current.Done} of {current.Planned} sessions";
            if (flare is not null)
            {
                why = week == 1 ? $"Week 1 again: {flare}." : $"Back to week {week - 1}: {flare}.";
                week = Math.Max(1, week - 1);
            }
            else if (current.Done < needed || current.Planned == 0)
            {
                why = $"Week {week} again: {did}, and {needed} are needed to step up.";
            }
            else if (week == programme.Weeks)
            {
                changes.Add($"Done: all {programme.Weeks} weeks, {did} in the last.");
                // Done is done: a programme stopped or switched for another after its last week stays completed.
                status = ProgrammeStatus.Completed;
                break;
            }
            else
            {
                var next = programme.DoseOf(week + 1);
                var what = next.ChangesFrom(dose, programme, catalog);
                var easier = programme.EasierWeeks.Contains(week + 1) ? ", an easier week" : "";
                why = $"Week {week + 1}{easier}: {(what.Count == 0 ? "the same dose" : string.Join(", ", what))}, because {did}{PainWent(played)}.";
                week++;
            }
            changes.Add(why);
        }
        var last = weeks[^1];
        var todays = status == ProgrammeStatus.Active && last.Days.Contains(today) ? Today(last, today) : null;
        return new ProgrammeReport(enrolment, status, weeks, todays, changes, today);
    }

    private static ProgrammeToday Today(ProgrammeWeek week, DateOnly today)
    {
        var sessions = week.Sessions.Where(s => s.Day == today).ToArray();
        // Days are counted, not sessions (a warm-up and a cool-down on one day are one day); a carried session is
        // numbered by the day it was planned on.
        var day = sessions.Length == 0 ? (DateOnly?)null : sessions.Any(s => s.CarriedFrom is null) ? today : sessions[0].CarriedFrom;
        var ordinal = day is { } d ? 1 + week.PlannedDays.Count(p => p < d) : 0;
        DateOnly? next = sessions.Length == 0 ? week.Sessions.Where(s => s.Day > today).Select(s => (DateOnly?)s.Day).FirstOrDefault() : null;
        return new ProgrammeToday(today, week, sessions, ordinal, next);
    }

    /// <summary>
    /// The sessions still to come of an active programme, from the day it was evaluated on to its end as planned: this
    /// week's not yet done, then each later week's as it will be when every week before it is done.
    /// </summary>
    public static IEnumerable<(PlannedSession Session, ProgrammeWeek Week)> Coming(ProgrammeReport report)
    {
        if (report.Status != ProgrammeStatus.Active)
        {
            yield break;
        }
        var current = report.Current;
        foreach (var session in current.Sessions.Where(s => s.Day >= report.On && !s.Done))
        {
            yield return (session, current);
        }
        var programme = report.Enrolment.Programme;
        var first = current.Days[^1].AddDays(1);
        for (var w = current.Week + 1; w <= programme.Weeks; w++, first = first.AddDays(7))
        {
            var dose = programme.DoseOf(w);
            var block = Enumerable.Range(0, 7).Select(first.AddDays).ToArray();
            var planned = Plan(programme, dose, block, new Dictionary<DateOnly, PlayedSession[]>(), first);
            var week = current with { Number = current.Number + w - current.Week, Week = w, Days = block, Dose = dose, Sessions = planned, Ended = false };
            foreach (var session in planned)
            {
                yield return (session, week);
            }
        }
    }

    /// <summary>The programme's days: from its start, skipping pauses, until it stopped (or, while paused, until the pause).</summary>
    private static IEnumerable<DateOnly> ActiveDays(ProgrammeEnrolment enrolment)
    {
        var day = enrolment.StartedOn;
        while (enrolment.StoppedOn is not { } stopped || day <= stopped)
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
    /// The sessions a week plans: each weekday the dose names, once, on its first day in the week (a weekday a pause
    /// took out falls on the week's last day without a session of its kind), so a week never plans more or fewer than
    /// its dose. Each is done when a session of its routine was played to the end that day — the nth play of a
    /// routine on a day counts for the nth session that day that plays it. A missed one, where the programme carries
    /// them, is offered on the next day of the week with none of its kind — one at a time, the newest miss replacing
    /// an older one, so they never pile up.
    /// </summary>
    private static IReadOnlyList<PlannedSession> Plan(Programme programme, ProgrammeDose dose, IReadOnlyList<DateOnly> block,
        IReadOnlyDictionary<DateOnly, PlayedSession[]> byDay, DateOnly today)
    {
        var counted = new Dictionary<(DateOnly, string), int>();
        bool Played(DateOnly day, string routine)
        {
            var finished = (byDay.GetValueOrDefault(day) ?? []).Count(s => s.Finished && s.RoutineId == routine);
            var used = counted.GetValueOrDefault((day, routine));
            counted[(day, routine)] = Math.Min(finished, used + 1);
            return used < finished;
        }
        var planned = new List<PlannedSession>();
        for (var kind = 0; kind < programme.Sessions.Count; kind++)
        {
            var session = programme.Sessions[kind];
            var weekdays = dose.DaysOf(session);
            var routine = dose.RoutineFor(session);
            var seen = new HashSet<DayOfWeek>();
            var days = block.Where(d => weekdays.Contains(d.DayOfWeek) && seen.Add(d.DayOfWeek)).ToHashSet();
            if (block.Count == 7)
            {
                days.UnionWith(block.Reverse().Where(d => !days.Contains(d)).Take(weekdays.Count - days.Count));
            }
            DateOnly? owed = null;
            foreach (var day in block)
            {
                if (days.Contains(day))
                {
                    var done = Played(day, routine.Id);
                    planned.Add(new PlannedSession(day, kind, routine, done));
                    if (!done && day < today && programme.Missed == MissedSessions.Carry)
                    {
                        owed = day;
                    }
                }
                else if (owed is { } from)
                {
                    planned.Add(new PlannedSession(day, kind, routine, Played(day, routine.Id), from));
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
                var known = ProgrammeLines.Known(routine, catalog);
                foreach (var segment in known.Items.Count == 0 ? [] : TimelineCompiler.Compile(known, catalog, level).Segments.Where(s => s.IsExercise))
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
