using System.CommandLine;
using Spectre.Console;
using Unknot.Cli.Json;
using Unknot.Dosing;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot routines</c>: the built-in routines and the user's own.</summary>
internal static class RoutinesCommand
{
    public static Command Create(CliHost host)
    {
        var json = CommonOptions.Json();
        var command = new Command("routines", "List the routines you can start") { json };
        command.SetAction(parse =>
        {
            var library = Library.Load(host);
            var routines = library.Routines.All.Select(r => new RoutineJson(
                r.Id, r.Name, r.Description, r.Items.Select(i => i.Exercise.Value).ToArray(),
                TimelineCompiler.Compile(r, library.Catalog, Level.Standard).TotalSeconds, r.Origin)).ToArray();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, routines);
                return 0;
            }
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn("Id").NoWrap())
                .AddColumns("Name", "Time", "Exercises", "About");
            foreach (var r in routines)
            {
                table.AddRow(
                    Markup.Escape(r.Id),
                    Markup.Escape(r.Name),
                    Durations.Clock(r.StandardSeconds),
                    r.Exercises.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(r.Origin == "built-in" ? r.Description : $"{r.Description} [{r.Origin}]"));
            }
            host.Console.Write(table);
            host.Console.MarkupLine("[grey]Times are at the standard level. 'unknot start ID' plays one; 'unknot timeline ID' shows every second.[/]");
            return 0;
        });
        return command;
    }
}
