using Unknot.Catalog;
using Unknot.Routines;
using Unknot.Timelines;

namespace Unknot.Planning;

/// <summary>One exercise the planner chose, with its time and why.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="Seconds">Its own segments at the request's level (holds, switches), without the transition before it.</param>
/// <param name="Reason">One line: what it covers, what it needs, where it is done.</param>
public sealed record PlanPick(Exercise Exercise, int Seconds, string Reason);

/// <summary>The planner's answer: a routine in playing order, its timeline, and why each exercise is there.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Routine">The chosen exercises, ordered by position group.</param>
/// <param name="Timeline">The routine compiled at the request's level.</param>
/// <param name="Picks">One per routine item, in the same order.</param>
/// <param name="Value">How good it is (see docs/planner.md).</param>
/// <param name="Exact">True when the search proved no better routine exists.</param>
public sealed record Plan(PlanRequest Request, Routine Routine, Timeline Timeline, IReadOnlyList<PlanPick> Picks, PlanValue Value, bool Exact);

/// <summary>A plan, or the one line that says why the request cannot be met.</summary>
public sealed record PlanResult(Plan? Plan, string? Failure)
{
    /// <summary>True when there is a plan.</summary>
    public bool Succeeded => Plan is not null;
}
