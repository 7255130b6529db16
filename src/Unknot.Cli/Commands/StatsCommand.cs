using Unknot.Text;
using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Unknot.App.Views;
using Unknot.Cli.Json;
using Unknot.Progress;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot stats</c>: streaks, weekly totals and what the pain did.</summary>
internal static class StatsCommand
{
    public static Command Create(CliHost host)
    {
        var json = CommonOptions.Json();
        var command = new Command("stats", "Streaks, minutes per week, and how pain changed") { json };
        command.SetAction(parse =>
        {
            using var user = host.OpenUser();
            var stats = Statistics.Compute(user.Store.Progress, host.Time.GetUtcNow(), user.Zone);
            var breaks = BreaksView.From(user.Store, host.Time.GetUtcNow(), user.Zone);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, StatsView.From(stats, breaks));
                return 0;
            }
            Print(host, stats);
            host.Console.MarkupLine(Spectre.Console.Markup.Escape(breaks.Summary));
            if (breaks.ActiveDays.Any(d => d.Minutes > 0))
            {
                host.Console.MarkupLine("[bold]Active time[/]  " + string.Join("  ", breaks.ActiveDays.Select(d => $"{d.Day:ddd} {Unknot.Text.Durations.Elapsed(TimeSpan.FromMinutes(d.Minutes))}")));
            }
            if (host.IsTerminal)
            {
                Charts(host.Console, stats);
            }
            return 0;
        });
        return command;
    }

    internal static void Print(CliHost host, ProgressStats s)
    {
        var c = host.Console;
        c.MarkupLine($"[bold]Streak[/]      {Days(s.CurrentStreak)} now, {Days(s.LongestStreak)} at best (a day counts when a session was finished)");
        c.MarkupLine($"[bold]This week[/]   {Counted.Of(s.SessionsThisWeek, "session")}, {Minutes(s.MinutesThisWeek)}");
        c.MarkupLine($"[bold]Last week[/]   {Counted.Of(s.SessionsLastWeek, "session")}, {Minutes(s.MinutesLastWeek)}");
        c.MarkupLine($"[bold]Pain change[/] {Change(s.AveragePainChange, s.PainSessions)} overall, {Change(s.AveragePainChange30Days, s.PainSessions30Days)} in the last 30 days");
        if (s.Exercises.Count > 0)
        {
            var table = new FittedTable(TableBorder.Rounded).Column("Exercise").Column("Sessions rated").Column("Average pain change");
            foreach (var e in s.Exercises)
            {
                table.Row(Printable.Markup(e.Exercise), e.Sessions.ToString(CultureInfo.InvariantCulture),
                    e.TooFewToTell ? "too few to tell" : Signed(e.AverageChange!.Value));
            }
            table.Write(host);
        }
        c.MarkupLine("[grey]Pain change is after minus before, as you rated it: an observation about your sessions, not medical evidence.[/]");
        if (s.RangeOfMotion is { Count: > 0 } range)
        {
            c.MarkupLine("[bold]Range of motion[/] (camera checks of the neck in the web app; what you measured, not medical evidence)");
            foreach (var trend in range)
            {
                c.MarkupLine($"  {Markup.Escape(trend.Describe())}");
            }
        }
    }

    internal static void Charts(IAnsiConsole c, ProgressStats s)
    {
        var minutes = new BarChart().Label("[bold]Minutes per day, last 14 days[/]").Width(60);
        foreach (var day in s.Last14Days)
        {
            minutes.AddItem(day.Day.ToString("ddd d", CultureInfo.InvariantCulture), Math.Round(day.Minutes, 1), Color.Green);
        }
        c.Write(minutes);
        var recent = s.Pain.TakeLast(10).ToArray();
        if (recent.Length > 0)
        {
            c.MarkupLine("[bold]Pain before → after, last sessions[/]");
            foreach (var p in recent)
            {
                c.MarkupLine($"{p.Day.ToString("ddd d MMM", CultureInfo.InvariantCulture),-11} [red]{new string('█', p.Before),-10}[/] {p.Before,2} → [green]{new string('█', p.After),-10}[/] {p.After,2}");
            }
        }
    }

    private static string Days(int n) => Counted.Of(n, "day");

    private static string Minutes(double m) => $"{m.ToString("0.#", CultureInfo.InvariantCulture)} min";

    private static string Change(double? average, int sessions) =>
        average is null ? "not rated yet" : $"{Signed(average.Value)} ({sessions} rated)";

    private static string Signed(double value) =>
        (value > 0 ? "+" : "") + value.ToString("0.0", CultureInfo.InvariantCulture);
}
