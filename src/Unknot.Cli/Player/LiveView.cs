using Spectre.Console;
using Spectre.Console.Rendering;
using Unknot.Catalog;
using Unknot.Figures;
using Unknot.Sessions;
using Unknot.Text;
using Unknot.Timelines;
using Segment = Unknot.Timelines.Segment;

namespace Unknot.Cli.Player;

/// <summary>The full-screen picture of a playing session, drawn from the engine's state alone.</summary>
internal static class LiveView
{
    private const int BarWidth = 40;

    /// <summary>Below this many rows or columns the view drops the big digits and the key help, keeping what matters.</summary>
    public const int RoomyHeight = 26, RoomyWidth = 70;

    /// <summary>
    /// The view for a terminal of <paramref name="width"/> × <paramref name="height"/>: the exercise, what to do,
    /// the time left and the cue come first, so however small the terminal, they are what it shows.
    /// </summary>
    public static IRenderable Render(SessionEngine engine, ExerciseCatalog catalog, int width = 120, int height = 40)
    {
        var roomy = height >= RoomyHeight && width >= RoomyWidth;
        var barWidth = Math.Clamp(width - 30, 10, BarWidth);
        var timeline = engine.Timeline;
        var position = engine.Position;
        var index = timeline.IndexAt(position);
        var segment = timeline.Segments[index];
        var left = segment.End - position;
        var (first, last) = timeline.ItemSpan(index);
        var exerciseStart = timeline.Segments[first].Start;
        var exerciseLength = timeline.Segments[last].End - exerciseStart;
        var items = timeline.Segments[^1].Item + 1;
        var exercise = catalog.Find(segment.Exercise.Value);
        var paused = engine.State == SessionState.Paused;

        var what = new List<string> { Kebab.Of(segment.Kind).ToUpperInvariant() };
        if (segment.Side != Side.None)
        {
            what.Add(segment.Kind == SegmentKind.Switch ? "to the right side" : $"{Kebab.Of(segment.Side)} side");
        }
        if (segment.Rep is { } rep)
        {
            what.Add($"rep {rep} of {segment.RepCount}");
        }
        if (segment.Phase is { } phase)
        {
            what.Add(phase);
        }

        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{Printable.Markup(segment.ExerciseName)}[/]  [grey]exercise {segment.Item + 1} of {items}[/]"),
            new Markup($"[aqua]{Printable.Markup(string.Join(" · ", what))}[/]" + (paused ? "   [black on yellow] PAUSED [/]" : "")),
            roomy
                ? new FigletText(Durations.Clock(left)).Color(paused ? Color.Yellow : left.TotalSeconds <= 3 ? Color.Orange1 : Color.Green)
                : new Markup($"[bold {(paused ? "yellow" : left.TotalSeconds <= 3 ? "orange1" : "green")}]{Durations.Clock(left)} left[/]"),
            new Markup($"[bold]{Printable.Markup(segment.Cue)}[/]"),
        };
        if (segment.Caution is { } caution)
        {
            rows.Add(new Markup($"[yellow]Careful:[/] {Printable.Markup(caution)}"));
        }
        if (roomy)
        {
            rows.Add(Spectre.Console.Text.Empty);
        }
        rows.Add(new Markup($"Exercise {Bar((position - exerciseStart) / exerciseLength, barWidth)} {Durations.Elapsed(position - exerciseStart)} / {Durations.Clock(exerciseLength)}"));
        rows.Add(new Markup($"Routine  {Bar(position / timeline.Total, barWidth)} {Durations.Elapsed(position)} / {Durations.Clock(timeline.Total)}"));
        if (roomy)
        {
            rows.Add(Spectre.Console.Text.Empty);
        }
        rows.Add(new Markup(index + 1 < timeline.Segments.Count
            ? $"[grey]Next:[/] {Printable.Markup(Describe(timeline.Segments[index + 1]))}"
            : "[grey]Next:[/] done — well done."));
        if (roomy)
        {
            rows.Add(Spectre.Console.Text.Empty);
            rows.Add(new Markup("[grey]space pause/resume · n or → skip · b or ← back · q stop — not medical advice: if pain grows, skip or stop[/]"));
        }
        else if (height >= 14)
        {
            rows.Add(new Markup("[grey]space pause · n skip · b back · q stop[/]"));
        }

        var figure = Figure(engine, catalog, width, height);
        IRenderable content = new Rows(rows);
        if (figure is not null)
        {
            var grid = new Grid().AddColumn().AddColumn(new GridColumn().NoWrap().PadLeft(2));
            grid.AddRow(content, new Spectre.Console.Text(string.Join('\n', figure), new Style(Color.Aqua)));
            content = grid;
        }
        return new Panel(content)
            .Header($" Unknot · {Printable.Markup(timeline.RoutineName)} · {Kebab.Of(timeline.Level)} ")
            .Border(BoxBorder.Rounded)
            .Expand();
    }

    /// <summary>Rows the figure takes at most, and the least room the text beside it needs.</summary>
    public const int FigureRows = 14, TextWidth = 64;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Timeline, IReadOnlyList<SegmentMotion?>> Plans = new();

    /// <summary>
    /// The figure of the current segment in braille, in the pose the clock has reached, or null when the exercise has
    /// none or the terminal has no room for it beside the text.
    /// </summary>
    private static IReadOnlyList<string>? Figure(SessionEngine engine, ExerciseCatalog catalog, int width, int height)
    {
        var timeline = engine.Timeline;
        var index = timeline.IndexAt(engine.Position);
        var motion = Plans.GetValue(timeline, t => FigureMotion.Plan(t, catalog))[index];
        var rows = Math.Min(FigureRows, height - 10);
        if (motion is null || catalog.Find(motion.Exercise.Value)?.Figure is not { } figure || rows < 8)
        {
            return null;
        }
        var pose = motion.At(figure, (engine.Position - timeline.Segments[index].Start).TotalSeconds);
        var sketch = FigureDrawing.Of(figure).Draw(pose, motion.Path[^1].Side);
        return width - FigureBraille.ColumnsFor(sketch, rows) - 6 >= TextWidth ? FigureBraille.Render(sketch, rows) : null;
    }

    private static string Describe(Segment next)
    {
        var side = next.Side != Side.None && next.Kind != SegmentKind.Switch ? $" ({Kebab.Of(next.Side)})" : "";
        // A transition's cue already reads "Next: …"; what comes is the move to the next exercise.
        return next.Kind switch
        {
            SegmentKind.Transition => $"move on to {next.ExerciseName} ({next.DurationSeconds} s)",
            SegmentKind.Switch or SegmentKind.Rest => next.Cue,
            _ => $"{next.ExerciseName}{side}, {next.DurationSeconds} s — {next.Cue}",
        };
    }

    private static string Bar(double fraction, int width)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width);
        return $"[green]{new string('█', filled)}[/][grey]{new string('░', width - filled)}[/]";
    }
}
