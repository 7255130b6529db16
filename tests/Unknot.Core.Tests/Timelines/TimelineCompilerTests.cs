using FsCheck;
using FsCheck.Fluent;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Timelines;

public sealed class TimelineCompilerTests
{
    public static TheoryData<string, Level> BuiltinRoutinesAtEveryLevel()
    {
        var data = new TheoryData<string, Level>();
        foreach (var routine in Builtins.Routines.All)
        {
            foreach (var level in Enum.GetValues<Level>())
            {
                data.Add(routine.Id, level);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltinRoutinesAtEveryLevel))]
    public void Every_builtin_routine_compiles_to_a_timeline_that_obeys_the_rules(string routineId, Level level)
    {
        var timeline = TimelineCompiler.Compile(Builtins.Routines.Find(routineId)!, Builtins.Catalog, level);

        timeline.ShouldObeyTheRules(Builtins.Catalog);
    }

    [Fact]
    public void Generated_routines_compile_to_timelines_that_obey_the_rules()
    {
        var ids = Builtins.ExpectedIds.ToArray();
        var item = from id in Gen.Elements(ids)
                   from rest in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 60)))
                   from level in Gen.Elements<Level?>(null, Level.Gentle, Level.Standard, Level.Deep)
                   select new RoutineItem(new ExerciseId(id), level, rest);
        var request = from items in Gen.NonEmptyListOf(item)
                      from level in Gen.Elements(Enum.GetValues<Level>())
                      select (Items: items.ToArray(), Level: level);

        Prop.ForAll(request.ToArbitrary(), r =>
        {
            var timeline = TimelineCompiler.Compile(new Routine("generated", "Generated", "", r.Items), Builtins.Catalog, r.Level);
            timeline.ShouldObeyTheRules(Builtins.Catalog);
            timeline.Segments.Count(s => s.Kind is SegmentKind.Prepare or SegmentKind.Transition).ShouldBe(r.Items.Length);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Per_side_hold_plays_left_then_switch_then_right()
    {
        var timeline = Compile(Level.Standard, "lateral-neck-stretch");

        timeline.Segments.Select(s => (s.Kind, s.Side, s.DurationSeconds)).ShouldBe(
        [
            (SegmentKind.Prepare, Side.None, 5),
            (SegmentKind.Hold, Side.Left, 30),
            (SegmentKind.Switch, Side.Right, TransitionRules.SwitchSeconds),
            (SegmentKind.Hold, Side.Right, 30),
        ]);
        timeline.Segments[1].Cue.ShouldContain("left ear");
        timeline.Segments[3].Cue.ShouldContain("right ear");
    }

    [Fact]
    public void The_neck_stretches_carry_their_target_band_with_the_side_applied()
    {
        var timeline = Compile(Level.Standard, "neck-rotations-and-tilts", "chest-stretch");

        timeline.Segments.Where(s => s.Band is not null).Select(s => (s.Phase ?? s.Kind.ToString(), s.Band!.Direction, s.Band.From, s.Band.To)).ShouldBe(
        [
            ("chin down", "flexion", 20, 50),
            ("look up", "extension", 20, 45),
            ("Hold", "tiltLeft", 20, 45),
            ("Hold", "tiltRight", 20, 45),
        ]);
        timeline.Segments.Where(s => s.Exercise.Value == "chest-stretch").ShouldAllBe(s => s.Band == null);
    }

    [Fact]
    public void Repetitions_number_each_phase_and_level_picks_the_phase_length()
    {
        var gentle = Compile(Level.Gentle, "cat-cow");
        var deep = Compile(Level.Deep, "cat-cow");

        var work = gentle.Segments.Where(s => s.IsExercise).ToArray();
        work.Length.ShouldBe(20);
        work.Select(s => s.Phase).Distinct().ShouldBe(["cat", "cow"]);
        work[^1].Rep.ShouldBe(10);
        work[^1].RepCount.ShouldBe(10);
        work.ShouldAllBe(s => s.DurationSeconds == 3);
        deep.Segments.Where(s => s.IsExercise).ShouldAllBe(s => s.DurationSeconds == 5);
    }

    [Fact]
    public void A_caution_that_names_a_phase_shows_in_that_phase_and_no_other()
    {
        var timeline = Compile(Level.Standard, "neck-rotations-and-tilts", "childs-pose");

        var neck = timeline.Segments.Where(s => s.IsExercise && s.Exercise.Value == "neck-rotations-and-tilts").ToArray();
        neck.Select(s => (s.Phase ?? s.Side.ToString(), s.Caution is not null)).ShouldBe(
        [
            ("chin down", false),
            ("look up", false),
            ("Left", true),
            ("Right", true),
        ]);
        neck[2].Caution.ShouldStartWith("In the side tilt");
        // A caution that names no phase holds throughout; the first is the one shown.
        var pose = timeline.Segments.Single(s => s.IsExercise && s.Exercise.Value == "childs-pose");
        pose.Caution.ShouldBe(Builtins.Catalog.Find("childs-pose")!.Cautions[0]);
        timeline.Segments.Where(s => !s.IsExercise).ShouldAllBe(s => s.Caution == null);
        // The library still lists every caution.
        Builtins.Catalog.Find("neck-rotations-and-tilts")!.Cautions.ShouldBe([neck[2].Caution!]);
    }

    [Fact]
    public void A_voice_reads_each_cue_once_then_counts_the_repetitions_and_names_the_phases()
    {
        var timeline = Compile(Level.Standard, "cat-cow", "standing-arm-slides");

        var cat = timeline.Segments.Where(s => s.IsExercise && s.Exercise.Value == "cat-cow").ToArray();
        cat[0].Spoken.ShouldBe(cat[0].Cue);
        cat[1].Spoken.ShouldBe(cat[1].Cue);
        cat.Skip(2).Take(4).Select(s => s.Spoken).ShouldBe(["2. Cat.", "Cow.", "3. Cat.", "Cow."]);
        var slides = timeline.Segments.Where(s => s.IsExercise && s.Exercise.Value == "standing-arm-slides").ToArray();
        slides.Take(3).ShouldAllBe(s => s.Spoken == s.Cue);
        slides.Skip(3).Take(3).Select(s => s.Spoken).ShouldBe(["2. Slide up.", "Hold at the top.", "Lower."]);
        // Each cue is read in full exactly once per exercise; what is not an exercise's repetition is read as it is.
        timeline.Segments.Where(s => s.Spoken == s.Cue).GroupBy(s => (s.Item, s.Cue)).ShouldAllBe(g => g.Count() == 1);
        timeline.Segments.Where(s => !s.IsExercise).ShouldAllBe(s => s.Spoken == s.Cue);
    }

    [Fact]
    public void Getting_down_to_the_floor_takes_longer_than_staying_in_one_position()
    {
        var samePosition = Compile(Level.Standard, "lateral-neck-stretch", "lateral-rotation-neck-stretch");
        var toFloor = Compile(Level.Standard, "lateral-neck-stretch", "childs-pose");

        var stay = samePosition.Segments.Single(s => s.Kind == SegmentKind.Transition).DurationSeconds;
        var down = toFloor.Segments.Single(s => s.Kind == SegmentKind.Transition).DurationSeconds;
        down.ShouldBeGreaterThan(stay);
    }

    [Fact]
    public void Extra_rest_after_an_item_becomes_a_rest_segment()
    {
        var routine = new Routine("r", "R", "", [new RoutineItem(new ExerciseId("chest-stretch"), null, 12), new RoutineItem(new ExerciseId("chair-rotation"))]);

        var timeline = TimelineCompiler.Compile(routine, Builtins.Catalog, Level.Standard);

        timeline.Segments.Select(s => s.Kind).ShouldBe(
        [
            SegmentKind.Prepare, SegmentKind.Hold, SegmentKind.Rest, SegmentKind.Transition,
            SegmentKind.Hold, SegmentKind.Switch, SegmentKind.Hold,
        ]);
        timeline.Segments[2].DurationSeconds.ShouldBe(12);
    }

    [Fact]
    public void An_item_level_overrides_the_session_level()
    {
        var routine = new Routine("r", "R", "", [new RoutineItem(new ExerciseId("childs-pose"), Level.Deep)]);

        var timeline = TimelineCompiler.Compile(routine, Builtins.Catalog, Level.Gentle);

        timeline.Segments.Single(s => s.Kind == SegmentKind.Hold).DurationSeconds.ShouldBe(60);
    }

    private static Timeline Compile(Level level, params string[] ids) =>
        TimelineCompiler.Compile(new Routine("test", "Test", "", ids.Select(id => new RoutineItem(new ExerciseId(id))).ToArray()), Builtins.Catalog, level);
}
