using System.CommandLine;
using Unknot.App.Programmes;
using Unknot.App.Views;
using Unknot.Cli.Json;
using Unknot.Cli.Player;
using Unknot.Planning;
using Unknot.Programmes;
using Unknot.Progress;

namespace Unknot.Cli.Commands;

/// <summary>
/// <c>unknot today</c>: today's session of the programme being followed ("Week 2 · day 3 of 5 — Desk break, 6 min"),
/// or, with none, the routine home suggests for the moment; <c>--start</c> plays it.
/// </summary>
internal static class TodayCommand
{
    public static Command Create(CliHost host)
    {
        var start = new Option<bool>("--start") { Description = "Play it now" };
        var options = new StartCommand.PlayerOptions();
        var before = new Option<string?>("--pain-before") { Description = "Pain right now, 0-10 (asked in a terminal when not given)" };
        var command = new Command("today", "Today's session of your programme (or a routine for the moment); --start plays it") { start, before };
        options.AddTo(command);
        command.SetAction(async (parse, _) =>
        {
            options.Check(parse);
            var painBefore = PainPrompt.FromOption(parse.GetValue(before), "--pain-before");
            using var user = parse.GetValue(start) ? host.OpenUser() : host.OpenUserIfExists();
            var report = ProgrammeFollowing.Current(user);
            if (!parse.GetValue(start))
            {
                if (report is null)
                {
                    var suggestion = Suggest(user);
                    host.Out.WriteLine($"No programme: {Printable.Line(suggestion.Routine.Name)}, about {suggestion.Minutes} min — {Printable.Line(suggestion.Why)}");
                    host.Out.WriteLine("'unknot programs' lists programmes to follow over weeks; 'unknot today --start' plays this.");
                    return 0;
                }
                var view = ProgrammeStatusView.From(report, user.Catalog);
                if (parse.GetValue(options.Json))
                {
                    JsonOutput.Write(host.Out, view);
                }
                else
                {
                    host.Out.WriteLine(Printable.Line(view.Line));
                }
                return 0;
            }
            if (report is null)
            {
                var suggestion = Suggest(user);
                return await StartCommand.Begin(host, user, suggestion.Routine, user.Level, options, parse, painBefore);
            }
            var due = report.Today?.Sessions.FirstOrDefault(s => !s.Done) ?? report.Today?.Sessions.FirstOrDefault()
                ?? throw new CliError($"nothing to play today: {ProgrammeLines.Today(report, user.Catalog)}");
            return await StartCommand.Begin(host, user, due.Routine, report.Current.Dose.Level, options, parse, painBefore);
        });
        return command;
    }

    private static Suggestion Suggest(App.Workspaces.UserContext user)
    {
        var now = TimeZoneInfo.ConvertTime(user.Time.GetUtcNow(), user.Zone);
        var first = !user.Exists || user.Store.Sessions(SessionQuery.Latest(1)).Count == 0;
        return TodaySuggestion.For(now, user.Routines, user.Catalog, user.Level, user.Preferences.Focus, first);
    }
}
