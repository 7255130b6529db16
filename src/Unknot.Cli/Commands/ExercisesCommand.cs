using System.CommandLine;
using Spectre.Console;
using Unknot.Catalog;
using Unknot.Cli.Json;
using Unknot.Dosing;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot exercises</c>: the catalog as a table or JSON, filtered.</summary>
internal static class ExercisesCommand
{
    public static Command Create(CliHost host)
    {
        var target = new Option<string?>("--target") { Description = $"Only exercises for this area: {string.Join(", ", Kebab.All<Target>())}" };
        var equipment = new Option<string?>("--equipment") { Description = $"Only exercises using this (or 'none'): {string.Join(", ", Kebab.All<Equipment>())}" };
        var position = new Option<string?>("--position") { Description = $"Only exercises done in this position: {string.Join(", ", Kebab.All<Position>())}" };
        var json = CommonOptions.Json();
        var command = new Command("exercises", "List the exercises in the catalog") { target, equipment, position, json };
        command.SetAction(parse =>
        {
            var library = Library.Load(host);
            IEnumerable<Exercise> list = library.Catalog.All;
            if (parse.GetValue(target) is { } t)
            {
                var wanted = CommonOptions.ParseWord<Target>(t, "target");
                list = list.Where(e => e.Targets.Contains(wanted));
            }
            if (parse.GetValue(equipment) is { } q)
            {
                if (string.Equals(q, "none", StringComparison.OrdinalIgnoreCase))
                {
                    list = list.Where(e => e.Equipment.Count == 0);
                }
                else
                {
                    var wanted = CommonOptions.ParseWord<Equipment>(q, "equipment");
                    list = list.Where(e => e.Equipment.Contains(wanted));
                }
            }
            if (parse.GetValue(position) is { } p)
            {
                var wanted = CommonOptions.ParseWord<Position>(p, "position");
                list = list.Where(e => e.Positions.Contains(wanted));
            }
            var exercises = list.ToArray();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, exercises.Select(e => ExerciseJson.From(e, Level.Standard)));
                return 0;
            }
            if (exercises.Length == 0)
            {
                host.Out.WriteLine("No exercise matches those filters.");
                return 0;
            }
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn("Id").NoWrap())
                .AddColumns("Name", "Kind", "Position", "Needs", "Targets", "Time");
            foreach (var e in exercises)
            {
                table.AddRow(
                    Markup.Escape(e.Id.Value),
                    Markup.Escape(e.Name),
                    Kebab.Of(e.Kind),
                    string.Join(", ", e.Positions.Select(Kebab.Of)),
                    e.Equipment.Count == 0 ? "nothing" : string.Join(", ", e.Equipment.Select(Kebab.Of)),
                    string.Join(", ", e.Targets.Select(Kebab.Of)),
                    Durations.Clock(e.Dose.WorkSeconds(Level.Standard)));
            }
            host.Console.Write(table);
            host.Console.MarkupLine($"[grey]{exercises.Length} exercises; time is the standard level's work, without switches. 'unknot show ID' for details.[/]");
            return 0;
        });
        return command;
    }
}
