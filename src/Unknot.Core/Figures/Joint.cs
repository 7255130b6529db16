namespace Unknot.Figures;

/// <summary>How an angle changes when a pose is mirrored from the left side to the right.</summary>
public enum Mirroring
{
    /// <summary>Unchanged: a bend forward is a bend forward on either side.</summary>
    Same,

    /// <summary>Negated: a tilt toward the left becomes a tilt toward the right.</summary>
    Negate,

    /// <summary>Exchanged with the same angle of the other limb.</summary>
    Swap,
}

/// <summary>
/// One angle of the figure, in degrees: its name as written in a <c>figure:</c> pose, its natural range and how it
/// mirrors. The table in <see cref="Joints"/> is the only place these limits live.
/// </summary>
/// <param name="Name">As written in YAML: <c>neck.tilt</c>, <c>left.elbow</c>.</param>
/// <param name="Min">The smallest natural angle.</param>
/// <param name="Max">The largest natural angle.</param>
/// <param name="Mirroring">What mirroring does to it.</param>
/// <param name="Meaning">What a positive angle does, for messages and docs/catalog.md.</param>
public sealed record Joint(string Name, double Min, double Max, Mirroring Mirroring, string Meaning)
{
    /// <summary>The position of this angle in a <see cref="Pose"/>.</summary>
    public int Index { get; init; }
}

/// <summary>The angles that pose the figure, and the rules that keep a pose anatomically possible.</summary>
public static class Joints
{
    private static readonly (string Name, double Min, double Max, Mirroring Mirroring, string Meaning)[] Body =
    [
        ("lean", -30, 135, Mirroring.Same, "the whole body tips forward at the hips' centre (90: trunk level, as on all fours)"),
        ("spine.flexion", -40, 90, Mirroring.Same, "the back rounds forward (negative arches it)"),
        ("spine.bend", -40, 40, Mirroring.Negate, "the trunk bends sideways toward the left"),
        ("spine.twist", -60, 60, Mirroring.Negate, "the chest turns toward the left over still hips"),
        ("neck.flexion", -60, 70, Mirroring.Same, "the chin drops toward the chest (negative looks up)"),
        ("neck.tilt", -45, 45, Mirroring.Negate, "the left ear tips toward the left shoulder"),
        ("neck.turn", -80, 80, Mirroring.Negate, "the face turns toward the left"),
    ];

    private static readonly (string Name, double Min, double Max, string Meaning)[] Limb =
    [
        ("shoulder.raise", 0, 180, "the upper arm lifts away from the side (90: level, 180: straight up)"),
        ("shoulder.toward", -45, 240, "the direction it lifts in: 0 forward, 90 out to the side, 180 straight back, 225 back and across (hands clasped behind)"),
        ("shoulder.rotation", -90, 90, "the upper arm turns about its own length; at 0 the elbow bends in the direction the arm is lifted"),
        ("elbow", 0, 160, "the elbow bends (0 is straight; it never bends backwards)"),
        ("wrist", -80, 85, "the hand bends the way the elbow does (80 lays the hand flat on the floor on all fours)"),
        ("hip.raise", 0, 150, "the thigh lifts away from hanging straight down (90: level, as when seated)"),
        ("hip.toward", -30, 180, "the direction it lifts in: 0 forward, 90 out to the side, 180 straight back"),
        ("hip.rotation", -45, 45, "the thigh turns about its own length; positive brings the feet of bent knees toward each other"),
        ("knee", 0, 160, "the knee bends (0 is straight)"),
        ("ankle", -30, 80, "the toes point away from the shin (0: foot at a right angle)"),
    ];

    /// <summary>Every angle, in the order of a pose's values.</summary>
    public static IReadOnlyList<Joint> All { get; } = Build();

    private static readonly Dictionary<string, Joint> ByName = All.ToDictionary(j => j.Name, StringComparer.Ordinal);

    /// <summary>How many angles a pose has.</summary>
    public static int Count => All.Count;

    /// <summary>The angle with this name, or null.</summary>
    public static Joint? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The angle with this name; throws for a name not in the table.</summary>
    public static Joint Get(string name) => ByName[name];

    /// <summary>
    /// What is anatomically wrong with a pose beyond single ranges, one sentence each: an arm or a leg lifted far
    /// while it points backwards, which no shoulder or hip does.
    /// </summary>
    public static IEnumerable<(string Field, string Message)> Combined(Pose pose)
    {
        foreach (var side in new[] { "left", "right" })
        {
            var toward = pose[$"{side}.shoulder.toward"];
            var raise = pose[$"{side}.shoulder.raise"];
            if (toward > 135 && raise > 70)
            {
                yield return ($"{side}.shoulder.raise", $"an arm reaching back (toward {toward:0}) lifts at most 70, got {raise:0}");
            }
            var hipToward = pose[$"{side}.hip.toward"];
            var hipRaise = pose[$"{side}.hip.raise"];
            if (hipToward > 120 && hipRaise > 30)
            {
                yield return ($"{side}.hip.raise", $"a leg reaching back (toward {hipToward:0}) lifts at most 30, got {hipRaise:0}");
            }
            else if (hipToward > 45 && hipRaise > 90)
            {
                yield return ($"{side}.hip.raise", $"a leg lifted out to the side (toward {hipToward:0}) lifts at most 90, got {hipRaise:0}");
            }
        }
    }

    private static IReadOnlyList<Joint> Build()
    {
        var joints = new List<Joint>();
        foreach (var (name, min, max, mirroring, meaning) in Body)
        {
            joints.Add(new Joint(name, min, max, mirroring, meaning) { Index = joints.Count });
        }
        foreach (var side in new[] { "left", "right" })
        {
            foreach (var (name, min, max, meaning) in Limb)
            {
                joints.Add(new Joint($"{side}.{name}", min, max, Mirroring.Swap, meaning) { Index = joints.Count });
            }
        }
        return joints;
    }
}
