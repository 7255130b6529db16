using System.Text.Json;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

public sealed class PlanCommandTests
{
    [Fact]
    public void Plan_lists_each_pick_with_its_reason_and_the_total()
    {
        using var cli = new CliRun();

        cli.Run("plan --minutes 5 --place desk --focus neck,upper-back").ShouldBe(0);

        cli.Out.ShouldContain("covers neck");
        cli.Out.ShouldContain("covers upper back");
        cli.Out.ShouldMatch(@"Total \d:\d\d of 5:00 \(\d+ %\)");
    }

    [Fact]
    public void A_plan_far_short_of_the_minutes_says_why_in_one_line_and_offers_more_sets_or_the_deep_level()
    {
        using var cli = new CliRun();

        cli.Run("plan --minutes 120 --place gym").ShouldBe(0);

        var line = cli.OutLines().Single(l => l.StartsWith("Only ", StringComparison.Ordinal));
        line.ShouldMatch(@"^Only \d+:\d\d of 2:00:00 \(\d %\): all \d+ exercises that suit this request take no longer together; to fill more: --sets 4 \((\d+):\d\d\) or --level deep \(\d+:\d\d\)\.$");

        // The offer is what --sets 4 then plans.
        var offered = System.Text.RegularExpressions.Regex.Match(line, @"--sets 4 \(([\d:]+)\)").Groups[1].Value;
        cli.Run("plan --minutes 120 --place gym --sets 4").ShouldBe(0);
        cli.Out.ShouldContain($"Total {offered} of 2:00:00");
        cli.Out.ShouldContain("4 sets of each");
    }

    [Fact]
    public void A_plan_that_fills_the_minutes_has_no_shortfall_line_nor_field()
    {
        using var cli = new CliRun();

        cli.Run("plan --minutes 5 --place desk").ShouldBe(0);
        cli.OutLines().ShouldNotContain(l => l.StartsWith("Only ", StringComparison.Ordinal));

        cli.Run("plan --minutes 5 --place desk --json").ShouldBe(0);
        cli.Json().TryGetProperty("shortfall", out _).ShouldBeFalse();

        cli.Run("plan --minutes 1 --place desk --json").ShouldBe(0);
        var shortfall = cli.Json().GetProperty("shortfall");
        shortfall.GetProperty("share").GetInt32().ShouldBeLessThan(80);
        shortfall.GetProperty("offers").EnumerateArray().ShouldAllBe(o => o.GetProperty("seconds").GetInt32() <= 60);
    }

