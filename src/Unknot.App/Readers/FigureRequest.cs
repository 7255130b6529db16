using Unknot.App.Fields;
using Unknot.Figures;
using Unknot.Timelines;

namespace Unknot.App.Readers;

/// <summary>Which key pose to draw, and on which side: <c>?pose=2&amp;side=right</c>.</summary>
public static class FigureRequest
{
    /// <summary>The pose (0 when absent) and side (left when absent) asked of <paramref name="figure"/>.</summary>
    public static ReadResult<PoseRef> Read(Input input, Figure figure) => ReadResult<PoseRef>.From(() =>
    {
        var pose = input.Optional("pose")?.Int(0, figure.Poses.Count - 1) ?? 0;
        var side = input.Optional("side") is { } field
            ? field.String(20) switch
            {
                "left" => Side.Left,
                "right" => Side.Right,
                var other => throw field.Problem($"must be left or right, got '{other}'"),
            }
            : Side.Left;
        return new PoseRef(pose, side);
    });
}
