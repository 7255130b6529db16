using System.CommandLine;
using Spectre.Console;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.Catalog;
using Unknot.Cli.Completion;
using Unknot.Cli.Json;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot exercises</c>: the catalog as a table or JSON, filtered.</summary>
internal static class ExercisesCommand
{
    public static Command Create(CliHost host)
    {
        var target = new Option<string?>("--target") { Description = $"Only exercises for this area: {string.Join(", ", Kebab.All<Target>())}" }.Offering(Kebab.All<Target>);
        var equipment = new Option<string?>("--equipment") { Description = $"Only exercises using this (or '{PlanRequestReader.NoEquipment}'): {string.Join(", ", Kebab.All<Equipment>())}" }
            .Offering(() => Kebab.All<Equipment>().Append(PlanRequestReader.NoEquipment));
        var position = new Option<string?>("--position") { Description = $"Only exercises done in this position: {string.Join(", ", Kebab.All<Position>())}" }.Offering(Kebab.All<Position>);
        var kind = new Option<string?>("--kind") { Description = $"Only exercises of this kind: {string.Join(", ", Kebab.All<ExerciseKind>())}" }.Offering(Kebab.All<ExerciseKind>);
        var json = CommonOptions.Json();
        var command = new Command("exercises", "List the exercises in the catalog") { target, equipment, position, kind, json };
        command.SetAction(parse =>
        {
            var filter = CliError.ValueOf(ExerciseFilter.Read(Options.Fields(parse, target, equipment, position, kind)));
            using var user = host.OpenUserIfExists();
            var exercises = filter.Apply(user.Library.Catalog);
            var level = user.Preferences.Level;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, exercises.Select(e => ExerciseView.From(e, level)).ToArray());
                return 0;
            }
            if (exercises.Count == 0)
            {
                host.Out.WriteLine("No exercise matches those filters.");
                return 0;
            }
            var table = new FittedTable(TableBorder.Rounded)
                .Column("Id", noWrap: true).Column("Name").Column("Kind", drop: 3).Column("Position", drop: 2).Column("Needs", drop: 4)
                .Column("Targets", drop: 1).Column("Time", noWrap: true);
            foreach (var e in exercises)
            {
                table.Row(
                    Printable.Markup(e.Id.Value),
                    Printable.Markup(e.ReplacesBuiltIn ? $"{e.Name} (yours, replaces the built-in)" : e.Name),
                    Kebab.Of(e.Kind),
                    string.Join(", ", e.Positions.Select(Kebab.Of)),
                    e.Equipment.Count == 0 ? "nothing" : string.Join(", ", e.Equipment.Select(Kebab.Of)),
                    string.Join(", ", e.Targets.Select(Kebab.Of)),
                    Durations.Clock(e.Dose.WorkSeconds(level)));
            }
            table.Write(host);
            host.Console.MarkupLine($"[grey]{Counted.Of(exercises.Count, "exercise")}; time is the {Kebab.Of(level)} level's work, without switches. 'unknot show ID' for details.[/]");
            return 0;
        });
        return command;
    }
}
