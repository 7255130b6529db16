using Unknot.Reminders;

namespace Unknot.App.Views;

/// <summary>What <c>unknot remind --simulate --json</c> prints: each reminder the settings give for the trace.</summary>
public sealed record ReminderSimulationView(IReadOnlyList<SimulatedReminderView> Reminders)
{
    /// <summary>The view of a simulation's reminders.</summary>
    public static ReminderSimulationView From(IReadOnlyList<SimulatedReminder> reminders) =>
        new(reminders.Select(r => new SimulatedReminderView(r.At, r.Minute, r.Reason, r.Repeat)).ToArray());
}

/// <summary>One reminder: when, at which minute of the trace, why, and whether it is a repeat (0 the first time).</summary>
public sealed record SimulatedReminderView(DateTimeOffset At, double Minute, string Reason, int Repeat);
