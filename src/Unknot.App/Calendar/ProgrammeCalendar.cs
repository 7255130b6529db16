using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Unknot.Catalog;
using Unknot.Programmes;
using Unknot.Text;

namespace Unknot.App.Calendar;

/// <summary>
/// The days of a programme as an iCalendar file (RFC 5545): one all-day event per session still to come, from today to
/// the programme's end as planned (the weeks after this one as they will be when each is done; a repeated week moves
/// the rest, and exporting again brings the calendar up to date — each event keeps its UID, so a calendar that
/// subscribes replaces rather than doubles it).
/// </summary>
public static class ProgrammeCalendar
{
    /// <summary>The calendar text for <paramref name="report"/> as of <paramref name="now"/>, CRLF-terminated and folded.</summary>
    public static string Write(ProgrammeReport report, ExerciseCatalog catalog, DateOnly today, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Unknot//Stretching coach//EN", Method = "PUBLISH", Scale = "GREGORIAN" };
        foreach (var (day, session, week) in Coming(report, today))
        {
            var minutes = ProgrammeLines.Minutes(session, week, catalog);
            var item = new CalendarEvent
            {
                Uid = $"{report.Enrolment.Id}-{day:yyyyMMdd}-{session.Kind}@unknot",
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
                DtStart = new CalDateTime(day.Year, day.Month, day.Day),
                Summary = $"Unknot: {session.Routine.Name}",
                Description = $"Week {week.Week} of {report.Enrolment.Programme.Name}: {session.Routine.Name}, {Kebab.Of(week.Dose.Level)}, about {minutes} minutes.\n\nStart it with: unknot today --start",
            };
            calendar.Events.Add(item);
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>The sessions still to come: this week's from today on that are not done, then each later week's as planned.</summary>
    private static IEnumerable<(DateOnly Day, PlannedSession Session, ProgrammeWeek Week)> Coming(ProgrammeReport report, DateOnly today)
    {
        // A paused programme has no days until it is resumed; a completed or stopped one has none left.
        if (report.Status != ProgrammeStatus.Active)
        {
            yield break;
        }
        var current = report.Current;
        foreach (var session in current.Sessions.Where(s => s.Day >= today && !s.Done))
        {
            yield return (session.Day, session, current);
        }
        var programme = report.Enrolment.Programme;
        var first = current.Days[^1].AddDays(1);
        for (var w = current.Week + 1; w <= programme.Weeks; w++, first = first.AddDays(7))
        {
            var dose = programme.DoseOf(w);
            var block = Enumerable.Range(0, 7).Select(first.AddDays).ToArray();
            var week = current with { Week = w, Days = block, Dose = dose, Sessions = [], Ended = false };
            for (var kind = 0; kind < programme.Sessions.Count; kind++)
            {
                var days = dose.DaysOf(programme.Sessions[kind]);
                var routine = dose.RoutineFor(programme.Sessions[kind]);
                foreach (var day in block.Where(d => days.Contains(d.DayOfWeek)))
                {
                    yield return (day, new PlannedSession(day, kind, routine, false), week);
                }
            }
        }
    }

}
