using Unknot.App.Reminders;
using Unknot.Reminders;

namespace Unknot.Cli.Remind;

/// <summary>
/// A reminder on screen: the <c>notify-send --wait</c> child that waits for its answer. It never holds up the loop,
/// which asks for the outcome every second; when the answer window (the snooze time, as long as the notification is
/// asked to stay up) ends with no answer, the child is stopped and the reminder counts as unanswered, so a notifier
/// that hangs cannot stop the reminders after it.
/// </summary>
internal sealed class ShownReminder
{
    /// <summary>Longest wait for a stopped child to be gone.</summary>
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop;
    private readonly Task<(int ExitCode, string Output)?> _answer;
    private bool _stopped;

    private ShownReminder(Guid id, BreakOffer offer, DateTimeOffset deadline, CancellationTokenSource stop, Task<(int ExitCode, string Output)?> answer)
    {
        Id = id;
        Offer = offer;
        Deadline = deadline;
        _stop = stop;
        _answer = answer;
    }

    /// <summary>The stored reminder's id.</summary>
    public Guid Id { get; }

    /// <summary>The break it offers.</summary>
    public BreakOffer Offer { get; }

    /// <summary>When its answer window ends.</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary>Shows the notification with Start, In 10 minutes and Skip, open for answers for <paramref name="window"/> from <paramref name="at"/>.</summary>
    public static ShownReminder Show(IDesktop desktop, Guid id, BreakOffer offer, string body, DateTimeOffset at, TimeSpan window)
    {
        var stop = new CancellationTokenSource();
        var answer = desktop.RunAsync("notify-send",
        [
            "--app-name=Unknot", "--urgency=normal", $"--expire-time={(int)window.TotalMilliseconds}",
            "--action=default=Start", "--action=later=In 10 minutes", "--action=skip=Skip", "--wait",
            "Time for a break", body,
        ], stop.Token);
        return new ShownReminder(id, offer, at + window, stop, answer);
    }

    /// <summary>
    /// What became of the reminder by <paramref name="now"/>: the answer once there is one, unanswered once the window
    /// has ended (the child is stopped then), not shown when the notifier failed; null while the window is open.
    /// </summary>
    public ReminderOutcome? Outcome(DateTimeOffset now)
    {
        if (_answer.IsCompleted)
        {
            return Read();
        }
        if (now < Deadline)
        {
            return null;
        }
        Stop();
        return ReminderOutcome.Ignored;
    }

    /// <summary>Stops the notifier child, if it still runs, and waits until it is gone (the window ended, or the service is ending).</summary>
    public void Stop()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        _stop.Cancel();
        try
        {
            _answer.Wait(StopWait);
        }
        catch (AggregateException)
        {
            // The cancelled wait: the child was stopped.
        }
        _stop.Dispose();
    }

    private ReminderOutcome Read()
    {
        if (!_answer.IsCompletedSuccessfully || _answer.Result is not (0, var output))
        {
            // Not started (notify-send missing), or it failed: nobody saw the reminder.
            return ReminderOutcome.NotShown;
        }
        return output.Trim() switch
        {
            "default" => ReminderOutcome.Taken,
            "later" => ReminderOutcome.Postponed,
            "skip" => ReminderOutcome.Skipped,
            // Closed, or expired, with no action chosen.
            _ => ReminderOutcome.Ignored,
        };
    }
}
