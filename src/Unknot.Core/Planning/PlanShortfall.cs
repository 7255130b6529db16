using Unknot.Dosing;
using Unknot.Text;

namespace Unknot.Planning;

/// <summary>A change to the request that plans a fuller routine: more sets of each exercise, or a longer level.</summary>
/// <param name="Request">The request with the change made.</param>
/// <param name="Seconds">How long the routine it plans takes, transitions included.</param>
public sealed record PlanOffer(PlanRequest Request, int Seconds)
{
    /// <summary>The sets the offer asks for.</summary>
    public int Sets => Request.Sets;

    /// <summary>The level the offer asks for.</summary>
    public Level Level => Request.Level;
}

/// <summary>
/// Why a plan uses less than 80 % of the minutes, and the changes that would fill more (see docs/planner.md).
/// </summary>
/// <param name="PlannedSeconds">The plan's length.</param>
/// <param name="BudgetSeconds">The minutes asked for, in seconds.</param>
/// <param name="Suitable">How many exercises suit the request (place, equipment, things avoided).</param>
/// <param name="AllChosen">True when the plan already holds every suitable exercise: the catalog has no more that fit.</param>
/// <param name="Offers">Changes that plan a longer routine within the minutes, fullest first; empty when none does.</param>
public sealed record PlanShortfall(int PlannedSeconds, int BudgetSeconds, int Suitable, bool AllChosen, IReadOnlyList<PlanOffer> Offers)
{
    /// <summary>The share of the minutes the plan uses, rounded down, in percent.</summary>
    public int Share => Plan.ShareOf(PlannedSeconds, BudgetSeconds);

    /// <summary>Why, as one sentence without its full stop, that any surface can show (no command-line flags, no form labels).</summary>
    public string Message
    {
        get
        {
            var planned = $"{Durations.Clock(PlannedSeconds)} of {Durations.Clock(BudgetSeconds)} ({Share} %)";
            var exercises = Suitable == 1 ? "the one exercise that suits" : $"all {Suitable} exercises that suit";
            return AllChosen
                ? $"Only {planned}: {exercises} this request take no longer together"
                : $"Only {planned}: no other choice among the {Suitable} exercises that suit this request fits closer to the minutes";
        }
    }
}
