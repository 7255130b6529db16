using System.Text.Json;

namespace Unknot.Cli.Tests;

public sealed class TimelineCommandTests
{
    [Fact]
    public void Timeline_json_has_the_documented_shape_and_obeys_the_rules()
    {
        using var cli = new CliRun();

        cli.Run("timeline desk-break --json").ShouldBe(0);

        var root = cli.Json();
        root.GetProperty("routine").GetString().ShouldBe("desk-break");
        root.GetProperty("level").GetString().ShouldBe("standard");
        var segments = root.GetProperty("segments").EnumerateArray().ToArray();
        var expectedStart = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            var fields = s.EnumerateObject().Select(p => p.Name).ToArray();
            fields.Except(["rep", "repCount", "phase", "band", "caution"]).ShouldBe(["index", "startSeconds", "durationSeconds", "exercise", "exerciseName", "item", "kind", "side", "cue", "spoken"]);
            (fields.Contains("rep") == fields.Contains("repCount")).ShouldBeTrue("a repetition comes with its count");
            s.GetProperty("index").GetInt32().ShouldBe(i);
            s.GetProperty("startSeconds").GetInt32().ShouldBe(expectedStart);
            expectedStart += s.GetProperty("durationSeconds").GetInt32();
            if (s.GetProperty("kind").GetString() == "switch")
            {
                segments[i - 1].GetProperty("side").GetString().ShouldBe("left");
                segments[i + 1].GetProperty("side").GetString().ShouldBe("right");
            }
        }
        root.GetProperty("totalSeconds").GetInt32().ShouldBe(expectedStart);
        segments.ShouldContain(s => s.GetProperty("side").GetString() == "none");
        // The neck stretches carry the angle the camera's form check holds them to, with the side applied.
        segments.Where(s => s.TryGetProperty("band", out _)).Select(s => s.GetProperty("band").GetProperty("direction").GetString()).Distinct()
            .ShouldBe(["flexion", "extension", "tiltLeft", "tiltRight"]);
    }

    [Fact]
    public void Timeline_table_ends_with_the_total()
    {
        using var cli = new CliRun();

        cli.Run("timeline lacrosse-release --level gentle").ShouldBe(0);

        cli.Out.ShouldContain("Lacrosse ball release at gentle");
        cli.Out.ShouldContain("switch");
    }

    [Fact]
    public void A_mistyped_routine_gets_a_suggestion()
    {
        using var cli = new CliRun();

        cli.Run("timeline desk-brake").ShouldBe(2);

        cli.Err.Trim().ShouldBe("unknown routine 'desk-brake' — did you mean 'desk-break'?");
    }
}
