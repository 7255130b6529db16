using FsCheck;
using FsCheck.Fluent;
using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Planning;

public sealed class PlannerOptimumTests
{
    private static readonly Exercise[] All = Builtins.Catalog.All.ToArray();

    [Fact]
    public void On_the_builtins_the_plan_is_the_best_of_all_subsets()
    {
        Prop.ForAll(RequestGen.Requests(["floor", "kneeling", "neck", "overhead", "self-massage"]), request =>
        {
            var best = BruteForce(request);
            var result = Planner.Plan(Builtins.Catalog, request);
            var unreachableFocus = request.Focus.Any(f => !All.Any(e => e.Targets.Contains(f) && PlanConstraints.Check(e, request) is null));
            if (best is null || unreachableFocus)
            {
                result.Succeeded.ShouldBeFalse("nothing fits, or a focus area has no allowed exercise");
                return;
            }
            var plan = result.Plan.ShouldNotBeNull(result.Failure?.Message);
            plan.Exact.ShouldBeTrue();
            plan.Value.Total.ShouldBe(best.Value.Total, 1e-9);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>
    /// Every subset of the twelve that breaks no rule, timed by compiling it into a real timeline, scored by the
    /// planner's score; the best value, or null when no subset fits.
    /// </summary>
    private static PlanValue? BruteForce(PlanRequest request)
    {
        PlanValue? best = null;
        var score = Planner.Scorer(Builtins.Catalog, request);
        for (var mask = 1; mask < 1 << All.Length; mask++)
        {
            var ids = All.Where((_, i) => (mask & 1 << i) != 0).Select(e => e.Id).ToArray();
            if (score(ids) is not { } value || value.Seconds > request.BudgetSeconds)
            {
                continue;
            }
            if (best is null || value.Total > best.Value.Total)
            {
                best = value;
            }
        }
        return best;
    }

    [Fact]
    public void The_planners_timing_of_a_set_matches_the_compiled_timeline()
    {
        var random = new Random(3);
        foreach (var goal in Enum.GetValues<Goal>())
        {
            var request = new PlanRequest(30, Place.Home) { Goal = goal, Equipment = Enum.GetValues<Equipment>() };
            for (var trial = 0; trial < 100; trial++)
            {
                var ids = All.Where(_ => random.NextDouble() < 0.4).Select(e => e.Id).ToArray();
                if (ids.Length == 0)
                {
                    continue;
                }
                var ordered = Planner.Order(Builtins.Catalog, request, ids);
                var routine = new Unknot.Routines.Routine("r", "R", "", ordered.Select(e => new Unknot.Routines.RoutineItem(e.Id)).ToArray());
                var compiled = TimelineCompiler.Compile(routine, Builtins.Catalog, request.Level);

                Planner.Evaluate(Builtins.Catalog, request, ids)!.Value.Seconds.ShouldBe(compiled.TotalSeconds);
            }
        }
    }

    [Fact]
    public void On_large_catalogs_the_fast_search_stays_within_two_percent_of_the_exact_optimum()
    {
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            var catalog = SyntheticCatalog.Create(40, seed);
            foreach (var (minutes, place, focus) in new[] { (5, Place.Home, new[] { Target.Neck }), (12, Place.Gym, new[] { Target.Chest, Target.MidBack }), (20, Place.Desk, Array.Empty<Target>()) })
            {
                var request = new PlanRequest(minutes, place) { Equipment = [Equipment.Wall, Equipment.LacrosseBall], Focus = focus, Seed = seed };
                var fast = Planner.Plan(catalog, request).Plan.ShouldNotBeNull();
                var (exact, _) = Planner.PlanExactly(catalog, request);

                fast.Value.Filled.ShouldBe(exact!.Value.Filled);
                fast.Value.CoveredFocus.ShouldBe(exact.Value.CoveredFocus);
                fast.Value.Score.ShouldBeGreaterThanOrEqualTo(0.98 * exact.Value.Score, $"seed {seed}, {minutes} min at {place}");
            }
        }
    }
}
