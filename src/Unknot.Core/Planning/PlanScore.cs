using Unknot.Catalog;
using Unknot.Dosing;

namespace Unknot.Planning;

/// <summary>
/// How good a set of exercises is for a request. Compared in order: first whether it fills at least
/// 80 % of the time (<see cref="PlanRequest.FillSeconds"/>), then how many focus areas it covers, then <see cref="Score"/>.
/// </summary>
/// <param name="Filled">True when the routine uses at least 80 % of the minutes.</param>
/// <param name="CoveredFocus">Focus areas reached by at least one exercise.</param>
/// <param name="Score">Coverage with diminishing returns, fit to the goal, variety.</param>
/// <param name="Seconds">The routine's length, transitions included.</param>
public readonly record struct PlanValue(bool Filled, int CoveredFocus, double Score, int Seconds) : IComparable<PlanValue>
{
    /// <summary>One number that orders values the same way as <see cref="CompareTo"/> (scores stay far below 10,000).</summary>
    public double Total => (Filled ? 1e6 : 0) + CoveredFocus * 1e4 + Score;

    /// <inheritdoc />
    public int CompareTo(PlanValue other) => Total.CompareTo(other.Total);
}

/// <summary>The parts of the score, each documented in docs/planner.md.</summary>
public static class PlanScore
{
    /// <summary>Points for the first exercise reaching a focus area; each further one earns half the one before.</summary>
    public const double FocusFirst = 10;

    /// <summary>How much each further exercise on the same focus area is worth relative to the one before.</summary>
    public const double FocusDecay = 0.5;

    /// <summary>Points per exercise for a perfect fit to the goal.</summary>
    public const double FitWeight = 3;

    /// <summary>Points for each body area the routine reaches at all (variety).</summary>
    public const double AreaWeight = 1;

    /// <summary>The largest seeded nudge per exercise; small enough to choose only among near-equals.</summary>
    public const double SeedNudge = 0.5;

    /// <summary>How well one exercise suits the goal, from 0 to 1.</summary>
    public static double Fit(Exercise exercise, Goal goal, Level level)
    {
        var longestHold = exercise.Dose.Blocks.SelectMany(b => b.Phases).Where(p => p.IsHold).Select(p => p.Seconds.At(level)).DefaultIfEmpty(0).Max();
        var fit = goal switch
        {
            Goal.WarmUp => exercise.Kind switch
            {
                ExerciseKind.Dynamic => 1.0,
                ExerciseKind.SelfMassage => 0.4,
                _ => longestHold <= 20 ? 0.5 : 0.2,
            },
            Goal.CoolDown => exercise.Kind switch
            {
                ExerciseKind.StaticHold => longestHold >= 30 ? 1.0 : 0.7,
                ExerciseKind.SelfMassage => 0.7,
                _ => 0.3,
            },
            Goal.DeskBreak => exercise.MainPosition.IsFloor() ? 0.0
                : exercise.Kind == ExerciseKind.SelfMassage ? 0.3
                : 0.7,
            _ => 0.6,
        };
        var context = goal switch
        {
            Goal.WarmUp => ExerciseContext.WarmUp,
            Goal.CoolDown => ExerciseContext.CoolDown,
            Goal.DeskBreak => ExerciseContext.Desk,
            _ => ExerciseContext.Relief,
        };
        return exercise.Contexts.Contains(context) ? Math.Min(1.0, fit + 0.3) : fit;
    }

    /// <summary>A stable nudge in [0, <see cref="SeedNudge"/>) from the seed and the exercise id (FNV-1a; not the process-random string hash).</summary>
    public static double Nudge(int seed, ExerciseId id)
    {
        var hash = 2166136261u;
        foreach (var b in BitConverter.GetBytes(seed))
        {
            hash = (hash ^ b) * 16777619u;
        }
        foreach (var c in id.Value)
        {
            hash = (hash ^ c) * 16777619u;
        }
        hash ^= hash >> 15;
        hash *= 2246822519u;
        hash ^= hash >> 13;
        return hash % 10_000 / 10_000.0 * SeedNudge;
    }

    /// <summary>The value of the focus part for an area reached by <paramref name="count"/> exercises.</summary>
    public static double FocusPoints(int count)
    {
        var total = 0.0;
        var step = FocusFirst;
        for (var k = 0; k < count; k++)
        {
            total += step;
            step *= FocusDecay;
        }
        return total;
    }
}
