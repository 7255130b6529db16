using Unknot.App.Fields;
using Unknot.Reminders;

namespace Unknot.App.Readers;

/// <summary>
/// Reads an activity trace for <c>unknot remind --simulate</c>: <c>{"start": instant, "events": [{"minute": 0,
/// "state": "active"}, …], "end": minute?}</c>, minutes in increasing order; without <c>end</c> the trace ends at
/// its last event.
/// </summary>
public static class ActivityTraceReader
{
    /// <summary>Most events in one trace.</summary>
    public const int MaxEvents = 100_000;

    /// <summary>The trace, or the problem naming its field.</summary>
    public static ReadResult<ActivityTrace> Read(Input input) => ReadResult<ActivityTrace>.From(() =>
    {
        var start = input.Required("start").Instant();
        var eventsField = input.Required("events");
        var changes = new List<ActivityChange>();
        foreach (var item in eventsField.List(MaxEvents))
        {
            var minuteField = item.Required("minute");
            var minute = minuteField.Decimal(0, ActivityTrace.LongestMinutes);
            if (changes.Count > 0 && minute <= changes[^1].Minute)
            {
                throw minuteField.Problem($"must come after the event before it (minute {changes[^1].Minute}), got {minute}");
            }
            changes.Add(new ActivityChange(minute, item.Required("state").Word<ActivityState>()));
        }
        if (changes.Count == 0)
        {
            throw eventsField.Problem("must list at least one event, such as {\"minute\": 0, \"state\": \"active\"}");
        }
        var endField = input.Optional("end");
        var end = endField?.Decimal(0, ActivityTrace.LongestMinutes) ?? changes[^1].Minute;
        if (end < changes[^1].Minute)
        {
            throw endField!.Problem($"must not come before the last event (minute {changes[^1].Minute}), got {end}");
        }
        return new ActivityTrace(start, changes, end);
    });
}
