namespace Unknot.Figures;

/// <summary>
/// A point or direction of the figure's space, in centimetres: x toward the figure's left, y up, z forward
/// (the way the figure faces when it stands).
/// </summary>
public readonly record struct Vec3(double X, double Y, double Z)
{
    /// <summary>Sum.</summary>
    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    /// <summary>Difference.</summary>
    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    /// <summary>Scaled.</summary>
    public static Vec3 operator *(Vec3 a, double k) => new(a.X * k, a.Y * k, a.Z * k);

    /// <summary>The same point seen in a mirror standing in the figure's middle plane.</summary>
    public Vec3 Mirrored => new(-X, Y, Z);

    /// <summary>Length.</summary>
    public double Length => Math.Sqrt(X * X + Y * Y + Z * Z);
}

/// <summary>A rotation of the figure's space, as a 3×3 matrix.</summary>
public readonly record struct Rotation(double M00, double M01, double M02, double M10, double M11, double M12, double M20, double M21, double M22)
{
    /// <summary>No rotation.</summary>
    public static Rotation None { get; } = new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /// <summary>About the left-pointing axis: a positive angle tips up toward forward (a bow).</summary>
    public static Rotation X(double degrees)
    {
        var (s, c) = SinCos(degrees);
        return new(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /// <summary>About the upward axis: a positive angle turns forward toward the left.</summary>
    public static Rotation Y(double degrees)
    {
        var (s, c) = SinCos(degrees);
        return new(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    /// <summary>About the forward axis: a positive angle tips left toward up (up leans to the right).</summary>
    public static Rotation Z(double degrees)
    {
        var (s, c) = SinCos(degrees);
        return new(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    /// <summary><paramref name="b"/> first, then <paramref name="a"/>.</summary>
    public static Rotation operator *(Rotation a, Rotation b) => new(
        a.M00 * b.M00 + a.M01 * b.M10 + a.M02 * b.M20, a.M00 * b.M01 + a.M01 * b.M11 + a.M02 * b.M21, a.M00 * b.M02 + a.M01 * b.M12 + a.M02 * b.M22,
        a.M10 * b.M00 + a.M11 * b.M10 + a.M12 * b.M20, a.M10 * b.M01 + a.M11 * b.M11 + a.M12 * b.M21, a.M10 * b.M02 + a.M11 * b.M12 + a.M12 * b.M22,
        a.M20 * b.M00 + a.M21 * b.M10 + a.M22 * b.M20, a.M20 * b.M01 + a.M21 * b.M11 + a.M22 * b.M21, a.M20 * b.M02 + a.M21 * b.M12 + a.M22 * b.M22);

    /// <summary>The rotated vector.</summary>
    public static Vec3 operator *(Rotation m, Vec3 v) => new(
        m.M00 * v.X + m.M01 * v.Y + m.M02 * v.Z,
        m.M10 * v.X + m.M11 * v.Y + m.M12 * v.Z,
        m.M20 * v.X + m.M21 * v.Y + m.M22 * v.Z);

    private static (double Sin, double Cos) SinCos(double degrees) => Math.SinCos(degrees * Math.PI / 180);
}
