namespace Unknot.Figures;

/// <summary>
/// The figure's posture: one angle in degrees for every <see cref="Joint"/>, zero being a person standing
/// straight with the arms hanging. Immutable.
/// </summary>
public sealed class Pose : IEquatable<Pose>
{
    private readonly double[] _angles;

    private Pose(double[] angles) => _angles = angles;

    /// <summary>Standing straight, arms hanging, every angle zero.</summary>
    public static Pose Zero { get; } = new(new double[Joints.Count]);

    /// <summary>The angle with this name (see <see cref="Joints"/>).</summary>
    public double this[string name] => _angles[Joints.Get(name).Index];

    /// <summary>The angle of a joint.</summary>
    public double this[Joint joint] => _angles[joint.Index];

    /// <summary>This pose with some angles changed.</summary>
    public Pose With(IEnumerable<KeyValuePair<string, double>> angles)
    {
        var copy = (double[])_angles.Clone();
        foreach (var (name, value) in angles)
        {
            copy[Joints.Get(name).Index] = value;
        }
        return new Pose(copy);
    }

    /// <summary>This pose with one angle changed.</summary>
    public Pose With(string name, double value) => With([KeyValuePair.Create(name, value)]);

    /// <summary>
    /// The same posture done on the other side: left limbs take the right's angles and the other way round,
    /// sideways bends, tilts and turns change direction. Drawing it gives the mirror image of this pose.
    /// </summary>
    public Pose Mirror()
    {
        var copy = new double[_angles.Length];
        foreach (var joint in Joints.All)
        {
            copy[joint.Index] = joint.Mirroring switch
            {
                Mirroring.Negate => _angles[joint.Index] == 0 ? 0 : -_angles[joint.Index],
                Mirroring.Swap => _angles[Joints.Get(Other(joint.Name)).Index],
                _ => _angles[joint.Index],
            };
        }
        return new Pose(copy);
    }

    /// <summary>The pose a share <paramref name="t"/> (0 to 1) of the way from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Pose Between(Pose from, Pose to, double t)
    {
        var angles = new double[from._angles.Length];
        for (var i = 0; i < angles.Length; i++)
        {
            angles[i] = from._angles[i] + (to._angles[i] - from._angles[i]) * t;
        }
        return new Pose(angles);
    }

    /// <summary>Every angle that differs from zero, by name, in the order of <see cref="Joints.All"/>.</summary>
    public IReadOnlyDictionary<string, double> Angles =>
        Joints.All.Where(j => _angles[j.Index] != 0).ToDictionary(j => j.Name, j => _angles[j.Index]);

    private static string Other(string name) =>
        name.StartsWith("left.", StringComparison.Ordinal) ? "right." + name[5..] : "left." + name[6..];

    /// <inheritdoc />
    public bool Equals(Pose? other) => other is not null && _angles.AsSpan().SequenceEqual(other._angles);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Pose);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var angle in _angles)
        {
            hash.Add(angle);
        }
        return hash.ToHashCode();
    }
}
