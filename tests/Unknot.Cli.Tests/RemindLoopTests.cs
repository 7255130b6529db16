using System.Diagnostics;
using Unknot.App.Hosting;
using Unknot.Catalog;
using Unknot.Reminders;
using Unknot.Routines;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>
/// <c>unknot remind</c>'s own loop on the fake clock, with a fake desktop: the person is active, the notification
/// comes after the configured active time, and its Start opens the break where the user wants it.
/// </summary>
public sealed class RemindLoopTests
{
    private const string WebApp = "http://127.0.0.1:5999";

    private static CliRun Desk()
    {
        var cli = new CliRun();
        foreach (var setting in new[] { "remind-every 20s", "remind-break 1m", "remind-hours 00:00-23:59", "remind-days every-day" })
        {
            cli.Run($"settings {setting}").ShouldBe(0);
        }
        cli.Desktop.Answers["xprintidle"] = (0, "0\n");
        cli.Desktop.Answers["notify-send"] = (0, "default\n");
        cli.Desktop.Answers["xdg-open"] = (0, "");
        cli.Desktop.Answers["x-terminal-emulator"] = (0, "");
        return cli;
    }

    /// <summary>Runs <c>unknot remind</c>, a second at a time on the fake clock, until the break is opened somewhere.</summary>
    private static string RemindUntilABreakOpens(CliRun cli)
    {
        var host = cli.Host;
        var run = Task.Run(() => UnknotCommand.RunAsync(["remind"], host));
        var watch = Stopwatch.StartNew();
        string? opened = null;
        while (opened is null)
        {
            // The loop waits on the clock once a second: let it arm its timer, then move the clock on.
            while (cli.Clock.ArmedTimers == 0 && !run.IsCompleted)
            {
                (watch.Elapsed < TimeSpan.FromSeconds(30)).ShouldBeTrue("the reminder loop stopped waiting on the clock");
                Thread.Yield();
            }
            run.IsCompleted.ShouldBeFalse($"unknot remind ended early: {cli.Err}");
            cli.Clock.AdvanceSeconds(1);
            opened = cli.Desktop.Calls.FirstOrDefault(c => c.StartsWith("xdg-open ", StringComparison.Ordinal) || c.StartsWith("x-terminal-emulator ", StringComparison.Ordinal));
            cli.Clock.GetUtcNow().ShouldBeLessThan(new DateTimeOffset(2026, 1, 5, 9, 5, 0, TimeSpan.Zero), "no break opened within five minutes");
        }
        cli.Cancel.Cancel();
        cli.Await(run).ShouldBe(0);
        return opened;
    }

    /// <summary>Two rated sessions of a routine of the lateral neck stretch alone: neck and upper trapezius.</summary>
    private static void RateTheNeckSore(CliRun cli)
    {
        var neck = new Routine("my-neck", "My neck", "", [new RoutineItem(new ExerciseId("lateral-neck-stretch"))]);
        using var store = SqliteStore.Open(cli.DatabasePath, cli.Clock);
        foreach (var daysAgo in new[] { 1, 2 })
        {
            store.Save(SessionRecords.Completed("desk-break", cli.Clock.GetUtcNow().AddDays(-daysAgo), before: 6) with { Routine = neck });
        }
    }

    [Fact]
    public void Start_opens_the_break_in_the_running_web_player_leaning_to_the_areas_rated_sore()
    {
        using var cli = Desk();
        RateTheNeckSore(cli);
        RunningWeb.Write(cli.Home.Path, new RunningWeb(WebApp, 4242)).ShouldBeTrue();
        cli.Desktop.Answering.Add(new Uri(WebApp + "/healthz"));

        var opened = RemindUntilABreakOpens(cli);

        opened.ShouldStartWith($"xdg-open {WebApp}/play/plan?minutes=1&place=desk");
        opened.ShouldContain("&focus=neck&focus=upper-trapezius");
        cli.Desktop.Calls.Single(c => c.StartsWith("notify-send", StringComparison.Ordinal) && c.Contains("--wait", StringComparison.Ordinal))
            .ShouldContain("A 1-minute break at the desk, for the neck and upper trapezius, is ready.");
        cli.Out.ShouldContain($"The break is open in the web player: {WebApp}/play/plan?");
        using var store = SqliteStore.Open(cli.DatabasePath, cli.Clock);
        var reminder = store.Reminders(DateTimeOffset.MinValue).ShouldHaveSingleItem();
        reminder.Outcome.ShouldBe(ReminderOutcome.Taken);
        // Twenty seconds of activity from the first second counted, 09:00:00.
        reminder.At.ShouldBe(new DateTimeOffset(2026, 1, 5, 9, 0, 20, TimeSpan.Zero));
    }

    [Fact]
    public void With_no_web_app_answering_the_break_opens_in_a_terminal()
    {
        using var cli = Desk();
        // A record left by a web app that is no longer there: its address does not answer.
        RunningWeb.Write(cli.Home.Path, new RunningWeb(WebApp, 4242)).ShouldBeTrue();

        var opened = RemindUntilABreakOpens(cli);

        opened.ShouldEndWith(" start --plan --minutes 1 --place desk --level standard --seed 0");
        opened.ShouldStartWith("x-terminal-emulator -e ");
        cli.Desktop.Calls.ShouldContain($"GET {WebApp}/healthz");
    }

    [Fact]
    public void The_terminal_player_is_used_when_the_user_prefers_it()
    {
        using var cli = Desk();
        cli.Run("settings remind-player terminal").ShouldBe(0);
        RunningWeb.Write(cli.Home.Path, new RunningWeb(WebApp, 4242)).ShouldBeTrue();
        cli.Desktop.Answering.Add(new Uri(WebApp + "/healthz"));

        var opened = RemindUntilABreakOpens(cli);

        opened.ShouldStartWith("x-terminal-emulator -e ");
        cli.Desktop.Calls.ShouldNotContain(c => c.StartsWith("xdg-open", StringComparison.Ordinal));
    }
}
