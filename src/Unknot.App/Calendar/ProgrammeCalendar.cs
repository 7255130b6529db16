using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Unknot.Catalog;
using Unknot.Programmes;
using Unknot.Text;

namespace Unknot.App.Calendar;

/// <summary>
/// The days of a programme as an iCalendar file (RFC 5545): one all-day event per session still to come
/// (<see cref="ProgrammeProgress.Coming"/>: from today to the programme's end as planned; a repeated week moves the rest,
/// and exporting again brings the calendar up to date — each event keeps its UID, so a calendar that subscribes
/// replaces rather than doubles it). A paused programme has none until it is resumed.
/// </summary>
public static class ProgrammeCalendar
{
    /// <summary>The calendar text for <paramref name="report"/> as of <paramref name="now"/>, CRLF-terminated and folded.</summary>
    public static string Write(ProgrammeReport report, ExerciseCatalog catalog, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Unknot//Stretching coach//EN", Method = "PUBLISH", Scale = "GREGORIAN" };
        foreach (var (session, week) in ProgrammeProgress.Coming(report))
        {
            var day = session.Day;
            var minutes = ProgrammeLines.Minutes(session, week, catalog);
            var item = new CalendarEvent
            {
                Uid = $"{report.Enrolment.Id}-{day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}-{session.Kind}@unknot",
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
                DtStart = new CalDateTime(day.Year, day.Month, day.Day),
                Summary = $"Unknot: {session.Routine.Name}",
                Description = $"Week {week.Week} of {report.Enrolment.Programme.Name}: {session.Routine.Name}, {Kebab.Of(week.Dose.Level)}, about {minutes} minutes.\n\nStart it with: unknot today --start",
            };
            calendar.Events.Add(item);
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