    [Fact]
    public void Plan_json_gives_the_routine_and_a_timeline_in_the_timeline_commands_shape()
    {
        using var cli = new CliRun();

        cli.Run("plan --minutes 8 --place gym --goal warm-up --json").ShouldBe(0);

        var root = cli.Json();
        var timeline = root.GetProperty("timeline");
        timeline.GetProperty("totalSeconds").GetInt32().ShouldBeLessThanOrEqualTo(8 * 60);
        timeline.GetProperty("segments")[0].EnumerateObject().Select(p => p.Name)
            .ShouldBe(["index", "startSeconds", "durationSeconds", "exercise", "exerciseName", "item", "kind", "side", "cue", "spoken"]);
        var exercises = root.GetProperty("routine").GetProperty("items").EnumerateArray().Select(e => e.GetProperty("exercise").GetString()).ToArray();
        exercises.ShouldNotBeEmpty();
        timeline.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("exercise").GetString()).Distinct().ShouldBe(exercises);
        root.GetProperty("picks").GetArrayLength().ShouldBe(exercises.Length);
    }

    [Fact]
    public void Saving_a_plan_keeps_it_with_the_saved_routines_that_routines_lists_and_start_plays()
    {
        using var cli = new CliRun();
        cli.Run("plan --minutes 5 --place desk --save my-desk --json").ShouldBe(0);
        var planned = cli.Json().GetProperty("routine").GetProperty("items").EnumerateArray().Select(e => e.GetProperty("exercise").GetString()).ToArray();
        var plannedTotal = cli.Json().GetProperty("timeline").GetProperty("totalSeconds").GetInt32();
        cli.Json().GetProperty("savedAs").GetString().ShouldBe("my-desk");

        cli.Run("routines --json").ShouldBe(0);
        var saved = cli.Json().EnumerateArray().Single(r => r.GetProperty("id").GetString() == "my-desk");
        saved.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("exercise").GetString()).ShouldBe(planned);
        saved.GetProperty("standardSeconds").GetInt32().ShouldBe(plannedTotal);
        saved.GetProperty("origin").GetString().ShouldBe("saved");
        cli.Err.ShouldBeEmpty();

        cli.Finish(cli.Start("start my-desk --plain")).ShouldBe(0);
        cli.OutLines()[^1].ShouldStartWith("Finished 5-minute relief (desk)");
    }

    [Fact]
    public void Saving_over_a_saved_routine_needs_force()
    {
        using var cli = new CliRun();
        cli.Run("plan --minutes 5 --place desk --save my-desk").ShouldBe(0);

        cli.Run("plan --minutes 8 --place desk --save my-desk").ShouldBe(2);
        cli.Err.Trim().ShouldBe("--save: you already have a routine 'my-desk'; add --force to replace it");

        cli.Run("plan --minutes 8 --place desk --save my-desk --force").ShouldBe(0);
        cli.Run("routines --json").ShouldBe(0);
        cli.Json().EnumerateArray().Single(r => r.GetProperty("id").GetString() == "my-desk").GetProperty("name").GetString().ShouldBe("8-minute relief (desk)");
    }

    [Fact]
    public void A_plan_cannot_be_saved_over_a_builtin_routine()
    {
        using var cli = new CliRun();

        cli.Run("plan --minutes 5 --place desk --save desk-break").ShouldBe(2);

        cli.Err.Trim().ShouldBe("--save: 'desk-break' is a built-in routine; choose another id");
        Directory.Exists(Path.Combine(cli.Home.Path, "routines")).ShouldBeFalse();
    }

    [Fact]
    public void Start_with_a_plan_plans_and_plays_at_once()
    {
        using var cli = new CliRun();

        cli.Finish(cli.Start("start --plan \"--minutes 4 --place desk\" --plain")).ShouldBe(0);

        cli.OutLines()[^1].ShouldStartWith("Finished 4-minute relief (desk)");
    }

    [Theory]
    [InlineData("plan --minutes 5 --place desk --equipment \"foam roller\"", "--equipment: must be one of chair, lacrosse-ball, wall, got 'foam roller'")]
    [InlineData("plan --minutes 0 --place desk", "--minutes: must be a whole number from 1 to 120, got '0'")]
    [InlineData("plan --minutes 121 --place desk", "--minutes: must be a whole number from 1 to 120, got '121'")]
    [InlineData("plan --minutes five --place desk", "--minutes: must be a whole number from 1 to 120, got 'five'")]
    [InlineData("plan --minutes 5 --place moon", "--place: must be one of desk, home, gym, outdoors, got 'moon'")]
    [InlineData("plan --minutes 5 --place desk --goal sleep", "--goal: must be one of relief, warm-up, cool-down, desk-break, got 'sleep'")]
    [InlineData("plan --minutes 5 --place desk --focus lats", "no exercise fits: place 'desk' rules out the floor and every lats exercise needs the floor")]
    [InlineData("plan --minutes 5 --place home --focus neck --avoid neck", "no exercise fits: you avoid 'neck' and every neck exercise is tagged so")]
    [InlineData("plan --minutes 5 --place desk --save \"My Desk\"", "--save: must be a kebab-case id such as 'my-desk', got 'My Desk'")]
    [InlineData("start --plan \"--minutes 4\"", "--plan: --place: is required")]
    [InlineData("plan --minutes 5 --place desk --sets 5", "--sets: must be a whole number from 1 to 4, got '5'")]
    public void A_request_that_cannot_be_met_gets_one_line_and_exit_2(string commandLine, string expected)
    {
        using var cli = new CliRun();

        cli.Run(commandLine).ShouldBe(2);

        cli.Err.Trim().ShouldBe(expected);
        cli.Out.ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_avoid_tag_lists_the_known_ones()
    {
        using var cli = new CliRun();

        cli.Run("plan --minutes 5 --place home --avoid knees").ShouldBe(2);

        cli.Err.ShouldStartWith("--avoid: unknown tag 'knees' — known: ");
        cli.Err.ShouldContain("kneeling");
    }
}
