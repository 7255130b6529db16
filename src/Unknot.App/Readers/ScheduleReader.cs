using System.Globalization;
using Unknot.App.Calendar;
using Unknot.App.Fields;
using Unknot.Reminders;

namespace Unknot.App.Readers;

/// <summary>When a calendar's reminders fall: times of day and days of the week.</summary>
public sealed record ScheduleTimes(IReadOnlyList<TimeOnly> Times, IReadOnlyList<DayOfWeek> Days);

/// <summary>The times and days of <c>unknot schedule</c>: fields <c>at</c> ("10:30,15:00", 24-hour) and <c>days</c> (the reminders' day sets, Monday to Friday when absent).</summary>
public static class ScheduleReader
{
    /// <summary>The days when none are given.</summary>
    public const string DefaultDays = "mon-fri";

    /// <summary>Reads <c>at</c> and <c>days</c>.</summary>
    public static ReadResult<ScheduleTimes> Read(Input input) => ReadResult<ScheduleTimes>.From(() =>
    {
        var at = input.Required("at");
        var times = new List<TimeOnly>();
        foreach (var token in at.String(500).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            times.Add(TimeOnly.TryParseExact(token, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time
                : throw at.Problem($"must be 24-hour times such as 10:30,15:00, got '{token}'"));
        }
        if (times.Count == 0)
        {
            throw at.Problem("needs at least one time, such as 10:30");
        }
        var field = input.Optional("days");
        var text = field?.String(200) ?? DefaultDays;
        var days = ReminderValues.Days(text) ?? throw field!.Problem(ReminderValues.DaysProblem(text)!);
        return new ScheduleTimes(times.Distinct().Order().ToArray(), days.OrderBy(d => ((int)d + 6) % 7).ToArray());
    });
}
