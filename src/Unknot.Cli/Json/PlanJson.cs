using Unknot.Planning;

namespace Unknot.Cli.Json;

/// <summary>A plan as <c>unknot plan --json</c> prints it: the routine and its timeline in the shapes of <c>routines</c> and <c>timeline</c>.</summary>
internal sealed record PlanJson(RoutineJson Routine, TimelineJson Timeline, IReadOnlyList<PickJson> Picks, double Score, bool Exact, string? SavedTo)
{
    public static PlanJson From(Plan plan, string? savedTo) => new(
        new RoutineJson(plan.Routine.Id, plan.Routine.Name, plan.Routine.Description,
            plan.Routine.Items.Select(i => i.Exercise.Value).ToArray(), plan.Timeline.TotalSeconds, savedTo ?? plan.Routine.Origin),
        TimelineJson.From(plan.Timeline),
        plan.Picks.Select(p => new PickJson(p.Exercise.Id.Value, p.Seconds, p.Reason)).ToArray(),
        Math.Round(plan.Value.Score, 3),
        plan.Exact,
        savedTo);
}

/// <summary>One chosen exercise and why.</summary>
internal sealed record PickJson(string Exercise, int Seconds, string Reason);
