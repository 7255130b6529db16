using Unknot.Catalog;
using Unknot.Planning;

namespace Unknot.App.Views;

/// <summary>A planned routine as <c>unknot plan --json</c> and <c>POST /api/plan</c> give it.</summary>
/// <param name="SavedAs">The id it was saved under, when it was.</param>
public sealed record PlanView(RoutineView Routine, TimelineView Timeline, IReadOnlyList<PlanPickView> Picks, double Score, bool Exact, string? SavedAs)
{
    /// <summary>The view of a plan.</summary>
    public static PlanView From(Plan plan, ExerciseCatalog catalog, string? savedAs = null) => new(
        RoutineView.From(plan.Routine, catalog),
        TimelineView.From(plan.Timeline),
        plan.Picks.Select(p => new PlanPickView(p.Exercise.Id.Value, p.Exercise.Name, p.Seconds, p.Reason)).ToArray(),
        Math.Round(plan.Value.Score, 3),
        plan.Exact,
        savedAs);
}

/// <summary>One chosen exercise and why.</summary>
public sealed record PlanPickView(string Exercise, string Name, int Seconds, string Reason);
