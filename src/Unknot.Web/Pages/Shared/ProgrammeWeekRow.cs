using System.Globalization;
using Unknot.Programmes;

namespace Unknot.Web.Pages.Shared;

/// <summary>What became of one day's sessions, as the programme's calendar marks it.</summary>
public enum DayMark
{
    /// <summary>No session planned.</summary>
    Off,

    /// <summary>Planned, today or later.</summary>
    Planned,

    /// <summary>Every session of the day done.</summary>
    Done,

    /// <summary>A day gone by with a session not done.</summary>
    Missed,

    /// <summary>A missed session offered again on this day.</summary>
    Carried,
}

/// <summary>One day of a programme week: its date, its mark, and the mark in words for a screen reader and a tooltip.</summary>
public sealed record ProgrammeDay(DateOnly Day, DayMark Mark, bool Today, string Words)
{
    /// <summary>The mark as the calendar draws it.</summary>
    public string Symbol => Mark switch { DayMark.Done => "✓", DayMark.Planned => "·", DayMark.Missed => "✗", DayMark.Carried => "↻", _ => "" };

    /// <summary>The day's short name: "Mon".</summary>
    public string Name => Day.ToString("ddd", CultureInfo.InvariantCulture);
}

/// <summary>
/// One week of a programme as the pages draw it (the Programmes page, and History in short): its seven days, each with
/// what became of its sessions, what was done of what was planned, and the Core's line on why it has its dose.
/// </summary>
public sealed record ProgrammeWeekRow(ProgrammeWeek Week, IReadOnlyList<ProgrammeDay> Days)
{
    /// <summary>Every week of <paramref name="report"/>, oldest first, marked as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<ProgrammeWeekRow> Of(ProgrammeReport report, DateOnly today) =>
        report.Weeks.Select(w => new ProgrammeWeekRow(w, w.Days.Select(d => DayOf(w, d, today)).ToArray())).ToArray();

    private static ProgrammeDay DayOf(ProgrammeWeek week, DateOnly day, DateOnly today)
    {
        var sessions = week.Sessions.Where(s => s.Day == day).ToArray();
        // Each session's state is Core's (PlannedSession.StateOn); a day is done when all of its are, missed when one is.
        var states = sessions.Select(s => s.StateOn(today)).ToArray();
        var mark = sessions.Length == 0 ? DayMark.Off
            : states.All(s => s == PlannedState.Done) ? DayMark.Done
            : states.Contains(PlannedState.Missed) ? DayMark.Missed
            : sessions.Any(s => s.CarriedFrom is not null && !s.Done) ? DayMark.Carried
            : DayMark.Planned;
        var names = string.Join(" and ", sessions.Select(s => s.Routine.Name + (s.CarriedFrom is { } from ? $" (from {from.ToString("dddd", CultureInfo.InvariantCulture)})" : "")));
        var words = mark switch
        {
            DayMark.Off => "no session",
            DayMark.Done => $"{names}: done",
            DayMark.Missed => $"{names}: not done",
            _ => $"{names}: planned",
        };
        return new ProgrammeDay(day, mark, day == today, $"{day.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}, {words}");
    }
}
