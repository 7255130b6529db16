using Unknot.Catalog;

namespace Unknot.Progress;

/// <summary>
/// The areas the user's own ratings point to: over the last <see cref="Window"/>, every session started with a pain
/// rating of at least <see cref="Threshold"/> gives that rating to the areas its routine targets, shared out by how
/// many of its exercises target each. The areas with the most weight, at most <see cref="Most"/>, are the sore ones.
/// A break reminder's plan leans towards them.
/// </summary>
public static class SoreAreas
{
    /// <summary>How far back ratings count.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(28);

    /// <summary>The lowest pain rating (before a session) that marks its areas as sore.</summary>
    public const int Threshold = 4;

    /// <summary>How many areas are named at most.</summary>
    public const int Most = 2;

    /// <summary>The sore areas, most weight first; ties in the catalog's order of areas; none without ratings.</summary>
    public static IReadOnlyList<Target> From(IEnumerable<SessionRecord> sessions, ExerciseCatalog catalog, DateTimeOffset now)
    {
        var weight = new Dictionary<Target, double>();
        foreach (var session in sessions)
        {
            if (session.PainBefore is not { Value: >= Threshold } pain || session.StartedAt < now - Window || session.StartedAt > now)
            {
                continue;
            }
            var exercises = session.Routine.Items.Select(i => catalog.Find(i.Exercise.Value)).OfType<Exercise>().ToList();
            foreach (var exercise in exercises)
            {
                foreach (var target in exercise.Targets)
                {
                    weight[target] = weight.GetValueOrDefault(target) + (double)pain.Value / exercises.Count;
                }
            }
        }
        return weight.OrderByDescending(w => w.Value).ThenBy(w => w.Key).Take(Most).Select(w => w.Key).ToArray();
    }
}
