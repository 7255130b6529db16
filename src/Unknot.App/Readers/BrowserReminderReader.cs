using Unknot.App.Fields;
using Unknot.App.Reminders;
using Unknot.Reminders;

namespace Unknot.App.Readers;

/// <summary>What an open tab reports for its break reminders: the seconds gone by, and how long since its last input (null when hidden).</summary>
public sealed record ReminderTick(double Seconds, double? IdleSeconds);

/// <summary>What became of a reminder the browser showed.</summary>
public sealed record ReminderAnswer(Guid Id, ReminderOutcome Outcome);

/// <summary>The bodies of <c>POST /api/remind/tick</c> and <c>POST /api/remind/answer</c>.</summary>
public static class BrowserReminderReader
{
    /// <summary>Longest idle time a tab may report, in seconds (a year and a day).</summary>
    public const double LongestIdle = 366 * 24 * 3600;

    /// <summary><c>seconds</c> (0 to <see cref="BrowserReminders.LongestReport"/>) and <c>idleSeconds</c>.</summary>
    public static ReadResult<ReminderTick> Tick(Input input) => ReadResult<ReminderTick>.From(() => new ReminderTick(
        input.Required("seconds").Decimal(0, BrowserReminders.LongestReport),
        input.Optional("idleSeconds")?.Decimal(0, LongestIdle)));

    /// <summary><c>id</c> and <c>outcome</c>.</summary>
    public static ReadResult<ReminderAnswer> Answer(Input input) => ReadResult<ReminderAnswer>.From(() => new ReminderAnswer(
        input.Required("id").Guid(),
        input.Required("outcome").Word<ReminderOutcome>()));
}
