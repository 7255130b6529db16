using Unknot.Storage.Sqlite;
using Unknot.Testing;
using Unknot.Text;

namespace Unknot.Cli.Tests;

public sealed class ListingCommandTests
{
    [Fact]
    public void Exercises_json_lists_the_twelve_ids()
    {
        using var cli = new CliRun();

        cli.Run("exercises --json").ShouldBe(0);

        cli.Json().EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe(Builtins.ExpectedIds, ignoreOrder: true);
    }

    [Fact]
    public void Exercises_table_shows_every_exercise_name()
    {
        using var cli = new CliRun();

        cli.Run("exercises").ShouldBe(0);

        foreach (var exercise in Builtins.Catalog.All)
        {
            cli.Out.ShouldContain(exercise.Id.Value);
        }
    }

    [Theory]
    [InlineData("--target neck", "targets", "neck")]
    [InlineData("--equipment wall", "equipment", "wall")]
    [InlineData("--position quadruped", "positions", "quadruped")]
    public void Exercises_filters_keep_only_matching_exercises(string filter, string field, string value)
    {
        using var cli = new CliRun();

        cli.Run($"exercises {filter} --json").ShouldBe(0);

        var listed = cli.Json().EnumerateArray().ToArray();
        listed.ShouldNotBeEmpty();
        listed.ShouldAllBe(e => e.GetProperty(field).EnumerateArray().Any(v => v.GetString() == value));
        var expected = Builtins.Catalog.All.Where(e => field switch
        {
            "targets" => e.Targets.Select(Kebab.Of).Contains(value),
            "equipment" => e.Equipment.Select(Kebab.Of).Contains(value),
            _ => e.Positions.Select(Kebab.Of).Contains(value),
        }).Select(e => e.Id.Value);
        listed.Select(e => e.GetProperty("id").GetString()).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void Exercises_needing_nothing_are_listed_with_equipment_none()
    {
        using var cli = new CliRun();

        cli.Run("exercises --equipment none --json").ShouldBe(0);

        var ids = cli.Json().EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray();
        ids.ShouldContain("chest-stretch");
        ids.ShouldNotContain("wall-glides");
        ids.ShouldNotContain("chair-rotation");
    }

    [Fact]
    public void An_unknown_filter_value_names_the_known_ones_and_exits_2()
    {
        using var cli = new CliRun();

        cli.Run("exercises --target elbow").ShouldBe(2);

        cli.Err.Trim().ShouldBe("--target: must be one of neck, upper-back, upper-trapezius, levator-scapulae, mid-back, thoracic-spine, chest, shoulders, lats, got 'elbow'");
        cli.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Show_prints_steps_dose_cautions_and_sources()
    {
        using var cli = new CliRun();

        cli.Run("show lateral-neck-stretch").ShouldBe(0);

        cli.Out.ShouldContain("Lateral neck stretch");
        cli.Out.ShouldContain("hold 30 s, each side");
        cli.Out.ShouldContain("Austin Martinez");
        cli.Out.ShouldContain("Cautions");
    }

    [Fact]
    public void Show_marks_numbers_that_are_the_projects_choice()
    {
        using var cli = new CliRun();

        cli.Run("show childs-pose --level deep").ShouldBe(0);

        cli.Out.ShouldContain("Unknot's choice:");
        cli.Out.ShouldContain("hold 60 s");
        cli.Out.ShouldNotContain("gentle");
    }

    [Fact]
    public void Show_says_the_angle_the_form_check_aims_for_is_the_projects_choice()
    {
        using var cli = new CliRun();

        cli.Run("show lateral-neck-stretch").ShouldBe(0);
        cli.Run("show childs-pose").ShouldBe(0);

        cli.Out.ShouldContain("Unknot's choice: the camera's form check holds tilt toward the side, 20° to 45°");
        cli.Out.Split("form check").Length.ShouldBe(2, "child's pose aims for no neck angle");
    }

    [Fact]
    public void Show_json_gives_the_dose_at_the_chosen_level()
    {
        using var cli = new CliRun();

        cli.Run("show neck-rotations-and-tilts --level gentle --json").ShouldBe(0);

        var blocks = cli.Json().GetProperty("dose").EnumerateArray().ToArray();
        blocks[0].GetProperty("phases")[0].GetProperty("secondsAtLevel").GetInt32().ShouldBe(10);
        blocks[1].GetProperty("perSide").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Show_json_carries_the_figure_with_its_views_props_and_key_poses()
    {
        using var cli = new CliRun();

        cli.Run("show chair-rotation --json").ShouldBe(0);

        var figure = cli.Json().GetProperty("figure");
        figure.GetProperty("views").EnumerateArray().Select(v => v.GetString()).ShouldBe(["front", "above"]);
        figure.GetProperty("props")[0].GetString().ShouldBe("chair");
        figure.GetProperty("stance").GetString().ShouldBe("seated");
        var hold = figure.GetProperty("poses")[1];
        hold.GetProperty("angles").GetProperty("spine.twist").GetDouble().ShouldBe(45);
        hold.GetProperty("description").GetString()!.ShouldContain("Turn your chest slowly to the left");
    }

    [Fact]
    public void A_figure_with_a_problem_is_a_warning_and_the_exercise_is_still_shown()
    {
        using var cli = new CliRun();
        new ExerciseYaml(Id: "my-neck", Extra: "figure:\n  view: front\n  stance: seated\n  poses:\n    - neck.tilt: 99\n").WriteTo(cli.Home.Path);

        cli.Run("show my-neck --json").ShouldBe(0);

        cli.Err.ShouldContain("warning: exercises/my-neck.yaml:");
        cli.Err.ShouldContain("figure.poses[0].neck.tilt: must be between -45 and 45");
        cli.Err.ShouldContain("the exercise loads without its figure");
        cli.Err.ShouldNotContain("(skipped)");
        cli.Json().TryGetProperty("figure", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_mistyped_exercise_gets_a_suggestion_and_exit_2()
    {
        using var cli = new CliRun();

        cli.Run("show latteral-neck").ShouldBe(2);

        cli.Err.Trim().ShouldBe("unknown exercise 'latteral-neck' — did you mean 'lateral-neck-stretch'?");
    }

    [Fact]
    public void A_bad_level_names_the_levels()
    {
        using var cli = new CliRun();

        cli.Run("show cat-cow --level extreme").ShouldBe(2);

        cli.Err.Trim().ShouldBe("--level: must be one of gentle, standard, deep, got 'extreme'");
    }

    [Fact]
    public void Routines_lists_builtins_and_the_users_own()
    {
        using var cli = new CliRun();
        cli.Home.Write("routines/lunch.yaml", "id: lunch\nname: Lunch\nitems:\n  - exercise: chest-stretch\n");

        cli.Run("routines --json").ShouldBe(0);

        var routines = cli.Json().EnumerateArray().ToArray();
        routines.Select(r => r.GetProperty("id").GetString()).ShouldBe(["cool-down", "desk-break", "full-upper-back", "lacrosse-release", "warm-up", "lunch"]);
        routines[^1].GetProperty("origin").GetString().ShouldBe("file");
        routines[^1].GetProperty("file").GetString().ShouldBe("routines/lunch.yaml");
    }

    [Fact]
    public void Routines_table_names_each_routine()
    {
        using var cli = new CliRun();

        cli.Run("routines").ShouldBe(0);

        cli.Out.ShouldContain("desk-break");
        cli.Out.ShouldContain("Full upper back");
    }

    [Fact]
    public void A_bad_user_file_is_a_warning_with_path_and_line_and_the_rest_still_works()
    {
        using var cli = new CliRun();
        new ExerciseYaml(Id: "foo", Blocks: "    - kind: hold\n      seconds: 0\n      cue: Hold it.\n").WriteTo(cli.Home.Path);

        cli.Run("exercises --json").ShouldBe(0);

        cli.Err.ShouldContain("warning: exercises/foo.yaml:");
        cli.Err.ShouldContain("dose.blocks[0].seconds: must be between 1 and 600, got 0");
        cli.Json().GetArrayLength().ShouldBe(12);
    }

    [Fact]
    public void An_unknown_command_is_named()
    {
        using var cli = new CliRun();

        cli.Run("strech").ShouldBe(2);

        cli.Err.ShouldContain("'strech'");
    }

    [Fact]
    public void No_arguments_show_the_commands()
    {
        using var cli = new CliRun();

        cli.Run("").ShouldBe(0);

        cli.Out.ShouldContain("exercises");
        cli.Out.ShouldContain("start <routine>");
    }

    [Fact]
    public void An_unknown_command_or_option_exits_2_with_one_line()
    {
        using var cli = new CliRun();

        cli.Run("exercises --colour red").ShouldBe(2);

        cli.Err.Trim().Split('\n').Length.ShouldBe(1);
        cli.Err.ShouldContain("--colour");
    }

    [Fact]
    public void Routines_built_in_the_web_app_are_listed_and_played_by_the_cli()
    {
        using var cli = new CliRun();
        using (var store = SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            store.SaveRoutine(new Unknot.Routines.Routine("from-the-web", "From the web", "", [new Unknot.Routines.RoutineItem(new Unknot.Catalog.ExerciseId("chest-stretch"))]));
        }

        cli.Run("routines --json").ShouldBe(0);
        var saved = cli.Json().EnumerateArray().Single(r => r.GetProperty("id").GetString() == "from-the-web");
        saved.GetProperty("origin").GetString().ShouldBe("saved");

        cli.Play("start from-the-web --plain");
        cli.OutLines()[^1].ShouldStartWith("Finished From the web");
    }
}
