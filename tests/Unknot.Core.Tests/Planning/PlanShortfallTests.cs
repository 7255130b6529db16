using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Testing;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Planning;

public sealed class PlanShortfallTests
{
    [Fact]
    public void Two_hours_at_the_gym_say_that_every_suitable_exercise_is_in_and_offer_more_sets_and_the_deep_level()
    {
        var request = new PlanRequest(120, Place.Gym);
        var plan = Planner.Plan(Builtins.Catalog, request).Plan!;

        var suitable = Builtins.Catalog.All.Count(e => e.Equipment.Count == 0);
        plan.Picks.Count.ShouldBe(suitable);
        var shortfall = plan.Shortfall.ShouldNotBeNull();
        shortfall.PlannedSeconds.ShouldBe(plan.Timeline.TotalSeconds);
        shortfall.Message.ShouldBe($"Only {Durations.Clock(plan.Timeline.TotalSeconds)} of 2:00:00 ({100 * plan.Timeline.TotalSeconds / 7200} %): " +
            $"all {suitable} exercises that suit this request take no longer together");

        // The most sets fill best; the deep level stands beside them. Each offer plans what it says.
        shortfall.Offers.Select(o => (o.Sets, o.Level)).ShouldBe([(PlanRequest.MaxSets, Level.Standard), (1, Level.Deep)]);
        foreach (var offer in shortfall.Offers)
        {
            var offered = Planner.Plan(Builtins.Catalog, offer.Request).Plan!;
            offered.Timeline.TotalSeconds.ShouldBe(offer.Seconds);
            offer.Seconds.ShouldBeGreaterThan(plan.Timeline.TotalSeconds);
        }
    }

    [Fact]
    public void A_second_set_plays_each_exercise_twice_in_a_row_within_the_minutes()
    {
        var plan = Planner.Plan(Builtins.Catalog, new PlanRequest(1, Place.Desk) { Sets = 2 }).Plan!;

        plan.Timeline.TotalSeconds.ShouldBeLessThanOrEqualTo(60);
        plan.Routine.Items.Count.ShouldBe(2 * plan.Picks.Count);
        plan.Routine.Items.Chunk(2).ShouldAllBe(pair => pair[0].Exercise == pair[1].Exercise);
        plan.Timeline.ShouldBe(TimelineCompiler.Compile(plan.Routine, Builtins.Catalog, Level.Standard), new PlannerRuleTests.TimelineComparer());
    }

    [Fact]
    public void One_minute_at_a_desk_names_the_share_and_offers_what_comes_closer()
    {
        var plan = Planner.Plan(Builtins.Catalog, new PlanRequest(1, Place.Desk)).Plan!;

        var shortfall = plan.Shortfall.ShouldNotBeNull();
        shortfall.Share.ShouldBeLessThan(80);
        shortfall.AllChosen.ShouldBeFalse();
        shortfall.Message.ShouldContain("no other choice among the");
        shortfall.Offers.ShouldNotBeEmpty();
        shortfall.Offers.ShouldAllBe(o => o.Seconds > plan.Timeline.TotalSeconds && o.Seconds <= 60);
    }

    [Fact]
    public void A_plan_that_uses_enough_of_the_minutes_says_nothing_more()
    {
        var plan = Planner.Plan(Builtins.Catalog, new PlanRequest(5, Place.Desk)).Plan!;

        plan.Share.ShouldBeGreaterThanOrEqualTo(80);
        plan.Shortfall.ShouldBeNull();
    }

    [Fact]
    public void Sets_outside_one_to_four_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new PlanRequest(5, Place.Desk) { Sets = 0 });
        Should.Throw<ArgumentOutOfRangeException>(() => new PlanRequest(5, Place.Desk) { Sets = PlanRequest.MaxSets + 1 });
    }
}
