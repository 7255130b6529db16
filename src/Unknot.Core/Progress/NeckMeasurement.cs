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

/// <summary>
/// The camera checks of one session: before the routine, after it, or both; and the form check of each neck stretch
/// played with it on, in the order they were played.
/// </summary>
public sealed record SessionMeasurements(NeckMeasurement? Before = null, NeckMeasurement? After = null, IReadOnlyList<FormHold>? Form = null)
{
    /// <summary>These measurements with what <paramref name="later"/> adds: a report may bring only the check after.</summary>
    public SessionMeasurements With(SessionMeasurements? later) =>
        later is null ? this : new SessionMeasurements(later.Before ?? Before, later.After ?? After, later.Form ?? Form);

    /// <summary>
    /// A line for the history: each direction measured, before → after where both were, then the form check's seconds
    /// in band by direction, e.g. "turn left 55° → 62°, tilt right 30° (after); held in band: tilt left 26 of 30 s".
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
        var checks = string.Join(", ", parts);
        if (Form is not { Count: > 0 } form)
        {
            return checks;
        }
        var held = "held in band: " + string.Join(", ", form.GroupBy(f => f.Direction)
            .Select(g => $"{NeckMeasurement.Names[g.Key]} {g.Sum(f => f.HeldSeconds)} of {g.Sum(f => f.OfSeconds)} s"));
        return checks.Length == 0 ? held : $"{checks}; {held}";
    }
}

/// <summary>
/// One neck stretch played with the camera's form check on: how many of the seconds played the neck was held inside
/// the stretch's target band.
/// </summary>
/// <param name="Segment">The segment of the session's timeline, from 0.</param>
/// <param name="Exercise">The exercise's id.</param>
/// <param name="Direction">One of <see cref="NeckMeasurement.Directions"/>.</param>
/// <param name="From">The band's low end, in degrees.</param>
/// <param name="To">The band's high end, in degrees.</param>
/// <param name="HeldSeconds">Seconds the camera saw the neck inside the band.</param>
/// <param name="OfSeconds">Seconds of the stretch played with the check on.</param>
public sealed record FormHold(int Segment, string Exercise, string Direction, int From, int To, int HeldSeconds, int OfSeconds)
{
    /// <summary>The longest stretch a form check counts, in seconds: a hold is at most ten minutes.</summary>
    public const int MaxSeconds = 600;
}

/// <summary>
/// One direction of the neck over the camera checks: the first and the latest figure and how many checks there were
/// (each session counts once, by its check before the routine, else its check after), and how much further it went
/// right after a routine, on average over the sessions checked both before and after.
/// </summary>
public sealed record RangeTrend(string Direction, int Checks, int First, int Latest, int SessionsWithBoth, double? AverageChangeAfterRoutine)
{
    /// <summary>How many sessions' checks the trend reads at most: the latest ones.</summary>
    public const int Sessions = 60;

    /// <summary>The trend of each direction measured in <paramref name="oldestFirst"/>, in the order a check measures them.</summary>
    public static IReadOnlyList<RangeTrend> From(IReadOnlyList<SessionMeasurements> oldestFirst) => NeckMeasurement.Directions
        .Select(direction =>
        {
            var readings = oldestFirst.Select(m => m.Before?[direction] ?? m.After?[direction]).OfType<int>().ToArray();
            var changes = oldestFirst.Where(m => m.Before?[direction] is not null && m.After?[direction] is not null)
                .Select(m => m.After![direction]!.Value - m.Before![direction]!.Value).ToArray();
            return readings.Length == 0 ? null
                : new RangeTrend(direction, readings.Length, readings[0], readings[^1], changes.Length, changes.Length == 0 ? null : changes.Average());
        })
        .OfType<RangeTrend>()
        .ToArray();

    /// <summary>
    /// In words, as an observation: "turn left: 52° at the first check, 60° at the latest (8 checks); 4.0° more right
    /// after a routine, on average over 6 sessions".
    /// </summary>
    public string Describe()
    {
        var name = NeckMeasurement.Names[Direction];
        var over = Checks == 1 ? $"{First}° at the one check so far" : $"{First}° at the first check, {Latest}° at the latest ({Checks} checks)";
        var after = AverageChangeAfterRoutine is not { } change ? ""
            : $"; {Math.Abs(change).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}° {(change >= 0 ? "more" : "less")} right after a routine, on average over {SessionsWithBoth} {(SessionsWithBoth == 1 ? "session" : "sessions")}";
        return $"{name}: {over}{after}";
    }
}
