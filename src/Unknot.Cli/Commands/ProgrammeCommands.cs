using System.CommandLine;
using Spectre.Console;
using Unknot.App.Calendar;
using Unknot.App.Programmes;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.Cli.Completion;
using Unknot.Cli.Json;
using Unknot.Files;
using Unknot.Programmes;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot programs</c> and <c>unknot program start|status|pause|resume|stop|plan|ics</c>: programmes over weeks.</summary>
internal static class ProgrammeCommands
{
    public static Command CreateList(CliHost host)
    {
        var json = CommonOptions.Json();
        var command = new Command("programs", "List the programmes you can follow over weeks") { json };
        command.SetAction(parse =>
        {
            using var user = host.OpenUserIfExists();
            var programmes = user.Library.Programmes.All.Select(ProgrammeView.From).ToArray();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, programmes);
                return 0;
            }
            var table = new FittedTable(TableBorder.Rounded)
                .Column("Id", noWrap: true).Column("Name").Column("Weeks", noWrap: true).Column("A week", drop: 1).Column("About");
            foreach (var p in programmes)
            {
                table.Row(Printable.Markup(p.Id), Printable.Markup(p.Name), p.Weeks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{p.Start.SessionsPerWeek} → {p.Final.SessionsPerWeek}", Printable.Markup(p.File is { } file ? $"{p.Description} [{file}]" : p.Description));
            }
            table.Write(host);
            host.Console.MarkupLine("[grey]'unknot program start ID' starts one; 'unknot program plan' makes one for your minutes, place and days.[/]");
            return 0;
        });
        return command;
    }

    public static Command Create(CliHost host)
    {
        var command = new Command("program", "Follow a programme over weeks: start, status, pause, resume, stop, plan, ics");
        command.Subcommands.Add(Start(host));
        command.Subcommands.Add(Status(host));
        command.Subcommands.Add(Change(host, "pause", "Pause the programme (a holiday, an illness); resume goes on where it was", ProgrammeFollowing.Pause));
        command.Subcommands.Add(Change(host, "resume", "Go on with a paused programme where it was", ProgrammeFollowing.Resume));
        command.Subcommands.Add(Change(host, "stop", "Stop the programme; it stays in your history", ProgrammeFollowing.Stop));
        command.Subcommands.Add(Plan(host));
        command.Subcommands.Add(History(host));
        command.Subcommands.Add(Calendar(host));
        return command;
    }

    private static Command Start(CliHost host)
    {
        var id = new Argument<string>("program") { Description = "A programme id, such as desk-worker-4-weeks ('unknot programs' lists them)" }
            .Offering(() => Choices.Programmes(host));
        var json = CommonOptions.Json();
        var command = new Command("start", "Start a programme today (the one before is stopped and stays in your history)") { id, json };
        command.SetAction(parse =>
        {
            using var user = host.OpenUser();
            return Answer(host, user, ProgrammeFollowing.Start(user, parse.GetValue(id)!), parse.GetValue(json));
        });
        return command;
    }

    private static Command Status(CliHost host)
    {
        var json = CommonOptions.Json();
        var command = new Command("status", "Where your programme stands: today, each week planned against done, and why each dose") { json };
        command.SetAction(parse =>
        {
            using var user = host.OpenUserIfExists();
            var report = ProgrammeFollowing.Current(user) ?? throw new CliError(ProgrammeFollowing.NoneCurrentInTerminal);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, ProgrammeStatusView.From(report, user.Catalog));
                return 0;
            }
            ProgrammePrinting.Status(host, ProgrammeStatusView.From(report, user.Catalog));
            return 0;
        });
        return command;
    }

    private static Command Change(CliHost host, string name, string description, Func<App.Workspaces.UserContext, ProgrammeChange> change)
    {
        var json = CommonOptions.Json();
        var command = new Command(name, description) { json };
        command.SetAction(parse =>
        {
            using var user = host.OpenUser();
            return Answer(host, user, change(user), parse.GetValue(json));
        });
        return command;
    }

    private static Command Plan(CliHost host)
    {
        var options = new PlanOptions(host);
        var weeks = new Option<string?>("--weeks") { Description = $"How many weeks (1-{Programme.MaxWeeks}, default {ProgrammePlanReader.DefaultWeeks})" };
        var days = new Option<string?>("--days") { Description = "Days of the week: mon-fri (default), mon,wed,fri, daily…" };
        var start = new Option<bool>("--start") { Description = "Start it today" };
        var json = CommonOptions.Json();
        var command = new Command("plan", "Make a programme for your minutes, place, focus, days and weeks (--start starts it)") { weeks, days, start, json };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            using var user = parse.GetValue(start) ? host.OpenUser() : host.OpenUserIfExists();
            var fields = options.Fields(parse, null, [weeks, days]);
            var request = CliError.ValueOf(ProgrammePlanReader.Read(fields, user.Catalog, user.Preferences));
            var (programme, failure) = ProgrammePlanner.Plan(user.Catalog, request.Plan, request.Weeks, request.Days);
            if (programme is null)
            {
                throw new CliError(PlanOptions.Explain(failure!));
            }
            if (parse.GetValue(start))
            {
                return Answer(host, user, ProgrammeFollowing.Start(user, programme), parse.GetValue(json));
            }
            var view = ProgrammeView.From(programme);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, view);
                return 0;
            }
            ProgrammePrinting.Programme(host, view);
            host.Console.MarkupLine("[grey]Add --start to start it today.[/]");
            return 0;
        });
        return command;
    }

    private static Command History(CliHost host)
    {
        var json = CommonOptions.Json();
        var command = new Command("history", "The programmes you followed before: from when to when, how each ended, sessions done") { json };
        command.SetAction(parse =>
        {
            using var user = host.OpenUserIfExists();
            var past = ProgrammeFollowing.Past(user).Select(ProgrammeEnrolmentView.From).ToArray();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, past);
                return 0;
            }
            if (past.Length == 0)
            {
                host.Out.WriteLine("No programme followed before.");
                return 0;
            }
            ProgrammePrinting.History(host, past);
            return 0;
        });
        return command;
    }

    private static Command Calendar(CliHost host)
    {
        var file = new Argument<string?>("file") { Description = "Write the calendar to this file (default: print it)", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Replace the file when it exists" };
        var command = new Command("ics", "The programme's days still to come as an iCalendar file") { file, force };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file) is { } given ? OutputFile.Check(given, parse.GetValue(force), "FILE", "unknot-program.ics") : null;
            using var user = host.OpenUserIfExists();
            var report = ProgrammeFollowing.Current(user) ?? throw new CliError(ProgrammeFollowing.NoneCurrentInTerminal);
            var calendar = ProgrammeCalendar.Write(report, user.Catalog, host.Time.GetUtcNow());
            if (path is null)
            {
                host.Out.Write(calendar);
                return 0;
            }
            LocalFile.Replace(path, stream =>
            {
                stream.Write(System.Text.Encoding.UTF8.GetBytes(calendar));
                return true;
            });
            host.Out.WriteLine($"Wrote the days of {Printable.Line(report.Enrolment.Programme.Name)} to {path}; open it with your calendar to add them.");
            return 0;
        });
        return command;
    }

    /// <summary>Prints what a change did, or fails with its refusal (exit code 2).</summary>
    private static int Answer(CliHost host, App.Workspaces.UserContext user, ProgrammeChange change, bool json)
    {
        if (change.Report is not { } report)
        {
            throw new CliError(change.Message);
        }
        var view = ProgrammeStatusView.From(report, user.Catalog);
        if (json)
        {
            JsonOutput.Write(host.Out, new ProgrammeChangeView(change.Message, view));
            return 0;
        }
        host.Out.WriteLine(Printable.Line(change.Message));
        host.Out.WriteLine(Printable.Line(view.Line));
        return 0;
    }
}
