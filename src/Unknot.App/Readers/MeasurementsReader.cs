using Unknot.App.Input;
using Unknot.Progress;

namespace Unknot.App.Readers;

/// <summary>
/// Reads a session's <c>measurements</c> (<c>{"before": {"rotationLeft": 62, …, "atLeast": ["rotationLeft"]}, "after": {…}}</c>),
/// the same in a session report and an import.
/// </summary>
public static class MeasurementsReader
{
    /// <summary>The measurements in <paramref name="field"/>; a problem names the field and what would be right.</summary>
    public static SessionMeasurements Read(Input.Input field)
    {
        var before = field.Optional("before") is { } b ? One(b) : null;
        var after = field.Optional("after") is { } a ? One(a) : null;
        if (before is null && after is null)
        {
            throw field.Problem("must hold 'before', 'after' or both");
        }
        return new SessionMeasurements(before, after);
    }

    private static NeckMeasurement One(Input.Input node)
    {
        int? Degrees(string direction) => node.Optional(direction)?.Int(0, NeckMeasurement.MaxDegrees);
        var measurement = new NeckMeasurement(Degrees("rotationLeft"), Degrees("rotationRight"), Degrees("tiltLeft"), Degrees("tiltRight"),
            Degrees("flexion"), Degrees("extension"));
        if (measurement.Empty)
        {
            throw node.Problem($"must give at least one direction in degrees: {string.Join(", ", NeckMeasurement.Directions)}");
        }
        if (node.Optional("atLeast") is { } atLeast)
        {
            var names = atLeast.List(NeckMeasurement.Directions.Count).Select(item =>
            {
                var name = item.String(40);
                return !NeckMeasurement.Directions.Contains(name) ? throw item.Problem($"must be one of {string.Join(", ", NeckMeasurement.Directions)}, got '{name}'")
                    : measurement[name] is null ? throw item.Problem($"names '{name}', which has no figure here")
                    : name;
            }).Distinct().ToArray();
            measurement = measurement with { AtLeast = names.Length == 0 ? null : names };
        }
        return measurement;
    }
}
