using Unknot.Catalog;
using Unknot.Routines;
using Unknot.Timelines;

namespace Unknot.Planning;

/// <summary>One exercise the planner chose, with its time and why.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="Seconds">Its own segments at the request's level (holds, switches), every set with the short move between sets, without the transition before it.</param>
/// <param name="Reason">One line: what it covers, what it needs, where it is done.</param>
public sealed record PlanPick(Exercise Exercise, int Seconds, string Reason);

/// <summary>The planner's answer: a routine in playing order, its timeline, and why each exercise is there.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Routine">The chosen exercises, ordered by position group.</param>
/// <param name="Timeline">The routine compiled at the request's level.</param>
/// <param name="Picks">One per chosen exercise, in playing order (with sets, its items follow one another).</param>
/// <param name="Value">How good it is (see docs/planner.md).</param>
/// <param name="Exact">True when the search proved no better routine exists.</param>
public sealed record Plan(PlanRequest Request, Routine Routine, Timeline Timeline, IReadOnlyList<PlanPick> Picks, PlanValue Value, bool Exact)
{
    /// <summary>The share of the minutes the plan uses, in percent, rounded down (so 79.9 % is never shown as 80 %).</summary>
    public int Share => ShareOf(Timeline.TotalSeconds, Request.BudgetSeconds);

    /// <summary>The share of <paramref name="budget"/> that <paramref name="seconds"/> fill, in percent, rounded down.</summary>
    public static int ShareOf(int seconds, int budget) => (int)(100L * seconds / budget);

    /// <summary>Why the plan uses less than 80 % of the minutes and what would fill more; null when it uses enough.</summary>
    public PlanShortfall? Shortfall { get; init; }
}

/// <summary>Why a request cannot be planned.</summary>
public enum PlanFailureKind
{
    /// <summary>Every exercise breaks one rule or another.</summary>
    NothingFits,

    /// <summary>Every exercise (for a focus area) needs equipment that was not listed.</summary>
    NeedsEquipment,

    /// <summary>No exercise in the catalog targets a focus area.</summary>
    FocusUnknown,

    /// <summary>Exercises fit the rules, but none fits in the minutes.</summary>
    TooShort,
}

/// <summary>Why a request cannot be planned, as a value: each surface words the remedy its own way.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">What is wrong, in words any surface can show (no command-line flags, no form labels).</param>
/// <param name="MissingEquipment">For <see cref="PlanFailureKind.NeedsEquipment"/>, what would make a plan possible.</param>
public sealed record PlanFailure(PlanFailureKind Kind, string Message, IReadOnlyList<Equipment> MissingEquipment)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>A plan, or the reason the request cannot be met.</summary>
public sealed record PlanResult(Plan? Plan, PlanFailure? Failure)
{
    /// <summary>True when there is a plan.</summary>
    public bool Succeeded => Plan is not null;
}
