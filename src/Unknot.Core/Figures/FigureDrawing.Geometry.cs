using Unknot.Timelines;
using P = Unknot.Figures.Skeleton.Point;

namespace Unknot.Figures;

// The view geometry of a drawing: what is in front, how much of the trunk a view shows, the trunk's outline.
public sealed partial class FigureDrawing
{
    /// <summary>Whether a shoulder is clearly farther from the viewer than the other, as when the chest turns away.</summary>
    private static bool Behind(List<double> depths, int shoulder)
    {
        var other = shoulder == (int)P.LeftShoulder ? (int)P.RightShoulder : (int)P.LeftShoulder;
        return depths[shoulder] < depths[other] - 8;
    }

    /// <summary>How much of the trunk's length a view shows: 1 seen from the side of it, 0 seen end on.</summary>
    private static double Foreshortening(Viewpoint view, Vec3 top, Vec3 bottom)
    {
        var (u1, v1, _) = Project(view, top);
        var (u2, v2, _) = Project(view, bottom);
        var length = (top - bottom).Length;
        return length < 1e-9 ? 0 : Math.Clamp(Math.Sqrt((u1 - u2) * (u1 - u2) + (v1 - v2) * (v1 - v2)) / length, 0, 1);
    }

    /// <summary>A half-width of the trunk's outline: its own seen from the side of the trunk, the trunk's lines' seen end on.</summary>
    private static double Blend(double half, double upright) => 9.5 + (half - 9.5) * upright;

    /// <summary>
    /// The point of the trunk's cross-section (an ellipse of half-width <paramref name="a"/> and half-depth
    /// <paramref name="b"/> about <paramref name="centre"/>, turned by <paramref name="turn"/>) farthest to the right
    /// of the view (<paramref name="sign"/> 1) or to the left (-1).
    /// </summary>
    private static Vec3 Outline(Viewpoint view, Vec3 centre, Rotation turn, double a, double b, double sign)
    {
        var across = turn * new Vec3(1, 0, 0);
        var forward = turn * new Vec3(0, 0, 1);
        var angle = Math.Atan2(b * Project(view, forward).U, a * Project(view, across).U);
        return centre + (across * (a * Math.Cos(angle)) + forward * (b * Math.Sin(angle))) * sign;
    }

    /// <summary>Whether a limb's bone is on the side nearer the viewer: its root and middle joint against the other side's.</summary>
    private static bool NearSide(List<double> depths, string id)
    {
        var arm = id.Contains("arm", StringComparison.Ordinal) || id.EndsWith("hand", StringComparison.Ordinal);
        var (root, middle) = arm ? ((int)P.LeftShoulder, (int)P.LeftElbow) : ((int)P.LeftHip, (int)P.LeftKnee);
        var (otherRoot, otherMiddle) = arm ? ((int)P.RightShoulder, (int)P.RightElbow) : ((int)P.RightHip, (int)P.RightKnee);
        var difference = depths[root] + depths[middle] - depths[otherRoot] - depths[otherMiddle];
        // Side by side (a front view of a symmetric pose), both are near.
        return Math.Abs(difference) < 8 || (difference > 0 == id.StartsWith("left", StringComparison.Ordinal));
    }
}
