using Unknot.Catalog;
using Unknot.App.Readers;
using Unknot.Planning;
using Unknot.Text;

namespace Unknot.App.Views;

/// <summary>A planned routine as <c>unknot plan --json</c> and <c>POST /api/plan</c> give it.</summary>
/// <param name="SavedAs">The id it was saved under, when it was.</param>
/// <param name="Shortfall">Why the plan uses less than 80 % of the minutes and what would fill more; null when it uses enough.</param>
public sealed record PlanView(RoutineView Routine, TimelineView Timeline, IReadOnlyList<PlanPickView> Picks, double Score, bool Exact, string? SavedAs, PlanShortfallView? Shortfall)
{
    /// <summary>The view of a plan.</summary>
    public static PlanView From(Plan plan, ExerciseCatalog catalog, string? savedAs = null) => new(
        RoutineView.From(plan.Routine, catalog),
        TimelineView.From(plan.Timeline),
        plan.Picks.Select(p => new PlanPickView(p.Exercise.Id.Value, p.Exercise.Name, p.Seconds, p.Reason)).ToArray(),
        Math.Round(plan.Value.Score, 3),
        plan.Exact,
        savedAs,
        plan.Shortfall is { } s ? PlanShortfallView.From(s) : null);
}

/// <summary>One chosen exercise and why.</summary>
public sealed record PlanPickView(string Exercise, string Name, int Seconds, string Reason);

/// <summary>Why a plan falls short of the minutes, and the changes that fill more.</summary>
/// <param name="Share">The share of the minutes planned, in percent, rounded down.</param>
/// <param name="Message">One line: what was planned and why no more.</param>
public sealed record PlanShortfallView(int PlannedSeconds, int BudgetSeconds, int Share, string Message, IReadOnlyList<PlanOfferView> Offers)
{
    /// <summary>The view of a shortfall.</summary>
    public static PlanShortfallView From(PlanShortfall s) => new(
        s.PlannedSeconds, s.BudgetSeconds, s.Share, s.Message,
        s.Offers.Select(o => new PlanOfferView(o.Sets, Kebab.Of(o.Level), o.Seconds, PlanRequestReader.ToQuery(o.Request))).ToArray());
}

/// <summary>A change that plans a fuller routine.</summary>
/// <param name="Sets">Sets of each exercise.</param>
/// <param name="Level">The level.</param>
/// <param name="Seconds">The length of the routine it plans.</param>
/// <param name="Query">The whole request with the change, as <c>POST /api/plan</c> fields in query-string form (for <c>/routines?…</c> and <c>/play/plan?…</c>).</param>
public sealed record PlanOfferView(int Sets, string Level, int Seconds, string Query);
