using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Testing;

namespace Unknot.Core.Tests.Catalog;

public sealed class BuiltinCatalogTests
{
    [Fact]
    public void Every_builtin_file_loads_without_a_problem()
    {
        var load = CatalogLoader.Load(null);

        load.Problems.ShouldBeEmpty();
        load.Catalog.All.Select(e => e.Id.Value).ShouldBe(Builtins.ExpectedIds, ignoreOrder: true);
    }

    [Fact]
    public void Every_exercise_names_its_article_and_expert_and_has_steps_and_a_dose()
    {
        foreach (var exercise in Builtins.Catalog.All)
        {
            exercise.Sources.ShouldNotBeEmpty(exercise.Id.Value);
            exercise.Sources.ShouldAllBe(s => s.Article.Length > 0 && s.Expert.Length > 0 && s.Said.Length > 0);
            exercise.Setup.ShouldNotBeEmpty(exercise.Id.Value);
            exercise.Dose.Blocks.ShouldNotBeEmpty(exercise.Id.Value);
            exercise.Targets.ShouldNotBeEmpty(exercise.Id.Value);
        }
    }

    [Fact]
    public void Cat_cow_is_ten_repetitions_of_two_phases()
    {
        var block = Single("cat-cow");

        block.Repetitions.ShouldBe(DoseRange.Exactly(10));
        block.Phases.Select(p => p.Name).ShouldBe(["cat", "cow"]);
    }

    [Theory]
    [InlineData("chest-stretch", 30, false)]
    [InlineData("traps-lacrosse-ball", 60, true)]
    [InlineData("chest-lacrosse-ball", 60, true)]
    [InlineData("lateral-neck-stretch", 30, true)]
    public void Fixed_holds_follow_the_articles(string id, int seconds, bool perSide)
    {
        var block = Single(id);

        block.IsHold.ShouldBeTrue();
        block.Phases[0].Seconds.ShouldBe(DoseRange.Exactly(seconds));
        block.PerSide.ShouldBe(perSide);
        block.HasProjectChoice.ShouldBeFalse();
    }

    [Fact]
    public void Neck_rotations_and_tilts_look_down_and_up_then_tilt_each_side_for_10_to_20_seconds()
    {
        var blocks = Builtins.Catalog.Find("neck-rotations-and-tilts")!.Dose.Blocks;

        blocks.Count.ShouldBe(2);
        blocks[0].Phases.Select(p => (p.Name, p.Seconds)).ShouldBe([("chin down", new DoseRange(10, 20)), ("look up", new DoseRange(10, 20))]);
        blocks[1].PerSide.ShouldBeTrue();
        blocks[1].Phases[0].Seconds.ShouldBe(new DoseRange(10, 20));
    }

    [Fact]
    public void Butterfly_wings_alternate_5_to_10_seconds_back_and_together()
    {
        var block = Single("butterfly-wings");

        block.Phases.Select(p => p.Seconds).ShouldBe([new DoseRange(5, 10), new DoseRange(5, 10)]);
        block.Repetitions.Max.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Chair_rotation_holds_5_to_10_seconds_per_side()
    {
        var block = Single("chair-rotation");

        block.PerSide.ShouldBeTrue();
        block.Phases[0].Seconds.ShouldBe(new DoseRange(5, 10));
    }

    [Fact]
    public void Standing_arm_slides_are_ten_repetitions_with_a_five_second_hold_at_the_top()
    {
        var block = Single("standing-arm-slides");

        block.Repetitions.ShouldBe(DoseRange.Exactly(10));
        block.Phases.Where(p => p.IsHold).Select(p => p.Seconds).ShouldBe([DoseRange.Exactly(5)]);
    }

    [Theory]
    [InlineData("childs-pose")]
    [InlineData("wall-glides")]
    [InlineData("lateral-rotation-neck-stretch")]
    [InlineData("cat-cow")]
    public void Numbers_the_articles_do_not_give_are_marked_as_the_projects_choice(string id)
    {
        Builtins.Catalog.Find(id)!.Dose.Blocks.ShouldContain(b => b.HasProjectChoice);
    }

    [Fact]
    public void An_alias_finds_its_exercise()
    {
        Builtins.Catalog.Find("cow face arms")!.Id.Value.ShouldBe("chest-stretch");
    }

    private static DoseBlock Single(string id)
    {
        var exercise = Builtins.Catalog.Find(id).ShouldNotBeNull();
        return exercise.Dose.Blocks.ShouldHaveSingleItem();
    }
}
