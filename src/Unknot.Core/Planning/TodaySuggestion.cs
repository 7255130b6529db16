using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Timelines;

namespace Unknot.Planning;

/// <summary>The routine offered on the home page, why it was chosen, and about how many minutes it takes.</summary>
/// <param name="Routine">The routine.</param>
/// <param name="Why">One sentence on why this one, for the person.</param>
/// <param name="Minutes">Its length at the person's level, in whole minutes rounded up.</param>
public sealed record Suggestion(Routine Routine, string Why, int Minutes);

/// <summary>
/// Which routine to offer right now. Before the first session, a person who named a sore part gets the routine that
/// spends the largest share of its time there; after that the time of day decides (Unknot's own choice: a desk break
/// in weekday working hours, a quiet cool-down in the evening, the whole upper back on a free day, a warm-up in the
/// morning).
/// </summary>
public static class TodaySuggestion
{
    /// <summary>The routine for <paramref name="localNow"/>, the person's local time.</summary>
    /// <param name="localNow">Now, in the person's time zone.</param>
    /// <param name="routines">Every routine the person has.</param>
    /// <param name="catalog">The exercises.</param>
    /// <param name="level">The level they play at.</param>
    /// <param name="focus">The part they want to loosen.</param>
    /// <param name="firstSession">True while they have played nothing yet.</param>
    public static Suggestion For(DateTimeOffset localNow, RoutineSet routines, ExerciseCatalog catalog, Level level, FocusArea focus, bool firstSession)
    {
        if (firstSession && focus != FocusArea.All && First(routines, catalog, level, focus) is { } first)
        {
            return first;
        }
        var weekday = localNow.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        var (id, why) = (weekday, localNow.Hour) switch
        {
            (true, >= 8 and < 18) => ("desk-break", "A weekday in working hours: a few minutes at your desk."),
            (_, >= 18 or < 5) => ("cool-down", "Evening: long, quiet holds to let the day go."),
            (false, _) => ("full-upper-back", "A free day: time for the whole upper back."),
            _ => ("warm-up", "Morning: wake up the neck and shoulders."),
        };
        var routine = routines.Find(id) ?? routines.All[0];
        return new Suggestion(routine, why, Minutes(TimelineCompiler.Compile(routine, catalog, level)));
    }

    /// <summary>
    /// The built-in routine with the largest share of its exercise time on <paramref name="focus"/>'s targets (the
    /// shorter one when two share the most), among those that need nothing fetched (a chair or a wall at most), or
    /// null when none reaches them.
    /// </summary>
    public static Suggestion? First(RoutineSet routines, ExerciseCatalog catalog, Level level, FocusArea focus)
    {
        var targets = FocusAreas.Targets(focus);
        var best = routines.All
            .Where(r => r.Origin.IsBuiltIn && r.Items.All(i => catalog.Find(i.Exercise.Value)?.Equipment.All(AtHand.Contains) == true))
            .Select(r => (Routine: r, Timeline: TimelineCompiler.Compile(r, catalog, level)))
            .Select(c => (c.Routine, c.Timeline, Share: Share(c.Timeline, catalog, targets)))
            .Where(c => c.Share > 0)
            .OrderByDescending(c => c.Share)
            .ThenBy(c => c.Timeline.TotalSeconds)
            .ThenBy(c => c.Routine.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Routine is null
            ? null
            : new Suggestion(best.Routine, $"A first routine for your {FocusAreas.Name(focus)}: most of its time goes there.", Minutes(best.Timeline));
    }

    private static double Share(Timeline timeline, ExerciseCatalog catalog, IReadOnlySet<Target> targets)
    {
        var exercise = timeline.Segments.Where(s => s.IsExercise).ToList();
        var total = exercise.Sum(s => s.DurationSeconds);
        var there = exercise.Where(s => catalog.Find(s.Exercise.Value)?.Targets.Any(targets.Contains) == true).Sum(s => s.DurationSeconds);
        return total == 0 ? 0 : (double)there / total;
    }

    private static readonly Equipment[] AtHand = [Equipment.Chair, Equipment.Wall];

    private static int Minutes(Timeline timeline) => (int)Math.Ceiling(timeline.TotalSeconds / 60.0);
}
