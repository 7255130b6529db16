using System.CommandLine;
using Spectre.Console;
using Unknot.App.Views;
using Unknot.Cli.Json;
using Unknot.Text;

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
            using var user = host.OpenUserIfExists();
            var library = user.Library;
            var routines = library.Routines.All.Select(r => RoutineView.From(r, library.Catalog)).ToArray();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, routines);
                return 0;
            }
            var table = new FittedTable(TableBorder.Rounded)
                .Column("Id", noWrap: true).Column("Name").Column("Time", noWrap: true).Column("Exercises", drop: 1).Column("About");
            foreach (var r in routines)
            {
                table.Row(
                    Printable.Markup(r.Id),
                    Printable.Markup(r.ReplacesBuiltIn ? $"{r.Name} (yours, replaces the built-in)" : r.Name),
                    Durations.Clock(r.StandardSeconds),
                    r.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Printable.Markup(r.File is { } file ? $"{r.Description} [{file}]" : r.Origin == "saved" ? $"{r.Description} [saved]" : r.Description));
            }
            table.Write(host);
            host.Console.MarkupLine("[grey]Times are at the standard level. 'unknot start ID' plays one; 'unknot timeline ID' shows every second.[/]");
            return 0;
        });
        return command;
    }
}
