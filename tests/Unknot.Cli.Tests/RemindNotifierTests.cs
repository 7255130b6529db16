using System.Diagnostics;
using Unknot.Cli.Remind;
using Unknot.Reminders;
using Unknot.Storage.Sqlite;

namespace Unknot.Cli.Tests;

/// <summary>
/// <c>unknot remind</c> when the notifier is not there or does not answer, on the fake clock with a fake desktop: it
/// says so before promising anything, it is never held up by a notification that hangs, and it leaves no child behind.
/// </summary>
public sealed class RemindNotifierTests
{
    private static CliRun Desk()
    {
        var cli = new CliRun();
        foreach (var setting in new[] { "remind-every 20s", "remind-break 1m", "remind-snooze 30s", "remind-hours 00:00-23:59", "remind-days every-day" })
        {
            cli.Run($"settings {setting}").ShouldBe(0);
        }
        cli.Desktop.Answers["xprintidle"] = (0, "0\n");
        cli.Desktop.Answers["notify-send"] = (0, "notify-send 0.8.1\n");
        return cli;
    }

    private static string[] Notifications(CliRun cli) =>
        cli.Desktop.Calls.Where(c => c.StartsWith("notify-send", StringComparison.Ordinal) && c.Contains("--wait", StringComparison.Ordinal)).ToArray();

    /// <summary>Starts <c>unknot remind</c> and moves the fake clock a second at a time until <paramref name="seen"/> holds.</summary>
    private static Task<int> RemindUntil(CliRun cli, Func<bool> seen, Task<int>? running = null)
    {
        var host = cli.Host;
        var run = running ?? Task.Run(() => UnknotCommand.RunAsync(["remind"], host));
        var watch = Stopwatch.StartNew();
        while (!seen())
        {
            // The loop waits on the clock once a second: let it arm its timer, then move the clock on.
            while (cli.Clock.ArmedTimers == 0 && !run.IsCompleted)
            {
                (watch.Elapsed < TimeSpan.FromSeconds(30)).ShouldBeTrue("the reminder loop stopped waiting on the clock");
                Thread.Yield();
            }
            run.IsCompleted.ShouldBeFalse($"unknot remind ended early: {cli.Err}");
            cli.Clock.AdvanceSeconds(1);
            cli.Clock.GetUtcNow().ShouldBeLessThan(new DateTimeOffset(2026, 1, 5, 9, 5, 0, TimeSpan.Zero), "not within five minutes");
        }
        return run;
    }

    /// <summary>Runs <c>unknot remind</c> with the clock standing still: it must end by itself, at once, with what is wrong.</summary>
    private static int RemindRefusing(CliRun cli)
    {
        var host = cli.Host;
        return cli.Await(Task.Run(() => UnknotCommand.RunAsync(["remind"], host)));
    }

    private static ReminderOutcome?[] Outcomes(CliRun cli)
    {
        using var store = SqliteStore.Open(cli.DatabasePath, cli.Clock);
        return store.Reminders(DateTimeOffset.MinValue).Select(r => r.Outcome).ToArray();
    }

    [Theory]
    [InlineData(nameof(NotifierState.NoServer), "unknot: no notification server is running (org.freedesktop.Notifications has no owner on the session bus), so no reminder can be shown; start one, such as dunst, or use the reminders in the browser (the web app's Settings: Remind me in this browser)")]
    [InlineData(nameof(NotifierState.NoSessionBus), "unknot: no D-Bus session bus here (DBUS_SESSION_BUS_ADDRESS is not set), so no reminder can be shown; run 'unknot remind' inside your desktop session, or use the reminders in the browser (the web app's Settings: Remind me in this browser)")]
    [InlineData(nameof(NotifierState.BusUnreachable), "unknot: the D-Bus session bus in DBUS_SESSION_BUS_ADDRESS does not answer, so no reminder can be shown; run 'unknot remind' inside your desktop session, or use the reminders in the browser (the web app's Settings: Remind me in this browser)")]
    public void Without_a_notification_server_remind_says_so_in_one_line_and_exits_1(string notifier, string expected)
    {
        using var cli = Desk();
        cli.Desktop.Notifier = Enum.Parse<NotifierState>(notifier);

        RemindRefusing(cli).ShouldBe(1);

        cli.Err.Trim().ShouldBe(expected);
        cli.Out.ShouldNotContain("Reminding every");
        Notifications(cli).ShouldBeEmpty();
    }

    [Fact]
    public void Without_notify_send_remind_says_what_to_install_and_exits_1()
    {
        using var cli = Desk();
        cli.Desktop.Answers.Remove("notify-send");

        RemindRefusing(cli).ShouldBe(1);

        cli.Err.Trim().ShouldBe("unknot: notify-send is not installed, so no reminder can be shown; install it (Debian and Ubuntu: libnotify-bin), or use the reminders in the browser (the web app's Settings: Remind me in this browser)");
    }

    [Fact]
    public void A_notification_that_never_answers_is_stopped_when_its_window_ends_and_the_reminders_go_on()
    {
        using var cli = Desk();
        cli.Desktop.Hanging.Add("notify-send");

        // 09:00:20 the first reminder; its 30-second window ends at 09:00:50, and the next one comes then.
        var run = RemindUntil(cli, () => Notifications(cli).Length == 2);

        Outcomes(cli).ShouldBe([ReminderOutcome.Ignored, null]);
        cli.Desktop.Running.ShouldBe(1, "the first notifier was stopped, the second one waits");
        using (var store = SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            store.Reminders(DateTimeOffset.MinValue).Select(r => r.At.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(["09:00:20", "09:00:51"]);
        }
        cli.Out.ShouldContain("09:00:50  ignored");

        // Ctrl-C, or SIGTERM: the service ends and takes the notification on screen with it.
        cli.Cancel.Cancel();
        cli.Await(run).ShouldBe(0);

        cli.Desktop.Running.ShouldBe(0, "no notifier left running");
        Outcomes(cli).ShouldBe([ReminderOutcome.Ignored, ReminderOutcome.Ignored]);
        cli.Run("stats").ShouldBe(0);
        cli.Out.ShouldContain("Breaks taken: 0 of 2 reminders in the last 7 days (0 postponed, 0 skipped, 2 unanswered, 0 not shown).");
    }

    [Fact]
    public void A_reminder_whose_notification_server_went_away_counts_as_not_shown_and_says_so()
    {
        using var cli = Desk();
        cli.Desktop.Hanging.Add("notify-send");
        var run = RemindUntil(cli, () => Notifications(cli).Length == 1);

        cli.Desktop.Notifier = NotifierState.NoServer;
        RemindUntil(cli, () => Outcomes(cli)[0] is not null, run);

        Outcomes(cli)[0].ShouldBe(ReminderOutcome.NotShown);
        cli.Err.Trim().ShouldStartWith("warning: no notification server is running");
        cli.Cancel.Cancel();
        cli.Await(run).ShouldBe(0);
        cli.Desktop.Running.ShouldBe(0);
    }
}
