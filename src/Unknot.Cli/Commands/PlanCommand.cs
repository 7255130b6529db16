using System.CommandLine;
using Spectre.Console;
using Unknot.Catalog;
using Unknot.App.Views;
using Unknot.App.Workspaces;
using Unknot.Cli.Json;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot plan</c>: the best routine for the minutes, place and body you have.</summary>
internal static class PlanCommand
{
    public static Command Create(CliHost host)
    {
        var options = new PlanOptions(host);
        var json = CommonOptions.Json();
        var save = new Option<string?>("--save") { Description = "Save the routine under this id with your routines, to start it later" };
        var force = new Option<bool>("--force") { Description = "With --save: replace your routine of that id" };
        var command = new Command("plan", "Plan a routine for the time, place and equipment you have") { json, save, force };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var name = parse.GetValue(save);
            if (name is not null && !ExerciseId.IsValid(name))
            {
                throw new CliError($"--save: must be a kebab-case id such as 'my-desk', got '{name}'");
            }
            using var user = name is null ? host.OpenUserIfExists() : host.OpenUser();
            var library = user.Library;
            var request = options.Read(parse, library.Catalog, user.Preferences);
            var plan = PlanOptions.PlanOrFail(library, request, name ?? "plan");
            if (name is not null)
            {
                var outcome = RoutineSaving.Save(user.Store, library, plan.Routine, parse.GetValue(force));
                if (RoutineSaving.Refusal(outcome, name, library, "add --force to replace it") is { } refusal)
                {
                    throw new CliError($"--save: {refusal}");
                }
            }
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, PlanView.From(plan, library.Catalog, name));
                return 0;
            }
            Print(host, plan);
            if (name is not null)
            {
                host.Console.MarkupLine($"Saved as [bold]{Printable.Markup(name)}[/] with your routines — play it with 'unknot start {Printable.Markup(name)}'.");
            }
            return 0;
        });
        return command;
    }

    private static void Print(CliHost host, Plan plan)
    {
        var console = host.Console;
        console.MarkupLine($"[bold]{Printable.Markup(plan.Routine.Name)}[/]");
        var table = new FittedTable(TableBorder.Rounded)
            .Column("#", noWrap: true).Column("Exercise").Column("Dose").Column("Time", noWrap: true).Column("Why", drop: 1);
        for (var i = 0; i < plan.Picks.Count; i++)
        {
            var pick = plan.Picks[i];
            table.Row(
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Printable.Markup(pick.Exercise.Name),
                Printable.Markup(DoseDescription.Describe(pick.Exercise.Dose, plan.Request.Level)),
                Durations.Clock(pick.Seconds),
                Printable.Markup(pick.Reason));
        }
        table.Write(host);
        var total = plan.Timeline.TotalSeconds;
        var sets = plan.Request.Sets > 1 ? $", {plan.Request.Sets} sets of each" : "";
        console.MarkupLine($"Total {Durations.Clock(total)} of {Durations.Clock(plan.Request.BudgetSeconds)} ({plan.Share} %), transitions included, at the {Kebab.Of(plan.Request.Level)} level{sets}.");
        if (PlanOptions.Shortfall(plan) is { } shortfall)
        {
            console.WriteLine(shortfall);
        }
    }
}
