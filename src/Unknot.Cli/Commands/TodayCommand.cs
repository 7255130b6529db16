using System.CommandLine;
using Unknot.App.Programmes;
using Unknot.App.Views;
using Unknot.Cli.Json;
using Unknot.Cli.Player;

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
                var today = TodayView.From(user, report);
                if (parse.GetValue(options.Json))
                {
                    JsonOutput.Write(host.Out, today);
                    return 0;
                }
                host.Out.WriteLine(Printable.Line(today.Line));
                if (report is null)
                {
                    host.Out.WriteLine("'unknot programs' lists programmes to follow over weeks; 'unknot today --start' plays this.");
                }
                return 0;
            }
            if (report is null)
            {
                return await StartCommand.Begin(host, user, ProgrammeFollowing.Suggestion(user).Routine, user.Level, options, parse, painBefore);
            }
            var routine = ProgrammeFollowing.Due(report) is { } due ? ProgrammeFollowing.Playable(due, user.Catalog) : null;
            return routine is null
                ? throw new CliError(ProgrammeFollowing.NothingToPlay(report, user.Catalog))
                : await StartCommand.Begin(host, user, routine, report.Current.Dose.Level, options, parse, painBefore);
        });
        return command;
    }
}
