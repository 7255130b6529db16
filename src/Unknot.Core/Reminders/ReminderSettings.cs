using Unknot.Planning;

namespace Unknot.Reminders;

/// <summary>When break reminders come and what they offer; the <c>remind-*</c> settings.</summary>
/// <param name="Every">Active time at the computer between breaks.</param>
/// <param name="Break">The break's length: the minutes of the routine offered, and the idle time that counts as a break taken.</param>
/// <param name="Hours">Reminders come only between these local times…</param>
/// <param name="Days">…on these days.</param>
/// <param name="Place">Where the break is planned for.</param>
/// <param name="Snooze">How long after an ignored (or postponed) reminder it comes back.</param>
/// <param name="MaxRepeats">How many times an ignored reminder comes back.</param>
public sealed record ReminderSettings(TimeSpan Every, TimeSpan Break, (TimeOnly From, TimeOnly To) Hours, IReadOnlySet<DayOfWeek> Days,
    Place Place, TimeSpan Snooze, int MaxRepeats)
{
    /// <summary>45 minutes of activity, a 3-minute break, 09:00–18:00 Monday to Friday at the desk, back after 10 minutes, twice at most.</summary>
    public static ReminderSettings Default { get; } = new(TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(3),
        (new TimeOnly(9, 0), new TimeOnly(18, 0)), ReminderValues.Days("mon-fri")!, Place.Desk, TimeSpan.FromMinutes(10), 2);

    /// <summary>Shortest interval and snooze (seconds let a test or a demonstration run quickly).</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromSeconds(5);

    /// <summary>Longest interval.</summary>
    public static readonly TimeSpan LongestEvery = TimeSpan.FromHours(8);

    /// <summary>Longest break.</summary>
    public static readonly TimeSpan LongestBreak = TimeSpan.FromHours(1);

    /// <summary>Most repeats of an ignored reminder.</summary>
    public const int MostRepeats = 10;

    /// <summary>Where a desktop reminder's Start opens the break: the web player by default.</summary>
    public BreakPlayer Player { get; init; } = BreakPlayer.Web;

    /// <summary>How long without keyboard or mouse input counts as away: a sixth of the break, between 2 and 30 seconds.</summary>
    public TimeSpan AwayAfter => TimeSpan.FromSeconds(Math.Clamp(Break.TotalSeconds / 6, 2, 30));

    /// <summary>The settings as written, one key per field: two settings that read the same are the same.</summary>
    public string Written => $"{ReminderValues.Show(Every)} {ReminderValues.Show(Break)} {ReminderValues.Show(Hours)} {ReminderValues.Show(Days)} {Place} {ReminderValues.Show(Snooze)} {MaxRepeats}";

    /// <summary>True when <paramref name="local"/> is within the days and hours.</summary>
    public bool Allows(DateTime local) =>
        Days.Contains(local.DayOfWeek) && TimeOnly.FromDateTime(local) >= Hours.From && TimeOnly.FromDateTime(local) < Hours.To;
}
