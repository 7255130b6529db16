using Unknot.Dosing;
using Unknot.Programmes;
using Unknot.Testing;

namespace Unknot.Core.Tests.Programmes;

/// <summary>Programme files: the built-ins load clean, and a file with mistakes says where each is and how to put it right.</summary>
public sealed class ProgrammeParserTests
{
    private static ProgrammeLoad LoadFile(string text)
    {
        using var home = new TempHome();
        home.Write("programs/mine.yaml", text);
        return ProgrammeSet.Load(Builtins.Catalog, Builtins.Routines, home.Path);
    }

    [Fact]
    public void The_three_builtin_programmes_load_without_a_problem()
    {
        var load = SamplePrograms.Builtin;

        load.Problems.ShouldBeEmpty();
        load.Programmes.All.Select(p => p.Id).ShouldBe(["desk-worker-4-weeks", "lifters-upper-back-4-weeks", "neck-mobility-6-weeks"], ignoreOrder: true);
        load.Programmes.All.ShouldAllBe(p => p.Source == ProgrammeSource.BuiltIn && p.File == null && p.Steps.Count < p.Weeks);
    }

    [Fact]
    public void A_builtin_programme_reads_every_field_of_its_file()
    {
        var desk = SamplePrograms.DeskWorker;

        desk.Name.ShouldBe("Desk worker, 4 weeks");
        desk.Weeks.ShouldBe(4);
        desk.Sessions.ShouldHaveSingleItem().Routine.Id.ShouldBe("desk-break");
        desk.Sessions[0].Days.Count.ShouldBe(5);
        desk.Sessions[0].When.ShouldBe("during the working day");
        desk.Start.ShouldBe(new ProgrammeDose(Level.Gentle, 1, 5));
        desk.Steps.ShouldBe([ProgrammeStep.Level, ProgrammeStep.Level, ProgrammeStep.Sets]);
        desk.Missed.ShouldBe(MissedSessions.Carry);
        desk.DoneShare.ShouldBe(0.8);
        desk.Basis.ShouldStartWith("ACSM");
    }

    [Fact]
    public void A_session_with_items_of_its_own_becomes_a_routine_named_after_the_programme()
    {
        var neck = SamplePrograms.NeckMobility.Sessions.ShouldHaveSingleItem();

        neck.Routine.Id.ShouldBe("neck-mobility-6-weeks-1");
        neck.Routine.Name.ShouldBe("Neck mobility");
        neck.Routine.Items.Select(i => i.Exercise.Value).ShouldBe(["neck-rotations-and-tilts", "lateral-neck-stretch", "lateral-rotation-neck-stretch", "chair-rotation"]);
        neck.Days.Count.ShouldBe(7);
    }

    [Fact]
    public void A_user_programme_loads_from_the_programs_folder_and_keeps_its_file()
    {
        var load = LoadFile("id: mornings\nname: Mornings\nweeks: 2\nsessions:\n  - routine: warm-up\n    days: weekdays\nsteps: [sets]\n");

        load.Problems.ShouldBeEmpty();
        var mine = load.Programmes.Find("mornings").ShouldNotBeNull();
        mine.Source.ShouldBe(ProgrammeSource.File);
        mine.File.ShouldBe("programs/mine.yaml");
        mine.Start.ShouldBe(new ProgrammeDose(Level.Gentle, 1, 5), "the start defaults to gentle, once, on every day");
        mine.Missed.ShouldBe(MissedSessions.Drop);
        mine.DoneShare.ShouldBe(Programme.DefaultDoneShare);
        load.Programmes.All.Count.ShouldBe(4);
    }

    [Fact]
    public void Each_mistake_in_a_file_is_named_with_its_file_line_and_field()
    {
        var load = LoadFile(
            """
            id: my-weeks
            name: My weeks
            weeks: 3
            sessions:
              - routine: desk-brake
                days: mon-fri
              - routine: warm-up
                days: mon,funday
              - routine: cool-down
                name: Mine
                items:
                  - exercise: cat-cow
                days: mon
            steps: [level, level, sets]
            easierWeeks: [5]
            """);

        load.Programmes.Find("my-weeks").ShouldBeNull();
        load.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "programs/mine.yaml:5: sessions[0].routine: unknown routine 'desk-brake' — did you mean 'desk-break'?",
            "programs/mine.yaml:8: sessions[1].days: must be days such as mon-fri, mon,wed,fri, sat-sun (a day's first letters or its whole name), every-day, weekdays or weekends, got 'mon,funday'",
            "programs/mine.yaml:9: sessions[2].routine: give either a routine's id or items of its own, not both and not neither",
            "programs/mine.yaml:14: steps: a programme of 3 weeks takes at most 2 steps (one a week after the first), got 3",
            "programs/mine.yaml:15: easierWeeks: must list weeks from 2 to 3, got '5'",
        ], ignoreOrder: true);
    }

    [Theory]
    [InlineData("easierWeeks: [1]", "easierWeeks", "must list weeks from 2 to 4, got '1'")]
    [InlineData("steps: [level, longer]", "steps[1]", "unknown value 'longer' — known: level, sets, days")]
    [InlineData("missed: pile", "missed", "unknown value 'pile' — known: drop, carry")]
    [InlineData("doneShare: 120", "doneShare", "must be")]
    [InlineData("start:\n  days: 6", "start.days", "must be")]
    [InlineData("start:\n  sets: 5", "start.sets", "must be")]
    [InlineData("weeks: 27", "weeks", "must be")]
    [InlineData("repeat: weekly", "repeat", "unknown field")]
    public void A_bad_value_is_refused_with_its_field(string line, string field, string message)
    {
        var text = "id: mine\nname: Mine\nsessions:\n  - routine: desk-break\n    days: mon-fri\n" + line + "\n";
        if (!line.StartsWith("weeks", StringComparison.Ordinal))
        {
            text += "weeks: 4\n";
        }

        var load = LoadFile(text);

        var problem = load.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe("programs/mine.yaml");
        problem.Line.ShouldBeGreaterThanOrEqualTo(6);
        problem.Field.ShouldBe(field);
        problem.Message.ShouldStartWith(message);
    }

    [Fact]
    public void An_unknown_exercise_in_a_session_s_own_items_suggests_the_one_meant()
    {
        var load = LoadFile("id: mine\nname: Mine\nweeks: 2\nsessions:\n  - name: Mine\n    days: daily\n    items:\n      - exercise: cat-cowe\n");

        var problem = load.Problems.ShouldHaveSingleItem();
        problem.ToString().ShouldBe("programs/mine.yaml:8: sessions[0].items[0].exercise: unknown exercise 'cat-cowe' — did you mean 'cat-cow'?");
    }

    [Fact]
    public void A_user_file_with_a_builtin_s_id_replaces_it_in_its_place()
    {
        var load = LoadFile("id: desk-worker-4-weeks\nname: My desk weeks\nweeks: 2\nsessions:\n  - routine: desk-break\n    days: mon,wed,fri\n");

        load.Problems.ShouldBeEmpty();
        load.Programmes.Find("desk-worker-4-weeks")!.Name.ShouldBe("My desk weeks");
        load.Programmes.All.Count.ShouldBe(3);
        load.Programmes.All[0].Id.ShouldBe("desk-worker-4-weeks");
    }
}
