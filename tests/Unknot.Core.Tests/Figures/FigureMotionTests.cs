using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Figures;
using Unknot.Routines;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Figures;

/// <summary>How the figure follows the timeline: into position before, through the movement during, still in a hold.</summary>
public sealed class FigureMotionTests
{
    private static (Timeline Timeline, IReadOnlyList<SegmentMotion?> Motions) Plan(params string[] ids)
    {
        var routine = new Routine("r", "R", "", ids.Select(id => new RoutineItem(new ExerciseId(id))).ToArray());
        var timeline = TimelineCompiler.Compile(routine, Builtins.Catalog, Level.Standard);
        return (timeline, FigureMotion.Plan(timeline, Builtins.Catalog));
    }

    [Fact]
    public void Each_dynamic_phase_moves_to_its_own_pose_over_its_whole_length()
    {
        var (timeline, motions) = Plan("cat-cow");

        var cat = timeline.Segments.First(s => s.Phase == "cat" && s.Rep == 2);
        var cow = timeline.Segments.First(s => s.Phase == "cow" && s.Rep == 2);
        motions[cat.Index]!.Path.ShouldBe([new PoseRef(2, Side.Left), new PoseRef(1, Side.Left)], "from the cow before to the cat");
        motions[cow.Index]!.Path.ShouldBe([new PoseRef(1, Side.Left), new PoseRef(2, Side.Left)]);
        motions[cat.Index]!.MoveFrom.ShouldBe(0);
        motions[cat.Index]!.MoveTo.ShouldBe(cat.DurationSeconds, "at the phase's tempo");
    }

    [Fact]
    public void The_figure_gets_into_a_hold_before_it_and_stays_still_during_it()
    {
        var (timeline, motions) = Plan("lateral-neck-stretch");
        var prepare = motions[0]!;
        var hold = timeline.Segments.First(s => s.Kind == SegmentKind.Hold);

        prepare.Path[0].ShouldBe(PoseRef.Stance);
        prepare.Path[^1].ShouldBe(new PoseRef(1, Side.Left), "the prepare ends in the left hold");
        motions[hold.Index]!.Path.ShouldBe([new PoseRef(1, Side.Left)], "nothing left to move during the hold");
        var figure = Builtins.Catalog.Find("lateral-neck-stretch")!.Figure!;
        motions[hold.Index]!.At(figure, 3).ShouldBe(motions[hold.Index]!.At(figure, hold.DurationSeconds - 1));
    }

    [Fact]
    public void At_a_switch_the_figure_changes_to_the_right_side_by_way_of_the_start()
    {
        var (timeline, motions) = Plan("lateral-neck-stretch");
        var change = timeline.Segments.First(s => s.Kind == SegmentKind.Switch);
        var right = timeline.Segments.Last(s => s.Kind == SegmentKind.Hold);

        motions[change.Index]!.Path.ShouldBe([new PoseRef(1, Side.Left), new PoseRef(0, Side.Left), new PoseRef(1, Side.Right)]);
        motions[right.Index]!.Path.ShouldBe([new PoseRef(1, Side.Right)]);
        var figure = Builtins.Catalog.Find("lateral-neck-stretch")!.Figure!;
        motions[right.Index]!.At(figure, 1)["neck.tilt"].ShouldBeLessThan(0, "tilted to the right");
    }

    [Fact]
    public void A_hold_the_figure_is_not_in_yet_is_reached_within_two_seconds()
    {
        var (timeline, motions) = Plan("butterfly-wings");
        var together = timeline.Segments.First(s => s.Phase == "elbows together");
        var motion = motions[together.Index]!;
        var figure = Builtins.Catalog.Find("butterfly-wings")!.Figure!;

        motion.Path.ShouldBe([new PoseRef(1, Side.Left), new PoseRef(2, Side.Left)]);
        motion.MoveTo.ShouldBe(FigureMotion.SettleSeconds);
        motion.At(figure, 0).ShouldBe(figure.At(1, Side.Left));
        motion.At(figure, 1)["left.shoulder.toward"].ShouldBeInRange(20.01, 134.99, "on its way");
        motion.At(figure, 2.5).ShouldBe(figure.At(2, Side.Left));
    }

    [Fact]
    public void A_transition_takes_the_next_exercises_figure_from_its_stance()
    {
        var (timeline, motions) = Plan("chest-stretch", "chair-rotation");
        var transition = timeline.Segments.First(s => s.Kind == SegmentKind.Transition);

        motions[transition.Index]!.Exercise.Value.ShouldBe("chair-rotation");
        motions[transition.Index]!.Path.ShouldBe([PoseRef.Stance, new PoseRef(0, Side.Left), new PoseRef(1, Side.Left)]);
    }

    [Fact]
    public void Segments_of_an_exercise_without_a_figure_have_no_motion()
    {
        using var home = new TempHome();
        new ExerciseYaml(Id: "plain").WriteTo(home.Path);
        var catalog = CatalogLoader.Load(home.Path).Catalog;
        var timeline = TimelineCompiler.Compile(new Routine("r", "R", "", [new RoutineItem(new ExerciseId("plain"))]), catalog, Level.Standard);

        FigureMotion.Plan(timeline, catalog).ShouldAllBe(m => m == null);
    }

    [Fact]
    public void Easing_starts_and_ends_slowly_and_stays_within_its_ends()
    {
        SegmentMotion.Ease(0).ShouldBe(0);
        SegmentMotion.Ease(1).ShouldBe(1);
        SegmentMotion.Ease(0.5).ShouldBe(0.5, 1e-12);
        SegmentMotion.Ease(0.1).ShouldBeLessThan(0.1);
        SegmentMotion.Ease(-1).ShouldBe(0);
        SegmentMotion.Ease(2).ShouldBe(1);
    }

    [Fact]
    public void The_braille_figure_fits_its_rows_and_shows_the_body()
    {
        var figure = Builtins.Catalog.Find("cat-cow")!.Figure!;
        var sketch = FigureDrawing.Of(figure).Key(1, Side.Left);

        var lines = FigureBraille.Render(sketch, 10);

        lines.Count.ShouldBe(10);
        lines.ShouldAllBe(l => l.Length == FigureBraille.ColumnsFor(sketch, 10) && l.All(c => c >= '\u2800' && c <= '\u28FF'));
        lines.Sum(l => l.Count(c => c != '\u2800')).ShouldBeGreaterThan(30);
        string.Join("", lines).ShouldNotBe(string.Join("", FigureBraille.Render(FigureDrawing.Of(figure).Key(2, Side.Left), 10)), "the cat and the cow differ");
    }
}
