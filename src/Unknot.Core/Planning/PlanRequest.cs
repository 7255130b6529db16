using Unknot.Catalog;
using Unknot.Dosing;

namespace Unknot.Planning;

/// <summary>What the user has and wants: minutes, place, equipment, focus areas, goal, things to avoid, level, seed.</summary>
public sealed record PlanRequest
{
    /// <summary>The fewest minutes a request may ask for.</summary>
    public const int MinMinutes = 1;

    /// <summary>The most minutes a request may ask for.</summary>
    public const int MaxMinutes = 120;

    /// <summary>Creates a request; minutes must be within 1–120.</summary>
    public PlanRequest(int minutes, Place place)
    {
        if (minutes is < MinMinutes or > MaxMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, $"minutes must be between {MinMinutes} and {MaxMinutes}");
        }
        Minutes = minutes;
        Place = place;
    }

    /// <summary>The most the routine may take, transitions included.</summary>
    public int Minutes { get; }

    /// <summary>Where the user is.</summary>
    public Place Place { get; }

    /// <summary>Equipment at hand (a chair is added at a desk).</summary>
    public IReadOnlyList<Equipment> Equipment { get; init; } = [];

    /// <summary>Areas to cover and lean toward.</summary>
    public IReadOnlyList<Target> Focus { get; init; } = [];

    /// <summary>What the session is for.</summary>
    public Goal Goal { get; init; } = Goal.Relief;

    /// <summary>Tags never to choose (kneeling, floor, neck, overhead, self-massage…).</summary>
    public IReadOnlyList<string> Avoid { get; init; } = [];

    /// <summary>The level the routine is timed at.</summary>
    public Level Level { get; init; } = Level.Standard;

    /// <summary>The most sets a request may ask for: ACSM's 2–4 repetitions of a stretch, as whole plays of the exercise.</summary>
    public const int MaxSets = 4;

    /// <summary>
    /// How many times each chosen exercise plays, one right after the other (1–<see cref="MaxSets"/>); the minutes
    /// hold all of them, so more sets mean fewer exercises.
    /// </summary>
    public int Sets
    {
        get;
        init => field = value is >= 1 and <= MaxSets
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Sets), value, $"sets must be between 1 and {MaxSets}");
    } = 1;

    /// <summary>Varies the choice among near-equal routines; the same seed always gives the same routine.</summary>
    public int Seed { get; init; }

    /// <summary>The time budget in seconds.</summary>
    public int BudgetSeconds => Minutes * 60;

    /// <summary>80 % of the budget, rounded up, in whole-number arithmetic so no rounding of 0.8 can shift it.</summary>
    public int FillSeconds => (BudgetSeconds * 4 + 4) / 5;

    /// <summary>The equipment actually available: what was listed, plus a chair at a desk.</summary>
    public IReadOnlySet<Equipment> Available
    {
        get
        {
            var set = new HashSet<Equipment>(Equipment);
            if (Place == Place.Desk)
            {
                set.Add(Catalog.Equipment.Chair);
            }
            return set;
        }
    }
}
