using Unknot.Catalog;

namespace Unknot.Planning;

/// <summary>The tags a user can avoid: those written in an exercise's file plus those that follow from its facts.</summary>
public static class ExerciseTags
{
    /// <summary>Tags every catalog understands, whether or not a file writes them.</summary>
    public static readonly IReadOnlyList<string> Derived = ["floor", "kneeling", "neck", "self-massage", "overhead", "wall"];

    /// <summary>
    /// The exercise's tags: its own, plus <c>floor</c> for floor positions, <c>kneeling</c> for kneeling and
    /// all fours, <c>neck</c> when it targets the neck, <c>self-massage</c> for that kind, <c>wall</c> when it needs one.
    /// </summary>
    public static IReadOnlySet<string> Of(Exercise exercise)
    {
        var tags = new HashSet<string>(exercise.Tags, StringComparer.OrdinalIgnoreCase);
        if (exercise.Positions.Any(p => p.IsFloor()) && exercise.MainPosition.IsFloor())
        {
            tags.Add("floor");
        }
        if (exercise.MainPosition is Position.FloorKneeling or Position.Quadruped)
        {
            tags.Add("kneeling");
        }
        if (exercise.Targets.Contains(Target.Neck))
        {
            tags.Add("neck");
        }
        if (exercise.Kind == ExerciseKind.SelfMassage)
        {
            tags.Add("self-massage");
        }
        if (exercise.Equipment.Contains(Equipment.Wall))
        {
            tags.Add("wall");
        }
        return tags;
    }

    /// <summary>Every tag that can be avoided in this catalog.</summary>
    public static IReadOnlyList<string> Known(ExerciseCatalog catalog) =>
        Derived.Concat(catalog.All.SelectMany(e => e.Tags)).Select(t => t.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray();
}
