using System.Globalization;
using Unknot.Catalog;
using Unknot.Timelines;

namespace Unknot.Programmes;

/// <summary>What every surface says of a programme: today in one line, and how long a planned session takes.</summary>
public static class ProgrammeLines
{
    /// <summary>
    /// Today in one line: "Week 2 · day 3 of 5 — Desk break, 6 min", "Week 2 · a day off — next: Wednesday", or where a
    /// paused, completed or stopped programme stands.
    /// </summary>
    public static string Today(ProgrammeReport report, ExerciseCatalog catalog)
    {
        var week = report.Current;
        var name = report.Enrolment.Programme.Name;
        switch (report.Status)
        {
            case ProgrammeStatus.Paused:
                return $"{name} is paused since {Day(report.Enrolment.Pauses[^1].From)}: resume it to go on with week {week.Week}.";
            case ProgrammeStatus.Completed:
                return $"{name} is done: all {report.Enrolment.Programme.Weeks} weeks.";
            case ProgrammeStatus.Stopped:
                return $"{name} was stopped on {Day(report.Enrolment.StoppedOn!.Value)}.";
        }
        var again = report.Weeks.Count(w => w.Week == week.Week) > 1 ? " (again)" : "";
        if (report.Today is not { } today)
        {
            return $"Week {week.Week}{again} of {name}.";
        }
        if (today.Sessions.Count == 0)
        {
            return today.Next is { } next
                ? $"Week {week.Week}{again} · a day off — next: {next.ToString("dddd", CultureInfo.InvariantCulture)}"
                : $"Week {week.Week}{again} · a day off — this week's sessions are behind you";
        }
        var sessions = string.Join(" and ", today.Sessions.Select(s =>
            $"{s.Routine.Name}, {Minutes(s, week, catalog)} min{(s.Done ? " (done)" : "")}{(s.CarriedFrom is { } from ? $" (from {from.ToString("dddd", CultureInfo.InvariantCulture)})" : "")}"));
        return $"Week {week.Week}{again} · day {today.Ordinal} of {week.PlannedDays.Count} — {sessions}";
    }

    /// <summary>Whole minutes a planned session takes at its week's level, rounded up.</summary>
    public static int Minutes(PlannedSession session, ProgrammeWeek week, ExerciseCatalog catalog) =>
        Known(session.Routine, catalog) is { Items.Count: > 0 } known
            ? (int)Math.Ceiling(TimelineCompiler.Compile(known, catalog, week.Dose.Level).TotalSeconds / 60.0)
            : 0;

    /// <summary>
    /// The routine with only the exercises the catalog still has: a programme kept from before (or imported) may name
    /// one of the person's own exercises that is gone since, and its weeks are still shown.
    /// </summary>
    public static Routines.Routine Known(Routines.Routine routine, ExerciseCatalog catalog) =>
        routine.Items.All(i => catalog.Find(i.Exercise.Value) is not null)
            ? routine
            : routine with { Items = routine.Items.Where(i => catalog.Find(i.Exercise.Value) is not null).ToArray() };

    private static string Day(DateOnly day) => day.ToString("d MMMM", CultureInfo.InvariantCulture);
}
