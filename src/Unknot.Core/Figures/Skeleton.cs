namespace Unknot.Figures;

/// <summary>
/// The figure's body in three dimensions: where each joint is for a pose (forward kinematics), with the pelvis at
/// the origin. Lengths are an adult's, in centimetres. Left and right limbs are computed by one chain, the right
/// one mirrored, so a mirrored pose gives exactly the mirror image.
/// </summary>
public static class Skeleton
{
    /// <summary>The joints and ends that are drawn, in the order of <see cref="Place"/>'s result.</summary>
#pragma warning disable CS1591 // The names say it: a joint or the end of a limb.
    public enum Point
    {
        Pelvis, LeftHip, LeftKnee, LeftAnkle, LeftToe, RightHip, RightKnee, RightAnkle, RightToe,
        Waist, Chest, LeftShoulder, LeftElbow, LeftWrist, LeftHand, RightShoulder, RightElbow, RightWrist, RightHand,
        Neck, Head, Nose, Collar, LeftEar, RightEar, LeftEye, RightEye,
    }
#pragma warning restore CS1591

    /// <summary>How many points <see cref="Place"/> gives.</summary>
    public const int Count = (int)Point.RightEye + 1;

    /// <summary>The point each point hangs from (the pelvis hangs from none).</summary>
    public static IReadOnlyList<int> Parents { get; } =
    [
        -1, 0, 1, 2, 3, 0, 5, 6, 7,
        0, 9, 10, 11, 12, 13, 10, 15, 16, 17,
        10, 19, 20, 10, 20, 20, 20, 20,
    ];

    /// <summary>Half the thickness of the body at each point, so the body rests on the floor by its surface.</summary>
    public static IReadOnlyList<double> Radii { get; } =
    [
        9, 6, 5, 4, 3, 6, 5, 4, 3,
        9, 9, 5, 4, 3.5, 2.5, 5, 4, 3.5, 2.5,
        3.5, 10, 1, 9, 2.5, 2.5, 1, 1,
    ];

    private const double WaistLength = 22, ChestLength = 26, NeckLength = 9, HeadRise = 11;
    private const double UpperArm = 29, Forearm = 25, Hand = 9, Thigh = 43, Shin = 42, Foot = 14;
    private static readonly Vec3 HipOffset = new(9, -6, 0);
    private static readonly Vec3 ShoulderOffset = new(18, -3, -1);

    /// <summary>How far below the chest point the upper trunk is drawn to, so the neck shows between the shoulders and the head.</summary>
    private const double CollarDrop = 4;

    /// <summary>The left ear and eye from the head's centre, in the head's frame: the ear at the side, the eye on the face.</summary>
    private static readonly Vec3 Ear = new(9.6, 0.5, -0.5), Eye = new(3.8, 1.2, 9.1);

    /// <summary>Every point of the body in <paramref name="pose"/>, pelvis at the origin; also the chest's rotation, for props fixed to it.</summary>
    public static (Vec3[] Points, Rotation Chest) Place(Pose pose)
    {
        var points = new Vec3[Count];
        var (pelvis, waist, chest) = Trunk(pose);
        points[(int)Point.Pelvis] = default;
        points[(int)Point.Waist] = waist * new Vec3(0, WaistLength, 0);
        points[(int)Point.Chest] = points[(int)Point.Waist] + chest * new Vec3(0, ChestLength, 0);

        var neckHalf = Rotation.Y(pose["neck.turn"] / 2) * Rotation.Z(-pose["neck.tilt"] / 2) * Rotation.X(pose["neck.flexion"] / 2);
        var neck = chest * neckHalf;
        var head = neck * neckHalf;
        points[(int)Point.Neck] = points[(int)Point.Chest] + neck * new Vec3(0, NeckLength, 0);
        points[(int)Point.Head] = points[(int)Point.Neck] + head * new Vec3(0, HeadRise, 1.5);
        points[(int)Point.Nose] = points[(int)Point.Head] + head * new Vec3(0, -1.5, 10);
        points[(int)Point.Collar] = points[(int)Point.Chest] + chest * new Vec3(0, -CollarDrop, 0);
        foreach (var (ear, eye, sign) in new[] { (Point.LeftEar, Point.LeftEye, 1.0), (Point.RightEar, Point.RightEye, -1.0) })
        {
            points[(int)ear] = points[(int)Point.Head] + head * Side(Ear, sign);
            points[(int)eye] = points[(int)Point.Head] + head * Side(Eye, sign);
        }

        foreach (var (side, sign) in new[] { ("left", 1.0), ("right", -1.0) })
        {
            var arm = Limb(pose, side + ".shoulder", pose[side + ".elbow"], -1, pose[side + ".wrist"], UpperArm, Forearm, Hand);
            var shoulder = points[(int)Point.Chest] + chest * Side(ShoulderOffset, sign);
            var first = sign > 0 ? (int)Point.LeftShoulder : (int)Point.RightShoulder;
            points[first] = shoulder;
            for (var k = 0; k < 3; k++)
            {
                points[first + 1 + k] = shoulder + chest * Side(arm[k], sign);
            }
            var leg = Limb(pose, side + ".hip", pose[side + ".knee"], 1, pose[side + ".ankle"] - 90, Thigh, Shin, Foot);
            var hip = pelvis * Side(HipOffset, sign);
            var hipIndex = sign > 0 ? (int)Point.LeftHip : (int)Point.RightHip;
            points[hipIndex] = hip;
            for (var k = 0; k < 3; k++)
            {
                points[hipIndex + 1 + k] = hip + pelvis * Side(leg[k], sign);
            }
        }
        return (points, chest);
    }

    /// <summary>
    /// How the three parts of the trunk are turned in <paramref name="pose"/>: the pelvis by the lean, the waist by half
    /// the spine's twist, bend and flexion, the chest by all of them.
    /// </summary>
    public static (Rotation Pelvis, Rotation Waist, Rotation Chest) Trunk(Pose pose)
    {
        var pelvis = Rotation.X(pose["lean"]);
        var half = Rotation.Y(pose["spine.twist"] / 2) * Rotation.Z(-pose["spine.bend"] / 2) * Rotation.X(pose["spine.flexion"] / 2);
        var waist = pelvis * half;
        return (pelvis, waist, waist * half);
    }

    /// <summary>
    /// The three ends of a left limb (elbow or knee, wrist or ankle, hand or toe) relative to its root, in the frame
    /// of the body part it hangs from. The middle joint bends by <paramref name="bend"/> in the direction
    /// <paramref name="bendSign"/> (elbows forward, knees back); the end turns by <paramref name="end"/>.
    /// </summary>
    private static Vec3[] Limb(Pose pose, string root, double bend, int bendSign, double end, double upper, double lower, double tip)
    {
        var down = new Vec3(0, -1, 0);
        var upperTurn = Rotation.Y(pose[root + ".toward"]) * Rotation.X(-pose[root + ".raise"]) * Rotation.Y(pose[root + ".rotation"]);
        var lowerTurn = upperTurn * Rotation.X(bendSign * bend);
        var tipTurn = lowerTurn * Rotation.X(bendSign * end);
        var middle = upperTurn * down * upper;
        var far = middle + lowerTurn * down * lower;
        return [middle, far, far + tipTurn * down * tip];
    }

    private static Vec3 Side(Vec3 v, double sign) => sign > 0 ? v : v.Mirrored;
}
