using System.CommandLine;
using Spectre.Console;
using Unknot.App.Views;
using Unknot.Cli.Completion;
using Unknot.Cli.Json;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot timeline ROUTINE</c>: the compiled plan, segment by segment.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliHost host)
    {
        var routine = new Argument<string>("routine") { Description = "A routine id, such as desk-break" }.Offering(() => Choices.Routines(host));
        var level = CommonOptions.Level();
        var json = CommonOptions.Json();
        var command = new Command("timeline", "Show the second-by-second plan of a routine") { routine, level, json };
        command.SetAction(parse =>
        {
            using var user = host.OpenUserIfExists();
            var chosen = user.ChosenLevel(parse.GetValue(level));
            var timeline = TimelineCompiler.Compile(user.Routine(parse.GetValue(routine)!), user.Library.Catalog, chosen);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, TimelineView.From(timeline));
                return 0;
            }
            var table = new FittedTable(TableBorder.Minimal)
                .Column("#", noWrap: true).Column("At", noWrap: true).Column("Length", noWrap: true).Column("Kind", drop: 2).Column("Exercise", drop: 1)
                .Column("Side", noWrap: true).Column("Rep", noWrap: true, drop: 3).Column("Cue");
            foreach (var s in timeline.Segments)
            {
                table.Row(
                    s.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Durations.Clock(s.StartSeconds),
                    $"{s.DurationSeconds} s",
                    Kebab.Of(s.Kind),
                    Printable.Markup(s.ExerciseName),
                    s.Side == Side.None ? "" : Kebab.Of(s.Side),
                    s.Rep is { } rep ? $"{rep}/{s.RepCount}" : "",
                    Printable.Markup(s.Cue));
            }
            table.Write(host);
            host.Console.MarkupLine($"[bold]{Printable.Markup(timeline.RoutineName)}[/] at {Kebab.Of(timeline.Level)}: {Counted.Of(timeline.Segments.Count, "segment")}, {Durations.Clock(timeline.TotalSeconds)} in all.");
            return 0;
        });
        return command;
    }
}
