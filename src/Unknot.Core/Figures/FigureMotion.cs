using Unknot.Catalog;
using Unknot.Timelines;

namespace Unknot.Figures;

/// <summary>One of a figure's poses: a key pose (-1 for the stance it starts from) on a side.</summary>
/// <param name="Index">The key pose: 0 the start, then the end of each phase; -1 the stance.</param>
/// <param name="Side">Left (also for poses without a side) or right, the mirror.</param>
public readonly record struct PoseRef(int Index, Side Side)
{
    /// <summary>The stance, where the figure comes from when it gets into position.</summary>
    public static PoseRef Stance => new(-1, Side.Left);

    /// <summary>The pose itself.</summary>
    public Pose Of(Figure figure) => Index < 0 ? figure.StancePose : figure.At(Index, Side);

    /// <summary>As the player's data names it: <c>0:left</c>, <c>-1:left</c>.</summary>
    public override string ToString() => $"{Index}:{(Side == Side.Right ? "right" : "left")}";
}

/// <summary>
/// What the figure does during one segment: it passes along <paramref name="Path"/> (from the pose it is in to the
/// pose it ends in) between <paramref name="MoveFrom"/> and <paramref name="MoveTo"/> seconds into the segment,
/// and stands still before and after. A path of one pose is a still figure.
/// </summary>
public sealed record SegmentMotion(ExerciseId Exercise, IReadOnlyList<PoseRef> Path, double MoveFrom, double MoveTo)
{
    /// <summary>The pose at <paramref name="seconds"/> into the segment: eased along the path, the same rule figure.js applies.</summary>
    public Pose At(Figure figure, double seconds)
    {
        if (Path.Count == 1 || seconds <= MoveFrom)
        {
            return Path[0].Of(figure);
        }
        if (seconds >= MoveTo)
        {
            return Path[^1].Of(figure);
        }
        var share = Ease((seconds - MoveFrom) / (MoveTo - MoveFrom)) * (Path.Count - 1);
        var step = Math.Min((int)share, Path.Count - 2);
        return Pose.Between(Path[step].Of(figure), Path[step + 1].Of(figure), share - step);
    }

    /// <summary>Slow at both ends, like a body moving: 0 → 0, 1 → 1.</summary>
    public static double Ease(double t) => t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);
}

/// <summary>
/// How the figure follows a timeline, segment by segment. It gets into position during the prepare or transition
/// before an exercise (from its stance to the start, and into the first hold); moves through each dynamic phase for
/// the phase's whole length, so at its tempo; takes at most two seconds to settle into a hold and then stays still;
/// and at a switch changes to the other side by way of the start. Pure: the same timeline gives the same motions.
/// </summary>
public static class FigureMotion
{
    /// <summary>Longest a figure takes to settle into a hold it was not already in.</summary>
    public const double SettleSeconds = 2;

    /// <summary>For each segment, its motion, or null when its exercise has no figure.</summary>
    public static IReadOnlyList<SegmentMotion?> Plan(Timeline timeline, ExerciseCatalog catalog)
    {
        var motions = new SegmentMotion?[timeline.Segments.Count];
        PoseRef? current = null;
        for (var i = 0; i < timeline.Segments.Count; i++)
        {
            var segment = timeline.Segments[i];
            var figure = catalog.Find(segment.Exercise.Value)?.Figure;
            if (figure is null)
            {
                current = null;
                continue;
            }
            var next = i + 1 < timeline.Segments.Count && timeline.Segments[i + 1].Exercise == segment.Exercise
                && timeline.Segments[i + 1].Item == segment.Item ? timeline.Segments[i + 1] : null;
            var side = segment.Side == Side.Right ? Side.Right : Side.Left;
            var path = new List<PoseRef>();
            double from = 0, to = segment.DurationSeconds;
            switch (segment.Kind)
            {
                case SegmentKind.Prepare or SegmentKind.Transition:
                    path.Add(PoseRef.Stance);
                    path.Add(new PoseRef(0, Side.Left));
                    AddHoldAhead(path, next);
                    break;
                case SegmentKind.Switch:
                    path.Add(current ?? new PoseRef(0, Side.Left));
                    path.Add(new PoseRef(0, Side.Left));
                    path.Add(new PoseRef(0, Side.Right));
                    AddHoldAhead(path, next);
                    break;
                case SegmentKind.Rest:
                    path.Add(current ?? new PoseRef(0, side));
                    path.Add(new PoseRef(0, current?.Side ?? side));
                    AddHoldAhead(path, next);
                    break;
                default:
                    path.Add(current ?? new PoseRef(0, side));
                    path.Add(KeyOf(segment));
                    if (segment.Kind == SegmentKind.Hold)
                    {
                        to = Math.Min(SettleSeconds, segment.DurationSeconds / 3.0);
                    }
                    break;
            }
            var distinct = new List<PoseRef>();
            foreach (var pose in path)
            {
                if (distinct.Count == 0 || !distinct[^1].Of(figure).Equals(pose.Of(figure)))
                {
                    distinct.Add(pose);
                }
            }
            motions[i] = new SegmentMotion(segment.Exercise, distinct, from, to);
            current = distinct[^1];
        }
        return motions;
    }

    /// <summary>The key pose a work or hold segment ends in.</summary>
    public static PoseRef KeyOf(Segment segment) =>
        new(segment.PhaseIndex!.Value + 1, segment.Side == Side.Right ? Side.Right : Side.Left);

    private static void AddHoldAhead(List<PoseRef> path, Segment? next)
    {
        if (next is { Kind: SegmentKind.Hold })
        {
            path.Add(KeyOf(next));
        }
    }
}
