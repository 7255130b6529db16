using System.CommandLine;
using Spectre.Console;
using Unknot.App.Views;
using Unknot.Cli.Completion;
using Unknot.Cli.Json;
using Unknot.Dosing;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot show ID</c>: one exercise with its steps, dose per level, cues, cautions and sources.</summary>
internal static class ShowCommand
{
    public static Command Create(CliHost host)
    {
        var id = new Argument<string>("id") { Description = "An exercise id or alias, such as lateral-neck-stretch" }
            .Offering(() => Choices.Exercises(host));
        var level = new Option<string?>("--level", "-l") { Description = "Show the dose at one level only: gentle, standard or deep" }
            .Offering(Kebab.All<Level>);
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one exercise in full") { id, level, json };
        command.SetAction(parse =>
        {
            using var user = host.OpenUserIfExists();
            var only = parse.GetValue(level) is { } text ? user.ChosenLevel(text) : (Level?)null;
            var exercise = user.Exercise(parse.GetValue(id)!);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, ExerciseView.From(exercise, only ?? user.Preferences.Level));
                return 0;
            }
            var c = host.Console;
            c.MarkupLine($"[bold]{Printable.Markup(exercise.Name)}[/] [grey]({Printable.Markup(exercise.Id.Value)})[/]");
            c.MarkupLine(Printable.Markup(exercise.Summary));
            c.WriteLine();
            c.MarkupLine($"[grey]Kind:[/]      {Kebab.Of(exercise.Kind)}");
            c.MarkupLine($"[grey]Position:[/]  {string.Join(", ", exercise.Positions.Select(Kebab.Of))}");
            c.MarkupLine($"[grey]Needs:[/]     {(exercise.Equipment.Count == 0 ? "nothing" : string.Join(", ", exercise.Equipment.Select(Kebab.Of)))}");
            c.MarkupLine($"[grey]Targets:[/]   {string.Join(", ", exercise.Targets.Select(Kebab.Of))}");
            c.MarkupLine($"[grey]Suits:[/]     {string.Join(", ", exercise.Contexts.Select(Kebab.Of))}");
            Section(c, "Get into position", exercise.Setup, numbered: true);

            c.WriteLine();
            c.MarkupLine("[bold]Dose[/]");
            foreach (var block in exercise.Dose.Blocks)
            {
                c.MarkupLine($"  as written: {Printable.Markup(DoseDescription.Range(block))}");
            }
            foreach (var l in only is { } single ? [single] : Enum.GetValues<Level>())
            {
                c.MarkupLine($"  [grey]{Kebab.Of(l),-9}[/] {Printable.Markup(DoseDescription.Describe(exercise.Dose, l))}  [grey]({Durations.Clock(exercise.Dose.WorkSeconds(l))})[/]");
            }
            foreach (var choice in exercise.Dose.ChoicesToShow)
            {
                c.MarkupLine($"  [yellow]Unknot's choice:[/] {Printable.Markup(choice)}");
            }
            Section(c, "What to do", DoseDescription.Instructions(exercise.Dose), numbered: false);
            Section(c, "Cues", exercise.Cues, numbered: false);
            Section(c, "Cautions", exercise.Cautions, numbered: false);
            c.WriteLine();
            c.MarkupLine("[bold]Sources[/]");
            foreach (var s in exercise.Sources)
            {
                c.MarkupLine($"  {Printable.Markup(s.Expert)} — \"{Printable.Markup(s.Article)}\" ({Printable.Markup(s.Author)})");
                c.MarkupLine($"    [grey]{Printable.Markup(s.Said)}[/]");
            }
            if (exercise.Origin != "built-in")
            {
                c.MarkupLine($"[grey]From your file {Printable.Markup(exercise.Origin)}.[/]");
            }
            return 0;
        });
        return command;
    }

    private static void Section(IAnsiConsole c, string title, IReadOnlyList<string> lines, bool numbered)
    {
        if (lines.Count == 0)
        {
            return;
        }
        c.WriteLine();
        c.MarkupLine($"[bold]{title}[/]");
        for (var i = 0; i < lines.Count; i++)
        {
            c.MarkupLine($"  {(numbered ? $"{i + 1}." : "-")} {Printable.Markup(lines[i])}");
        }
    }
}
