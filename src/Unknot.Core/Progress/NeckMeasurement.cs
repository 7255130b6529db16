namespace Unknot.Progress;

/// <summary>
/// How far the neck moved in each direction in one camera check (the /measure page), in whole degrees from the
/// neutral. A direction not measured is null. <see cref="AtLeast"/> names the directions where the camera lost the
/// face before the end of the move, so the figure is a lower bound.
/// </summary>
public sealed record NeckMeasurement(
    int? RotationLeft = null,
    int? RotationRight = null,
    int? TiltLeft = null,
    int? TiltRight = null,
    int? Flexion = null,
    int? Extension = null,
    IReadOnlyList<string>? AtLeast = null)
{
    /// <summary>The largest angle taken as a reading: beyond it a figure is a mistake, not a neck.</summary>
    public const int MaxDegrees = 180;

    /// <summary>The directions, as the JSON fields name them, in the order a check measures them.</summary>
    public static readonly IReadOnlyList<string> Directions = ["rotationLeft", "rotationRight", "tiltLeft", "tiltRight", "flexion", "extension"];

    /// <summary>What each direction is called where a person reads it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["rotationLeft"] = "turn left",
        ["rotationRight"] = "turn right",
        ["tiltLeft"] = "tilt left",
        ["tiltRight"] = "tilt right",
        ["flexion"] = "chin down",
        ["extension"] = "chin up",
    };

    /// <summary>The degrees of <paramref name="direction"/> (one of <see cref="Directions"/>), or null.</summary>
    public int? this[string direction] => direction switch
    {
        "rotationLeft" => RotationLeft,
        "rotationRight" => RotationRight,
        "tiltLeft" => TiltLeft,
        "tiltRight" => TiltRight,
        "flexion" => Flexion,
        "extension" => Extension,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "not a direction"),
    };

    /// <summary>True when no direction was measured.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Empty => Directions.All(d => this[d] is null);

    /// <summary>One direction's figure as a person reads it: "62°", or "at least 62°" where the camera lost the face.</summary>
    public string? Reading(string direction) =>
        this[direction] is { } degrees ? $"{(AtLeast?.Contains(direction) == true ? "at least " : "")}{degrees}°" : null;
}

/// <summary>The camera checks of one session: before the routine, after it, or both.</summary>
public sealed record SessionMeasurements(NeckMeasurement? Before = null, NeckMeasurement? After = null)
{
    /// <summary>These measurements with what <paramref name="later"/> adds: a report may bring only the check after.</summary>
    public SessionMeasurements With(SessionMeasurements? later) =>
        later is null ? this : new SessionMeasurements(later.Before ?? Before, later.After ?? After);

    /// <summary>
    /// A line for the history: each direction measured, before → after where both were, e.g.
    /// "turn left 55° → 62°, tilt right 30° (after)".
    /// </summary>
    public string Summary()
    {
        var parts = new List<string>();
        foreach (var direction in NeckMeasurement.Directions)
        {
            var before = Before?.Reading(direction);
            var after = After?.Reading(direction);
            if (before is null && after is null)
            {
                continue;
            }
            parts.Add($"{NeckMeasurement.Names[direction]} {(before is not null && after is not null ? $"{before} → {after}" : before is not null ? $"{before} (before)" : $"{after} (after)")}");
        }
        return string.Join(", ", parts);
    }
}
