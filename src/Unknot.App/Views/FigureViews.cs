using Unknot.Catalog;
using Unknot.Figures;
using Unknot.Timelines;

namespace Unknot.App.Views;

/// <summary>An exercise's figure as <c>unknot show --json</c> and <c>/api/exercises/{id}</c> give it: views, props and key poses.</summary>
/// <param name="Views">The viewpoints drawn side by side.</param>
/// <param name="Props">What is drawn with the figure.</param>
/// <param name="Stance">The posture the poses start from.</param>
/// <param name="Poses">The start, then the end of each phase.</param>
public sealed record FigureView(IReadOnlyList<Viewpoint> Views, IReadOnlyList<Prop> Props, Stance Stance, IReadOnlyList<KeyPoseView> Poses)
{
    /// <summary>The view of <paramref name="e"/>'s figure, or null when it has none.</summary>
    public static FigureView? From(Exercise e) => e.Figure is not { } f ? null : new(f.Views, f.Props, f.Stance,
        f.Poses.Select((p, i) => new KeyPoseView(i, p.Label, p.PerSide, FigureText.Describe(e, i, Side.Left), p.Pose.Angles,
            FigureText.PictureUrl(e, i, Side.Left))).ToArray());
}

/// <summary>One key pose: every angle that is not zero (the left side for per-side poses; the right mirrors it).</summary>
/// <param name="Index">Its number, for <c>figure.svg?pose=</c>.</param>
/// <param name="Label">"start" or the phase it ends.</param>
/// <param name="PerSide">True when a right-side version is drawn by mirroring.</param>
/// <param name="Description">What the figure shows, in words: its text alternative.</param>
/// <param name="Angles">Angle name to degrees.</param>
/// <param name="Picture">Where the web app draws it as SVG.</param>
public sealed record KeyPoseView(int Index, string Label, bool PerSide, string Description, IReadOnlyDictionary<string, double> Angles, string Picture);

/// <summary>The words that go with a figure: each key pose's text alternative, and where its picture is.</summary>
public static class FigureText
{
    /// <summary>What key pose <paramref name="index"/> on <paramref name="side"/> shows: the setup for the start, else the phase's cue.</summary>
    public static string Describe(Exercise e, int index, Side side)
    {
        var figure = e.Figure!;
        var key = figure.Poses[index];
        if (key.Block is not { } block || key.Phase is not { } phase)
        {
            return $"{e.Name}, starting position: {string.Join(" ", e.Setup)}";
        }
        var cue = TimelineCompiler.Fill(e.Dose.Blocks[block].Phases[phase].Cue, key.PerSide ? side : Side.None);
        return $"{e.Name}, {(key.Label == "hold" ? "the hold" : key.Label)}{(key.PerSide ? $" ({(side == Side.Right ? "right" : "left")} side)" : "")}: {cue}";
    }

    /// <summary>The web app's address of the SVG of a key pose.</summary>
    public static string PictureUrl(Exercise e, int index, Side side) =>
        $"/api/exercises/{e.Id}/figure.svg?pose={index}" + (side == Side.Right ? "&side=right" : "");

    /// <summary>The web app's address of the user's own picture of an exercise, or null.</summary>
    public static string? ImageUrl(Exercise e) => e.Image is null ? null : $"/api/exercises/{e.Id}/image";
}

