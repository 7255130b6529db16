using Unknot.Text;
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

/// <summary>
/// What <c>unknot remind --status</c> tells: whether the reminder service is running, the idle source it uses, the
/// active time counted today, and when the next reminder would come. The running service writes it to
/// <c>remind-status.json</c> in the home folder as it goes.
/// </summary>
/// <param name="Running">True when the service wrote its status within <see cref="Fresh"/>.</param>
/// <param name="Source">The idle source in use (or that would be used), or null when none answers.</param>
/// <param name="ActiveSecondsToday">Active time today, in seconds.</param>
/// <param name="NextReminder">When the next reminder would come if you stay active; null when the service is not running.</param>
/// <param name="UpdatedAt">When the service last wrote its status.</param>
/// <param name="Warning">Said plainly when something does not work, such as no idle source.</param>
public sealed record RemindStatusView(bool Running, string? Source, int ActiveSecondsToday, DateTimeOffset? NextReminder, DateTimeOffset? UpdatedAt, string? Warning)
{
    /// <summary>How recent a status must be for the service to count as running.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    /// <summary>The file name in the home folder.</summary>
    public const string File = "remind-status.json";

    /// <summary>The warning when no idle source answers.</summary>
    public const string NoIdleSource = "no idle source answers (no GNOME, freedesktop screen saver, xprintidle or logind): reminders count wall-clock time instead";
}

/// <summary>
/// Break reminders of the last seven days (today and the six before, in your time zone): offered, and what became of
/// them, each in exactly one part (<see cref="ReminderTally"/>), so the parts add up to <see cref="Offered"/>; active
/// time per day. <see cref="Ignored"/> counts the reminders nobody answered, those with no answer recorded among them.
/// </summary>
public sealed record BreaksView(int Offered, int Taken, int Postponed, int Skipped, int Ignored, int NotShown, IReadOnlyList<ActiveDayView> ActiveDays)
{
    /// <summary>The reminders and active time of the last seven local days before <paramref name="now"/>.</summary>
    public static BreaksView From(Storage.IUnknotStore store, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = Unknot.Progress.TimeZones.LocalDay(now, zone);
        var first = today.AddDays(-6);
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(first.ToDateTime(TimeOnly.MinValue)));
        var tally = ReminderTally.Of(store.Reminders(since).Select(r => r.Outcome));
        var active = store.ActiveDays(first).ToDictionary(d => d.Day, d => d.Seconds);
        return new BreaksView(tally.Offered, tally.Taken, tally.Postponed, tally.Skipped, tally.Unanswered, tally.NotShown,
            Enumerable.Range(0, 7).Select(i => first.AddDays(i)).Select(d => new ActiveDayView(d, Math.Round(active.GetValueOrDefault(d) / 60.0, 1))).ToArray());
    }

    /// <summary>The summary line every surface shows.</summary>
    public string Summary => Offered == 0
        ? "No break reminders in the last 7 days."
        : $"Breaks taken: {Taken} of {Counted.Of(Offered, "reminder")} in the last 7 days ({Postponed} postponed, {Skipped} skipped, {Ignored} unanswered, {NotShown} not shown).";
}

/// <summary>Minutes of active time at the computer on one day.</summary>
public sealed record ActiveDayView(DateOnly Day, double Minutes);

/// <summary>The answer to a tab's report: the reminder that fell due (with the player's address for its Start), or none.</summary>
public sealed record RemindTickView(App.Reminders.BrowserReminder? Reminder);
