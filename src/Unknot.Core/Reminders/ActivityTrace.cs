namespace Unknot.Reminders;

/// <summary>A change of state at a minute of a trace.</summary>
public sealed record ActivityChange(double Minute, ActivityState State);

/// <summary>
/// A recorded (or made-up) stretch of computer use: from <paramref name="Start"/>, each change of state at its
/// minute; the last state lasts until <paramref name="EndMinute"/>.
/// </summary>
public sealed record ActivityTrace(DateTimeOffset Start, IReadOnlyList<ActivityChange> Changes, double EndMinute)
{
    /// <summary>Longest trace, in minutes: two weeks.</summary>
    public const double LongestMinutes = 14 * 24 * 60;

    /// <summary>The state at <paramref name="minute"/>: idle before the first change.</summary>
    public ActivityState StateAt(double minute)
    {
        var state = ActivityState.Idle;
        foreach (var change in Changes)
        {
            if (change.Minute > minute)
            {
                break;
            }
            state = change.State;
        }
        return state;
    }
}

/// <summary>A reminder of a simulation, with the minute of the trace it fell on.</summary>
public sealed record SimulatedReminder(DateTimeOffset At, double Minute, string Reason, int Repeat);

/// <summary>Plays a trace through a <see cref="BreakScheduler"/>, second by second, nobody answering.</summary>
public static class ReminderSimulation
{
    /// <summary>The reminders the settings give for the trace, in order.</summary>
    public static IReadOnlyList<SimulatedReminder> Run(ReminderSettings settings, TimeZoneInfo zone, ActivityTrace trace)
    {
        var scheduler = new BreakScheduler(settings, zone);
        var reminders = new List<SimulatedReminder>();
        var seconds = (long)Math.Round(trace.EndMinute * 60);
        var change = 0;
        var state = ActivityState.Idle;
        for (long second = 0; second < seconds; second++)
        {
            while (change < trace.Changes.Count && trace.Changes[change].Minute * 60 <= second + 1e-9)
            {
                state = trace.Changes[change++].State;
            }
            if (scheduler.Second(trace.Start.AddSeconds(second), state) is { } reminder)
            {
                reminders.Add(new SimulatedReminder(reminder.At, Math.Round((second + 1) / 60.0, 2), reminder.Reason, reminder.Repeat));
            }
        }
        return reminders;
    }
}
