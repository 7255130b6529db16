using Unknot.Catalog;
using Unknot.Text;

namespace Unknot.Planning;

/// <summary>Which of the request's rules rules an exercise out.</summary>
public enum RejectionKind
{
    /// <summary>The place does not allow the exercise's position.</summary>
    Place,

    /// <summary>The exercise needs equipment the user does not have.</summary>
    Equipment,

    /// <summary>The exercise carries a tag the user avoids.</summary>
    Avoid,
}

/// <summary>Why one exercise cannot be in a plan.</summary>
public sealed record Rejection(RejectionKind Kind, string Reason);

/// <summary>The hard rules of a request: place, equipment and things to avoid.</summary>
public static class PlanConstraints
{
    /// <summary>True when the place allows an exercise that starts in <paramref name="position"/>.</summary>
    public static bool PlaceAllows(Place place, Position position) => place switch
    {
        Place.Desk => position is Position.Standing or Position.Seated,
        Place.Outdoors => !position.IsFloor(),
        _ => true,
    };

    /// <summary>Null when the exercise may be chosen; otherwise the first rule it breaks.</summary>
    public static Rejection? Check(Exercise exercise, PlanRequest request)
    {
        if (!PlaceAllows(request.Place, exercise.MainPosition))
        {
            return new Rejection(RejectionKind.Place, $"needs the floor ({Plain.Of(exercise.MainPosition)})");
        }
        var available = request.Available;
        var missing = exercise.Equipment.Where(e => !available.Contains(e)).ToArray();
        if (missing.Length > 0)
        {
            return new Rejection(RejectionKind.Equipment, $"needs {string.Join(" and ", missing.Select(Plain.Of))}");
        }
        var tags = ExerciseTags.Of(exercise);
        var avoided = request.Avoid.FirstOrDefault(tags.Contains);
        return avoided is null ? null : new Rejection(RejectionKind.Avoid, $"is tagged '{avoided}'");
    }
}
