using Unknot.Timelines;

namespace Unknot.Figures;

/// <summary>Where the figure is drawn from.</summary>
public enum Viewpoint
{
    /// <summary>Facing the viewer: the figure's left is on the viewer's right.</summary>
    Front,

    /// <summary>From the figure's left, facing to the right of the picture.</summary>
    Side,

    /// <summary>From behind: the figure's left is on the viewer's left.</summary>
    Back,

    /// <summary>From above, the figure facing the top of the picture.</summary>
    Above,
}

/// <summary>What is drawn with the figure. The floor is always there.</summary>
public enum Prop
{
    /// <summary>A chair under the hips, its back behind them.</summary>
    Chair,

    /// <summary>A mat on the floor under the body.</summary>
    Mat,

    /// <summary>A wall touching the back (or the ball against the back).</summary>
    WallBehind,

    /// <summary>A wall the figure faces, touching the chest (or the ball against the chest).</summary>
    WallInFront,

    /// <summary>A lacrosse ball behind the upper back, beside the shoulder blade of the side being worked.</summary>
    BallUpperBack,

    /// <summary>A lacrosse ball on the front of the shoulder of the side being worked, under the collarbone.</summary>
    BallChest,
}

/// <summary>The posture a figure's poses start from, so a pose only writes what differs.</summary>
public enum Stance
{
    /// <summary>Standing straight, arms by the sides.</summary>
    Standing,

    /// <summary>Sitting upright on a chair, thighs level, feet flat.</summary>
    Seated,

    /// <summary>Sitting on the floor, legs long in front.</summary>
    FloorSeated,

    /// <summary>On hands and knees, wrists under shoulders, knees under hips.</summary>
    AllFours,
}

/// <summary>One pose the figure passes through: the start, or where a phase ends.</summary>
/// <param name="Label">"start" or the phase's name ("elbows back", "hold").</param>
/// <param name="Pose">The pose as written: for a per-side block, the left side.</param>
/// <param name="PerSide">True when the pose belongs to a per-side block, so a right-side version is drawn by mirroring.</param>
/// <param name="Block">The dose block it ends a phase of, or null for the start.</param>
/// <param name="Phase">The phase within the block, or null for the start.</param>
public sealed record KeyPose(string Label, Pose Pose, bool PerSide, int? Block, int? Phase);

/// <summary>
/// How an exercise is drawn: from which views, with which props, and its key poses — the start, then the end of each
/// phase of the dose in order. Poses of per-side blocks are written for the left; the right is their mirror.
/// </summary>
public sealed record Figure(IReadOnlyList<Viewpoint> Views, IReadOnlyList<Prop> Props, Stance Stance, IReadOnlyList<KeyPose> Poses)
{
    /// <summary>The stance itself, before the start pose's changes: where the figure comes from when it gets into position.</summary>
    public Pose StancePose => Stances.Of(Stance);

    /// <summary>The pose that shows the stretch best at a glance: where its first phase ends.</summary>
    public int Telling => Poses.Count > 1 ? 1 : 0;

    /// <summary>Key pose <paramref name="index"/> done on <paramref name="side"/>: the right side mirrors the left.</summary>
    public Pose At(int index, Side side) => side == Side.Right ? Poses[index].Pose.Mirror() : Poses[index].Pose;

    /// <summary>The index of the key pose that ends phase <paramref name="phase"/> of block <paramref name="block"/>.</summary>
    public int IndexOf(int block, int phase) =>
        Poses.Select((p, i) => (p, i)).First(x => x.p.Block == block && x.p.Phase == phase).i;
}

/// <summary>The angles of each <see cref="Stance"/>.</summary>
public static class Stances
{
    /// <summary>The pose of a stance.</summary>
    public static Pose Of(Stance stance) => Pose.Zero.With(stance switch
    {
        Stance.Standing => Arms(),
        Stance.Seated => Arms().Concat(Both(("hip.raise", 90), ("knee", 90))),
        Stance.FloorSeated => Arms().Concat(Both(("hip.raise", 85), ("hip.toward", 8), ("knee", 15), ("ankle", -10))),
        Stance.AllFours => Both(("shoulder.raise", 90), ("elbow", 5), ("wrist", 80), ("hip.raise", 90), ("knee", 90), ("ankle", 75))
            .Append(KeyValuePair.Create("lean", 90.0)).Append(KeyValuePair.Create("neck.flexion", -10.0)),
        _ => throw new ArgumentOutOfRangeException(nameof(stance)),
    });

    private static IEnumerable<KeyValuePair<string, double>> Arms() => Both(("shoulder.raise", 6), ("shoulder.toward", 90), ("elbow", 8));

    private static IEnumerable<KeyValuePair<string, double>> Both(params (string Name, double Value)[] angles) =>
        angles.SelectMany(a => new[] { KeyValuePair.Create("left." + a.Name, a.Value), KeyValuePair.Create("right." + a.Name, a.Value) });
}