/// <summary>
/// What wwwroot/js/figure.js animates: the figure's items and how its points hang together, and the sketch of every
/// pose it may pass through, by <see cref="PoseRef"/> (<c>0:left</c>). The page holds the SVG drawn from the first
/// frame; the script moves its elements from frame to frame.
/// </summary>
/// <param name="Box">The view box every frame shares.</param>
/// <param name="Parents">For each point, the point it hangs from, or -1.</param>
/// <param name="Items">What is drawn, in a fixed order the frames refer to.</param>
/// <param name="Frames">The poses, by reference.</param>
/// <param name="Descriptions">Each pose's text alternative, by reference.</param>
/// <param name="Keys">The poses in the order they were asked for (for an exercise page: its key poses, start first).</param>
public sealed record FigureAnimationView(IReadOnlyList<double> Box, IReadOnlyList<int> Parents, IReadOnlyList<FigureItemView> Items,
    IReadOnlyDictionary<string, FigureFrameView> Frames, IReadOnlyDictionary<string, string> Descriptions, IReadOnlyList<string> Keys)
{
    /// <summary>The animation data of <paramref name="e"/> for the poses <paramref name="poses"/> (all key poses when null); null without a figure.</summary>
    public static FigureAnimationView? For(Exercise e, IEnumerable<PoseRef>? poses = null) => e.Figure is not { } figure ? null
        : For(figure, poses ?? AllKeys(figure), pose => pose.Index < 0 ? $"{e.Name}: getting into position" : FigureText.Describe(e, pose.Index, pose.Side));

    /// <summary>The animation data of <paramref name="figure"/> for <paramref name="poses"/>, each described by <paramref name="describe"/>.</summary>
    public static FigureAnimationView For(Figure figure, IEnumerable<PoseRef> poses, Func<PoseRef, string> describe)
    {
        var drawing = FigureDrawing.Of(figure);
        var refs = poses.Distinct().ToArray();
        var first = drawing.Key(0, Side.Left);
        var ids = first.Items.Select(i => i.Id).ToArray();
        var frames = new Dictionary<string, FigureFrameView>(StringComparer.Ordinal);
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pose in refs)
        {
            var sketch = drawing.Draw(pose.Of(figure), pose.Side);
            var byId = sketch.Items.ToDictionary(i => i.Id);
            frames[pose.ToString()] = new FigureFrameView(sketch.Points,
                sketch.Items.Select(i => Array.IndexOf(ids, i.Id)).ToArray(),
                ids.Select(id => byId[id].Tone).ToArray(),
                ids.Select(id => byId[id].Size).ToArray());
            descriptions[pose.ToString()] = describe(pose);
        }
        return new FigureAnimationView(first.ViewBox, first.Parents, first.Items.Select(i => new FigureItemView(i.Id, i.Shape, i.Points)).ToArray(),
            frames, descriptions, refs.Select(r => r.ToString()).ToArray());
    }

    /// <summary>The SVG the page holds for the animation: its first pose, drawn inline.</summary>
    public static string Svg(Exercise e, PoseRef pose, string? cssClass = null)
    {
        var figure = e.Figure!;
        var label = pose.Index < 0 ? $"{e.Name}: getting into position" : FigureText.Describe(e, pose.Index, pose.Side);
        return FigureSvg.Write(FigureDrawing.Of(figure).Draw(pose.Of(figure), pose.Side), label, standalone: false, cssClass);
    }

    /// <summary>Every key pose of a figure, the right side of per-side ones too.</summary>
    public static IEnumerable<PoseRef> AllKeys(Figure figure) => figure.Poses.SelectMany((p, i) =>
        p.PerSide ? new[] { new PoseRef(i, Side.Left), new PoseRef(i, Side.Right) } : [new PoseRef(i, Side.Left)]);
}

/// <summary>One drawn item: its id, its shape and the points it joins.</summary>
public sealed record FigureItemView(string Id, Shape Shape, IReadOnlyList<int> Points);

/// <summary>One pose of the animation: the points, the items from back to front, and each item's tone and size.</summary>
public sealed record FigureFrameView(IReadOnlyList<IReadOnlyList<double>> Points, IReadOnlyList<int> Order, IReadOnlyList<Tone> Tones, IReadOnlyList<double> Sizes);

/// <summary>What the figure does in one segment of the player: the poses it passes along, and when it moves.</summary>
public sealed record SegmentMotionView(string Exercise, IReadOnlyList<string> Path, double MoveFrom, double MoveTo)
{
    /// <summary>The view of a motion.</summary>
    public static SegmentMotionView Of(SegmentMotion m) => new(m.Exercise.Value, m.Path.Select(p => p.ToString()).ToArray(), m.MoveFrom, m.MoveTo);
}
