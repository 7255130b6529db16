using Unknot.Progress;
using Unknot.Timelines;

namespace Unknot.Dosing;

/// <summary>
/// The angle of the neck a stretch aims for, in degrees from looking straight ahead: the band the camera's form check
/// (docs/measure.md) holds the user to. <see cref="Move"/> is <c>rotation</c> or <c>tilt</c> in a per-side block (the
/// side the block is on says which way) or <c>flexion</c> or <c>extension</c> anywhere.
/// </summary>
/// <param name="Move">rotation, tilt, flexion or extension.</param>
/// <param name="Degrees">The band, from its low end to its high end.</param>
public sealed record TargetBand(string Move, DoseRange Degrees)
{
    /// <summary>The moves a band can name.</summary>
    public static readonly IReadOnlyList<string> Moves = ["rotation", "tilt", "flexion", "extension"];

    /// <summary>True for the moves that go one way or the other, so the side of the block says which.</summary>
    public bool Sided => Move is "rotation" or "tilt";

    /// <summary>
    /// The direction, as <see cref="NeckMeasurement.Directions"/> names it, of this band on <paramref name="side"/>:
    /// <c>tilt</c> on the left is <c>tiltLeft</c>.
    /// </summary>
    public string Direction(Side side) => Sided ? Move + (side == Side.Right ? "Right" : "Left") : Move;

    /// <summary>In words, for the exercise's page: "tilt toward the side, 20° to 45°".</summary>
    public string Describe() => $"{(Sided ? $"{NeckMeasurement.Names[Direction(Side.Left)].Replace(" left", "")} toward the side" : NeckMeasurement.Names[Move])}, {Degrees.Min}° to {Degrees.Max}°";

    /// <summary>
    /// What an exercise's page and <c>unknot show</c> say of its bands, or null without any: where the camera's form check
    /// holds the neck, and that the angles are Unknot's, not the articles'.
    /// </summary>
    public static string? Line(IReadOnlyList<TargetBand> bands) => bands.Count == 0 ? null
        : $"the camera's form check holds {string.Join("; ", bands.Select(b => b.Describe()))} (a comfortable part of a typical range: the articles give no angles).";
}
