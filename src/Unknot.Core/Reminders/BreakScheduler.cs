namespace Unknot.Reminders;

/// <summary>What the person at the computer is doing, as the idle sources tell it.</summary>
public enum ActivityState
{
    /// <summary>Using the keyboard or the mouse.</summary>
    Active,

    /// <summary>Away from the keyboard and mouse.</summary>
    Idle,

    /// <summary>The screen is locked.</summary>
    Locked,

    /// <summary>At the computer, but something holds off idleness and interruptions: a call, a video, a presentation.</summary>
    Inhibited,
}

/// <summary>What became of a reminder.</summary>
public enum ReminderOutcome
{
    /// <summary>The break was started from it.</summary>
    Taken,

    /// <summary>"In 10 minutes": it comes back after the snooze time.</summary>
    Postponed,

    /// <summary>Dismissed: the count starts again.</summary>
    Skipped,

    /// <summary>Not answered: the notification went away, or its answer window ended, with no answer.</summary>
    Ignored,

    /// <summary>The notification could not be shown (no notification server, or the notifier failed): nobody saw it.</summary>
    NotShown,
}

/// <summary>A reminder the scheduler gives.</summary>
/// <param name="At">When it fires.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Repeat">0 for the first time, then 1, 2… for each time an ignored reminder comes back.</param>
public sealed record Reminder(DateTimeOffset At, string Reason, int Repeat);

/// <summary>
/// Decides when to remind, second by second, from what the person is doing. A pure state machine: the same
/// settings, zone and sequence of observations give the same reminders, whether they come from a day's trace
/// (<c>unknot remind --simulate</c>) or from the idle sources as they happen (<c>unknot remind</c>).
/// <list type="bullet">
/// <item>Only active time counts (inhibited time too: the person is at the computer); idle and locked time do not.</item>
/// <item>Being idle for at least the break's length is a break taken: the count starts again. A locked screen pauses the count.</item>
/// <item>A reminder that falls due outside the hours and days, while something holds off interruptions, while a session is playing,
/// or while the person is away, waits and fires at the first moment none of that is so.</item>
/// <item>An ignored reminder comes back after the snooze time, at most the set number of times; then the count starts again.</item>
/// </list>
/// </summary>
public sealed class BreakScheduler(ReminderSettings settings, TimeZoneInfo zone)
{
    private TimeSpan _active;
    private TimeSpan _idle;
    private int _shown;
    private DateTimeOffset? _again;
    private string? _heldBack;

    /// <summary>Active time counted toward the next reminder.</summary>
    public TimeSpan Active => _active;

    /// <summary>True while a reminder is due but held back (it fires at the first moment it may).</summary>
    public bool Waiting { get; private set; }

    /// <summary>When the next reminder would come if the person stays active and nothing holds it back.</summary>
    public DateTimeOffset NextAt(DateTimeOffset now) =>
        _shown > 0 && _again is { } again ? (again > now ? again : now) : now + (settings.Every - _active > TimeSpan.Zero ? settings.Every - _active : TimeSpan.Zero);

    /// <summary>
    /// Takes in one second starting at <paramref name="at"/> in which the person was <paramref name="state"/> (and a
    /// session was or was not playing); returns the reminder that fires at its end, if any.
    /// </summary>
    public Reminder? Second(DateTimeOffset at, ActivityState state, bool inSession = false)
    {
        var end = at.AddSeconds(1);
        switch (state)
        {
            case ActivityState.Idle:
                _idle += TimeSpan.FromSeconds(1);
                if (_idle >= settings.Break)
                {
                    Restart();
                }
                return null;
            case ActivityState.Locked:
                return null;
            default:
                _idle = TimeSpan.Zero;
                _active += TimeSpan.FromSeconds(1);
                break;
        }
        var due = _shown == 0 ? _active >= settings.Every : end >= _again;
        if (!due)
        {
            return null;
        }
        var because = inSession ? "a session was playing"
            : state == ActivityState.Inhibited ? "something held off interruptions (a call, a video, a presentation)"
            : !settings.Allows(TimeZoneInfo.ConvertTime(end, zone).DateTime) ? $"it was outside your hours ({ReminderValues.Show(settings.Hours)}, {ReminderValues.Show(settings.Days)})"
            : null;
        if (because is not null)
        {
            Waiting = true;
            _heldBack ??= because;
            return null;
        }
        var reason = _shown == 0
            ? $"{ReminderValues.Show(settings.Every)} of active time since your last break"
            : $"the reminder came back ({_shown} of {settings.MaxRepeats}): no answer to the one before";
        if (_heldBack is not null)
        {
            reason += $"; held back because {_heldBack}";
        }
        var reminder = new Reminder(end, reason, _shown);
        _heldBack = null;
        Waiting = false;
        if (_shown >= settings.MaxRepeats)
        {
            Restart();
        }
        else
        {
            _shown++;
            _again = end + settings.Snooze;
        }
        return reminder;
    }

    /// <summary>What the person answered at <paramref name="at"/>: a break taken or skipped starts the count again; "later" brings it back after the snooze.</summary>
    public void Answer(ReminderOutcome outcome, DateTimeOffset at)
    {
        switch (outcome)
        {
            case ReminderOutcome.Taken or ReminderOutcome.Skipped:
                Restart();
                break;
            case ReminderOutcome.Postponed:
                _shown = Math.Max(_shown, 1);
                _again = at + settings.Snooze;
                break;
        }
    }

    /// <summary>A break happened (idle long enough, a session played, a reminder taken or skipped): the count starts again.</summary>
    public void Restart()
    {
        _active = TimeSpan.Zero;
        _idle = TimeSpan.Zero;
        _shown = 0;
        _again = null;
        _heldBack = null;
        Waiting = false;
    }
}
