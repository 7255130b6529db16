using System.CommandLine;
using Spectre.Console;
using Unknot.Catalog;
using Unknot.Cli.Json;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Routines;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot plan</c>: the best routine for the minutes, place and body you have.</summary>
internal static class PlanCommand
{
    public static Command Create(CliHost host)
    {
        var options = new PlanOptions();
        var json = CommonOptions.Json();
        var save = new Option<string?>("--save") { Description = "Save the routine under this name in your routines folder, to start it later" };
        var command = new Command("plan", "Plan a routine for the time, place and equipment you have") { json, save };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var library = Library.Load(host);
            var request = options.Read(parse, library.Catalog);
            var name = parse.GetValue(save);
            if (name is not null)
            {
                CheckSaveName(name, library);
            }
            var plan = PlanOptions.PlanOrFail(library, request, name ?? "plan");
            string? saved = null;
            if (name is not null)
            {
                saved = RoutineFile.Save(host.Home, plan.Routine);
            }
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, PlanJson.From(plan, saved));
                return 0;
            }
            Print(host.Console, plan);
            if (saved is not null)
            {
                host.Console.MarkupLine($"Saved as [bold]{Markup.Escape(name!)}[/] in {Markup.Escape(saved)} — play it with 'unknot start {Markup.Escape(name!)}'.");
            }
            return 0;
        });
        return command;
    }

    private static void CheckSaveName(string name, Library library)
    {
        if (!ExerciseId.IsValid(name))
        {
            throw new CliError($"--save needs a kebab-case name such as 'my-desk', got '{name}'");
        }
        if (library.Routines.Find(name) is { Origin: "built-in" })
        {
            throw new CliError($"'{name}' is a built-in routine; choose another name for --save");
        }
    }

    private static void Print(IAnsiConsole console, Plan plan)
    {
        console.MarkupLine($"[bold]{Markup.Escape(plan.Routine.Name)}[/]");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("#", "Exercise", "Dose", "Time", "Why");
        for (var i = 0; i < plan.Picks.Count; i++)
        {
            var pick = plan.Picks[i];
            table.AddRow(
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(pick.Exercise.Name),
                Markup.Escape(DoseDescription.Describe(pick.Exercise.Dose, plan.Request.Level)),
                Durations.Clock(pick.Seconds),
                Markup.Escape(pick.Reason));
        }
        console.Write(table);
        var total = plan.Timeline.TotalSeconds;
        var share = (int)Math.Floor(100.0 * total / plan.Request.BudgetSeconds);
        console.MarkupLine($"Total {Durations.Clock(total)} of {Durations.Clock(plan.Request.BudgetSeconds)} ({share} %), transitions included, at the {Kebab.Of(plan.Request.Level)} level.");
    }
}
