using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Routines;

public sealed class BuiltinRoutineTests
{
    [Fact]
    public void The_builtin_routines_load_without_a_problem()
    {
        var load = RoutineSet.Load(Builtins.Catalog, null);

        load.Problems.ShouldBeEmpty();
        load.Routines.All.Select(r => r.Id).ShouldBe(["cool-down", "desk-break", "full-upper-back", "lacrosse-release", "warm-up"], ignoreOrder: true);
    }

    [Fact]
    public void Desk_break_stays_off_the_floor_needs_nothing_but_a_chair_and_takes_four_to_six_minutes()
    {
        var exercises = Exercises("desk-break");
        var timeline = TimelineCompiler.Compile(Builtins.Routines.Find("desk-break")!, Builtins.Catalog, Level.Standard);

        exercises.ShouldAllBe(e => !e.Positions.Any(p => p.IsFloor()));
        exercises.SelectMany(e => e.Equipment).ShouldAllBe(q => q == Equipment.Chair);
        timeline.TotalSeconds.ShouldBeInRange(4 * 60, 6 * 60);
    }

    [Fact]
    public void Warm_up_is_made_of_moving_stretches()
    {
        Exercises("warm-up").ShouldAllBe(e => e.Kind == ExerciseKind.Dynamic && e.Contexts.Contains(ExerciseContext.WarmUp));
    }

    [Fact]
    public void Cool_down_is_made_of_static_holds_of_at_least_thirty_seconds()
    {
        foreach (var exercise in Exercises("cool-down"))
        {
            exercise.Kind.ShouldBe(ExerciseKind.StaticHold);
            exercise.Dose.Blocks.ShouldAllBe(b => b.IsHold && b.Phases[0].Seconds.At(Level.Standard) >= 30);
        }
    }

    [Fact]
    public void Full_upper_back_has_all_twelve_and_lacrosse_release_the_two_ball_exercises()
    {
        Exercises("full-upper-back").Select(e => e.Id.Value).ShouldBe(Builtins.ExpectedIds, ignoreOrder: true);
        Exercises("lacrosse-release").Select(e => e.Id.Value).ShouldBe(["traps-lacrosse-ball", "chest-lacrosse-ball"], ignoreOrder: true);
    }

    [Fact]
    public void A_user_routine_loads_from_the_routines_folder()
    {
        using var home = new TempHome();
        home.Write("routines/morning.yaml", "id: morning\nname: Morning\nitems:\n  - exercise: cat-cow\n  - exercise: childs-pose\n    restAfter: 20\n");

        var load = RoutineSet.Load(Builtins.Catalog, home.Path);

        load.Problems.ShouldBeEmpty();
        load.Routines.Find("morning")!.Items.Select(i => (i.Exercise.Value, i.RestAfterSeconds)).ShouldBe([("cat-cow", 0), ("childs-pose", 20)]);
    }

    [Fact]
    public void A_routine_naming_an_unknown_exercise_is_reported_with_a_suggestion()
    {
        using var home = new TempHome();
        home.Write("routines/typo.yaml", "id: typo\nname: Typo\nitems:\n  - exercise: cat-cow\n  - exercise: chidls-pose\n");

        var load = RoutineSet.Load(Builtins.Catalog, home.Path);

        load.Problems.ShouldHaveSingleItem().ToString().ShouldBe("routines/typo.yaml:5: items[1].exercise: unknown exercise 'chidls-pose' — did you mean 'childs-pose'?");
        load.Routines.Find("typo").ShouldBeNull();
        load.Routines.Find("desk-break").ShouldNotBeNull();
    }

    private static IReadOnlyList<Exercise> Exercises(string routine) =>
        Builtins.Routines.Find(routine)!.Items.Select(i => Builtins.Catalog.Find(i.Exercise.Value)!).ToArray();
}
