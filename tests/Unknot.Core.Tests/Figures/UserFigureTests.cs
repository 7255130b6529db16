using Unknot.Catalog;
using Unknot.Figures;
using Unknot.Testing;

namespace Unknot.Core.Tests.Figures;

/// <summary>A user's own figure: checked on load like the rest of the file, but a problem costs only the figure.</summary>
public sealed class UserFigureTests
{
    private const string Hold = "    - kind: hold\n      seconds: 30\n      perSide: true\n      cue: Tip the {side} ear down.\n";

    private static (CatalogLoad Load, string[] Lines) Load(TempHome home, string figure)
    {
        var path = new ExerciseYaml(Id: "my-neck", Blocks: Hold, Extra: figure).WriteTo(home.Path);
        return (CatalogLoader.Load(home.Path), File.ReadAllLines(path));
    }

    private static int LineOf(string[] lines, string text) => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_good_figure_loads_with_its_stance_start_and_mirrored_right_side()
    {
        using var home = new TempHome();
        var (load, _) = Load(home, "figure:\n  view: front\n  props: [chair]\n  stance: seated\n  poses:\n    - phase: hold\n      neck.tilt: 35\n");

        load.Problems.ShouldBeEmpty();
        var figure = load.Catalog.Find("my-neck")!.Figure!;
        figure.Views.ShouldBe([Viewpoint.Front]);
        figure.Props.ShouldBe([Prop.Chair]);
        figure.At(0, Unknot.Timelines.Side.Left)["left.knee"].ShouldBe(90, "the start is the seated stance");
        figure.At(1, Unknot.Timelines.Side.Left)["neck.tilt"].ShouldBe(35);
        figure.At(1, Unknot.Timelines.Side.Right)["neck.tilt"].ShouldBe(-35);
    }

    [Fact]
    public void An_angle_out_of_its_range_names_file_line_and_field_and_the_exercise_loads_without_a_figure()
    {
        using var home = new TempHome();
        var (load, lines) = Load(home, "figure:\n  view: front\n  stance: seated\n  poses:\n    - phase: hold\n      neck.tilt: 80\n");

        var problem = load.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe("exercises/my-neck.yaml");
        problem.Line.ShouldBe(LineOf(lines, "neck.tilt: 80"));
        problem.Field.ShouldBe("figure.poses[0].neck.tilt");
        problem.Message.ShouldContain("must be between -45 and 45");
        problem.Message.ShouldContain("got 80");
        problem.Partial.ShouldBeTrue();
        problem.ToString().ShouldStartWith($"exercises/my-neck.yaml:{problem.Line}: figure.poses[0].neck.tilt: ");
        var exercise = load.Catalog.Find("my-neck").ShouldNotBeNull("the exercise still loads");
        exercise.Figure.ShouldBeNull();
    }

    [Fact]
    public void A_misspelt_angle_gets_a_suggestion()
    {
        using var home = new TempHome();
        var (load, lines) = Load(home, "figure:\n  view: front\n  stance: standing\n  poses:\n    - neck.tlit: 20\n");

        var problem = load.Problems.ShouldHaveSingleItem();
        problem.Line.ShouldBe(LineOf(lines, "neck.tlit"));
        problem.Field.ShouldBe("figure.poses[0].neck.tlit");
        problem.Message.ShouldContain("did you mean 'neck.tilt'?");
        load.Catalog.Find("my-neck")!.Figure.ShouldBeNull();
    }

    [Fact]
    public void A_figure_needs_one_pose_per_phase()
    {
        using var home = new TempHome();
        var (load, lines) = Load(home, "figure:\n  view: side\n  stance: standing\n  poses:\n    - neck.tilt: 20\n    - neck.tilt: 30\n");

        var problem = load.Problems.ShouldHaveSingleItem();
        problem.Field.ShouldBe("figure.poses");
        problem.Line.ShouldBe(LineOf(lines, "- neck.tilt: 20"));
        problem.Message.ShouldContain("one pose for each phase of the dose, in order: 1 (hold), got 2");
    }

    [Fact]
    public void A_pose_no_shoulder_can_take_is_refused_though_each_angle_is_in_range()
    {
        using var home = new TempHome();
        var (load, lines) = Load(home, "figure:\n  view: side\n  stance: standing\n  poses:\n    - both.shoulder.toward: 180\n      both.shoulder.raise: 150\n");

        load.Problems.Count.ShouldBe(2);
        load.Problems.ShouldAllBe(p => p.Line == LineOf(lines, "both.shoulder.raise: 150") && p.Partial);
        load.Problems[0].Message.ShouldContain("an arm reaching back (toward 180) lifts at most 70, got 150");
    }

    [Fact]
    public void An_unknown_view_prop_or_stance_is_named_with_the_known_ones()
    {
        using var home = new TempHome();
        var (load, _) = Load(home, "figure:\n  view: diagonal\n  props: [sofa]\n  stance: lying\n  poses:\n    - neck.tilt: 20\n");

        load.Problems.Select(p => p.Field).ShouldBe(["figure.view", "figure.props[0]", "figure.stance"], ignoreOrder: true);
        load.Problems.First(p => p.Field == "figure.props[0]").Message.ShouldContain("known: chair, mat, wall-behind, wall-in-front, ball-upper-back, ball-chest");
        load.Catalog.Find("my-neck").ShouldNotBeNull();
    }

    [Fact]
    public void A_problem_elsewhere_in_the_file_still_skips_the_whole_file()
    {
        using var home = new TempHome();
        new ExerciseYaml(Id: "broken", Kind: "stretchy", Extra: "figure:\n  view: front\n  stance: standing\n  poses:\n    - neck.tilt: 20\n").WriteTo(home.Path);

        var load = CatalogLoader.Load(home.Path);

        load.Problems.ShouldHaveSingleItem().Partial.ShouldBeFalse();
        load.Catalog.Find("broken").ShouldBeNull();
    }
}
