using Unknot.App.Fields;
using Unknot.Progress;

namespace Unknot.App.Readers;

/// <summary>
/// Reads a session's <c>measurements</c> (<c>{"before": {"rotationLeft": 62, …, "atLeast": ["rotationLeft"]}, "after": {…},
/// "form": [{"segment": 3, "exercise": "lateral-neck-stretch", "direction": "tiltLeft", "from": 20, "to": 45, "heldSeconds": 26,
/// "ofSeconds": 30}]}</c>), the same in a session report and an import.
/// </summary>
public static class MeasurementsReader
{
    /// <summary>The measurements in <paramref name="field"/>; a problem names the field and what would be right.</summary>
    public static SessionMeasurements Read(Input field)
    {
        var before = field.Optional("before") is { } b ? One(b) : null;
        var after = field.Optional("after") is { } a ? One(a) : null;
        var form = field.Optional("form") is { } f ? f.List(MaxHolds).Select(Hold).ToArray() : null;
        if (before is null && after is null && form is not { Length: > 0 })
        {
            throw field.Problem("must hold 'before', 'after' or 'form'");
        }
        return new SessionMeasurements(before, after, form is { Length: > 0 } ? form : null);
    }

    // More than any timeline has neck stretches.
    private const int MaxHolds = 1000;

    private static FormHold Hold(Input node)
    {
        var segment = node.Required("segment").Int(0, 100_000);
        var exercise = node.Required("exercise").Id();
        var directionNode = node.Required("direction");
        var direction = directionNode.String(40);
        if (!NeckMeasurement.Directions.Contains(direction))
        {
            throw directionNode.Problem($"must be one of {string.Join(", ", NeckMeasurement.Directions)}, got '{direction}'");
        }
        var from = node.Required("from").Int(0, NeckMeasurement.MaxDegrees);
        var toNode = node.Required("to");
        var to = toNode.Int(0, NeckMeasurement.MaxDegrees);
        if (to < from)
        {
            throw toNode.Problem($"must be at least 'from' ({from}), got {to}");
        }
        var of = node.Required("ofSeconds").Int(1, FormHold.MaxSeconds);
        var held = node.Required("heldSeconds").Int(0, of);
        return new FormHold(segment, exercise, direction, from, to, held, of);
    }

    private static NeckMeasurement One(Input node)
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
