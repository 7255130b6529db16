using FsCheck;
using FsCheck.Fluent;
using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Planning;

public sealed class PlannerRuleTests
{
    private static readonly Exercise[] All = Builtins.Catalog.All.ToArray();

    [Fact]
    public void Every_plan_keeps_every_rule_of_its_request()
    {
        Prop.ForAll(RequestGen.Requests(["floor", "kneeling", "neck", "overhead", "self-massage"]), request =>
        {
            var result = Planner.Plan(Builtins.Catalog, request);
            if (!result.Succeeded)
            {
                result.Failure!.Message.ShouldStartWith("no exercise fits");
                return;
            }
            var plan = result.Plan!;
            var exercises = plan.Routine.Items.Select(i => Builtins.Catalog.Find(i.Exercise.Value)!).ToArray();

            // Time: the compiled timeline never exceeds the minutes.
            plan.Timeline.TotalSeconds.ShouldBeLessThanOrEqualTo(request.Minutes * 60);
            plan.Timeline.ShouldBe(TimelineCompiler.Compile(plan.Routine, Builtins.Catalog, request.Level), new TimelineComparer());

            foreach (var e in exercises)
            {
                // Place.
                var floor = e.MainPosition is Position.FloorKneeling or Position.FloorSeated or Position.Quadruped;
                if (request.Place is Place.Desk or Place.Outdoors)
                {
                    floor.ShouldBeFalse($"{e.Id} is on the floor at {request.Place}");
                }
                // Equipment: only what was listed, and a chair at a desk.
                foreach (var needed in e.Equipment)
                {
                    (request.Equipment.Contains(needed) || (needed == Equipment.Chair && request.Place == Place.Desk))
                        .ShouldBeTrue($"{e.Id} needs {needed}");
                }
                // Avoid.
                foreach (var tag in request.Avoid)
                {
                    var carries = tag switch
                    {
                        "floor" => floor,
                        "kneeling" => e.MainPosition is Position.FloorKneeling or Position.Quadruped,
                        "neck" => e.Targets.Contains(Target.Neck),
                        "self-massage" => e.Kind == ExerciseKind.SelfMassage,
                        _ => e.Tags.Contains(tag),
                    };
                    carries.ShouldBeFalse($"{e.Id} is '{tag}', which was to be avoided");
                }
            }

            // Order: never down to the floor, up, and down again; grouped by position.
            var ranks = exercises.Select(e => Array.IndexOf(PlanOrder, e.MainPosition)).ToArray();
            var ascending = ranks.Zip(ranks.Skip(1)).All(p => p.First <= p.Second);
            var descending = ranks.Zip(ranks.Skip(1)).All(p => p.First >= p.Second);
            (ascending || descending).ShouldBeTrue($"positions go {string.Join(" → ", exercises.Select(e => e.MainPosition))}");

            // Focus: covered whenever some routine that fits could cover it as well as fill the time.
            var possible = BestReachable(request);
            var covered = request.Focus.Count(f => exercises.Any(e => e.Targets.Contains(f)));
            covered.ShouldBe(possible.Covered);
            // Time used: at least 80 % whenever some routine that fits reaches it.
            if (possible.CanFill)
            {
                plan.Timeline.TotalSeconds.ShouldBeGreaterThanOrEqualTo(request.FillSeconds);
            }

            // Same request, same routine.
            Planner.Plan(Builtins.Catalog, request).Plan!.Routine.Items.ShouldBe(plan.Routine.Items);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static readonly Position[] PlanOrder = [Position.Standing, Position.Seated, Position.FloorSeated, Position.FloorKneeling, Position.Quadruped];

    /// <summary>Over every allowed subset that fits: can one fill 80 %, and how many focus areas can one cover among those that fill (or among all, if none fills).</summary>
    private static (bool CanFill, int Covered) BestReachable(PlanRequest request)
    {
        var allowed = All.Where(e => PlanConstraints.Check(e, request) is null).ToArray();
        var best = (CanFill: false, Covered: 0);
        var score = Planner.Scorer(Builtins.Catalog, request);
        for (var mask = 1; mask < 1 << allowed.Length; mask++)
        {
            var set = allowed.Where((_, i) => (mask & 1 << i) != 0).ToArray();
            var value = score(set.Select(e => e.Id))!.Value;
            if (value.Seconds > request.BudgetSeconds)
            {
                continue;
            }
            var fills = value.Seconds >= request.FillSeconds;
            var covered = request.Focus.Count(f => set.Any(e => e.Targets.Contains(f)));
            if ((fills, covered).CompareTo((best.CanFill, best.Covered)) > 0)
            {
                best = (fills, covered);
            }
        }
        return best;
    }

    [Fact]
    public void The_same_seed_gives_the_same_routine_and_other_seeds_can_vary_it()
    {
        var routines = Enumerable.Range(0, 30)
            .Select(seed => new PlanRequest(6, Place.Home) { Seed = seed })
            .Select(r => string.Join(",", Planner.Plan(Builtins.Catalog, r).Plan!.Routine.Items.Select(i => i.Exercise.Value)))
            .ToArray();

        routines.Distinct().Count().ShouldBeGreaterThan(1);
        string.Join(",", Planner.Plan(Builtins.Catalog, new PlanRequest(6, Place.Home) { Seed = 4 }).Plan!.Routine.Items.Select(i => i.Exercise.Value))
            .ShouldBe(routines[4]);
    }

    [Fact]
    public void A_desk_plan_for_the_neck_and_upper_back_stays_seated_or_standing_and_covers_both()
    {
        var plan = Planner.Plan(Builtins.Catalog, new PlanRequest(5, Place.Desk) { Focus = [Target.Neck, Target.UpperBack] }).Plan!;

        plan.Timeline.TotalSeconds.ShouldBeInRange(240, 300);
        plan.Picks.ShouldContain(p => p.Exercise.Targets.Contains(Target.Neck));
        plan.Picks.ShouldContain(p => p.Exercise.Targets.Contains(Target.UpperBack));
        plan.Picks.ShouldAllBe(p => p.Reason.Contains("standing") || p.Reason.Contains("seated"));
    }

    [Fact]
    public void A_warm_up_leans_on_moving_stretches_and_a_cool_down_on_static_holds()
    {
        var warmUp = Planner.Plan(Builtins.Catalog, new PlanRequest(4, Place.Gym) { Goal = Goal.WarmUp, Equipment = [Equipment.Wall] }).Plan!;
        var coolDown = Planner.Plan(Builtins.Catalog, new PlanRequest(4, Place.Gym) { Goal = Goal.CoolDown, Equipment = [Equipment.Wall] }).Plan!;

        var warmDynamic = warmUp.Timeline.Segments.Where(s => s.IsExercise).Sum(s => Builtins.Catalog.Find(s.Exercise.Value)!.Kind == ExerciseKind.Dynamic ? s.DurationSeconds : 0);
        var coolStatic = coolDown.Timeline.Segments.Where(s => s.IsExercise).Sum(s => Builtins.Catalog.Find(s.Exercise.Value)!.Kind == ExerciseKind.StaticHold ? s.DurationSeconds : 0);
        warmDynamic.ShouldBeGreaterThan(warmUp.Timeline.Segments.Where(s => s.IsExercise).Sum(s => s.DurationSeconds) / 2);
        coolStatic.ShouldBeGreaterThan(coolDown.Timeline.Segments.Where(s => s.IsExercise).Sum(s => s.DurationSeconds) / 2);
    }

    [Theory]
    [InlineData(Place.Desk, new[] { Target.Lats }, new string[0], new Equipment[0], "no exercise fits: place 'desk' rules out the floor and every lats exercise needs the floor")]
    [InlineData(Place.Home, new[] { Target.Neck }, new[] { "neck" }, new Equipment[0], "no exercise fits: you avoid 'neck' and every neck exercise is tagged so")]
    [InlineData(Place.Outdoors, new Target[0], new[] { "neck", "overhead" }, new Equipment[0], null)]
    public void A_request_that_cannot_be_met_says_why_in_one_line(Place place, Target[] focus, string[] avoid, Equipment[] equipment, string? expected)
    {
        var result = Planner.Plan(Builtins.Catalog, new PlanRequest(4, place) { Focus = focus, Avoid = avoid, Equipment = equipment });

        if (expected is null)
        {
            result.Succeeded.ShouldBeTrue(result.Failure?.Message);
        }
        else
        {
            result.Failure!.Message.ShouldBe(expected);
        }
    }

    [Fact]
    public void Equipment_missing_for_every_exercise_of_a_focus_is_named()
    {
        var catalog = new ExerciseCatalog(All.Where(e => e.Id.Value is "traps-lacrosse-ball" or "chest-stretch"));

        var failure = Planner.Plan(catalog, new PlanRequest(10, Place.Home) { Focus = [Target.UpperTrapezius] }).Failure!;

        failure.Message.ShouldBe("no exercise fits: every upper trapezius exercise needs equipment you did not list (lacrosse ball, wall)");
        failure.Kind.ShouldBe(PlanFailureKind.NeedsEquipment);
        failure.MissingEquipment.ShouldBe([Equipment.LacrosseBall, Equipment.Wall]);
    }

    internal sealed class TimelineComparer : IEqualityComparer<Timeline>
    {
        public bool Equals(Timeline? x, Timeline? y) => x!.Segments.SequenceEqual(y!.Segments) && x.TotalSeconds == y.TotalSeconds;

        public int GetHashCode(Timeline obj) => obj.TotalSeconds;
    }
}
