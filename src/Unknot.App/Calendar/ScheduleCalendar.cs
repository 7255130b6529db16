using System.Globalization;
using System.Text;
using Unknot.Reminders;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Unknot.App.Calendar;

/// <summary>What to put in the calendar: a routine, the times and days to do it, and where the user lives.</summary>
/// <param name="RoutineId">The routine id (for the UID and the start command).</param>
/// <param name="RoutineName">Its display name.</param>
/// <param name="Steps">One line per exercise, in order.</param>
/// <param name="DurationSeconds">How long it takes.</param>
/// <param name="Times">Local times of day.</param>
/// <param name="Days">Days of the week.</param>
/// <param name="Zone">The user's time zone.</param>
public sealed record Schedule(string RoutineId, string RoutineName, IReadOnlyList<string> Steps, int DurationSeconds,
    IReadOnlyList<TimeOnly> Times, IReadOnlyList<DayOfWeek> Days, TimeZoneInfo Zone);

/// <summary>
/// Writes an iCalendar file (RFC 5545) with one weekly recurring event per time, each with a reminder. Ical.Net
/// does the format: CRLF line ends, folding at 75 octets without splitting a character, escaping, and the
/// VTIMEZONE of the user's zone from the tz database (through NodaTime).
/// </summary>
public static class ScheduleCalendar
{
    /// <summary>The calendar text, CRLF-terminated and folded.</summary>
    public static string Write(Schedule schedule, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfZero(schedule.Times.Count, nameof(schedule));
        ArgumentOutOfRangeException.ThrowIfZero(schedule.Days.Count, nameof(schedule));
        var utc = schedule.Zone.Id is "UTC" or "Etc/UTC" || schedule.Zone.BaseUtcOffset == TimeSpan.Zero && !schedule.Zone.SupportsDaylightSavingTime;
        var zoneId = utc ? "UTC" : schedule.Zone.Id;
        var localNow = TimeZoneInfo.ConvertTime(now, schedule.Zone);
        var calendar = new Ical.Net.Calendar { ProductId = "-//Unknot//Stretching coach//EN", Method = "PUBLISH", Scale = "GREGORIAN" };
        if (!utc)
        {
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(schedule.Zone.Id, localNow.DateTime, includeHistoricalData: false));
        }
        var days = Week.Where(schedule.Days.Contains).ToArray();
        var dayCodes = string.Concat(days.Select(d => d.ToString()[..2].ToLowerInvariant()));
        var description = new StringBuilder()
            .Append($"{schedule.RoutineName}, about {Math.Ceiling(schedule.DurationSeconds / 60.0)} minutes:\n")
            .AppendJoin("\n", schedule.Steps.Select((s, i) => $"{i + 1}. {s}"))
            .Append($"\n\nStart it with: unknot start {schedule.RoutineId}")
            .ToString();
        foreach (var time in schedule.Times.Distinct().Order())
        {
            var start = FirstOccurrence(localNow.DateTime, time, schedule.Days);
            var item = new CalendarEvent
            {
                Uid = $"{schedule.RoutineId}-{time:HHmm}-{dayCodes}@unknot",
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
                DtStart = new CalDateTime(DateTime.SpecifyKind(start, DateTimeKind.Unspecified), zoneId),
                Duration = Duration.FromMinutes(Math.Max(1, (int)Math.Ceiling(schedule.DurationSeconds / 60.0))),
                RecurrenceRule = new RecurrencePattern(FrequencyType.Weekly) { ByDay = days.Select(d => new WeekDay(d)).ToList() },
                Summary = $"Unknot: {schedule.RoutineName}",
                Description = description,
            };
            item.Alarms.Add(new Alarm { Action = AlarmAction.Display, Description = $"Time to stretch: {schedule.RoutineName}", Trigger = new Trigger(Duration.FromMinutes(0)) });
            calendar.Events.Add(item);
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The first local date-time at <paramref name="time"/> on one of the days, not before now.</summary>
    private static DateTime FirstOccurrence(DateTime localNow, TimeOnly time, IReadOnlyList<DayOfWeek> days)
    {
        for (var i = 0; ; i++)
        {
            var candidate = localNow.Date.AddDays(i).Add(time.ToTimeSpan());
            if (days.Contains(candidate.DayOfWeek) && candidate >= localNow)
            {
                return candidate;
            }
        }
    }
}
