using Unknot.Dosing;
using Unknot.Testing;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Cli.Tests;

/// <summary><c>unknot start</c>: plain lines as each segment starts, the keys, speed, notes and the voice.</summary>
public sealed class StartCommandTests
{
    private static Timeline DeskBreak => Builtins.Timeline("desk-break");

    [Fact]
    public void Plain_start_prints_each_segment_when_it_starts_and_finishes_with_exit_0()
    {
        using var cli = new CliRun();
        var timeline = DeskBreak;

        var run = cli.Start("start desk-break --plain");
        cli.OutLines().Length.ShouldBe(1);
        cli.OutLines()[0].ShouldStartWith("0:00/");
        cli.Clock.AdvanceSeconds(timeline.Segments[3].StartSeconds - 0.1);
        cli.OutLines().Length.ShouldBe(3);
        cli.Clock.AdvanceSeconds(0.1);
        cli.OutLines().Length.ShouldBe(4);

        cli.Finish(run).ShouldBe(0);

        var lines = cli.OutLines();
        lines.Length.ShouldBe(timeline.Segments.Count + 1);
        for (var i = 0; i < timeline.Segments.Count; i++)
        {
            lines[i].ShouldContain(timeline.Segments[i].Cue);
        }
        lines[^1].ShouldStartWith("Finished Desk break");
    }

    [Fact]
    public void Plain_lines_take_the_keys_of_the_live_view()
    {
        using var cli = new CliRun { IsTerminal = true };
        var timeline = DeskBreak;
        var run = cli.Start("start desk-break --plain --pain-after 2");

        cli.Press(ConsoleKey.N, 'n');
        cli.WaitUntil(() => cli.OutLines().Length == 2);
        cli.Press(ConsoleKey.Spacebar, ' ');
        cli.Press(ConsoleKey.RightArrow);
        cli.WaitUntil(() => cli.OutLines().Length == 3);
        cli.Press(ConsoleKey.B, 'b');
        cli.WaitUntil(() => cli.OutLines().Length == 4);
        cli.Press(ConsoleKey.Q, 'q');

        cli.Await(run).ShouldBe(UnknotCommand.Stopped);
        var lines = cli.OutLines();
        // n skipped the first stretch, → the second (paused or not), b went back to the second.
        lines[1].ShouldStartWith($"{Durations.Clock(timeline.Segments[1].StartSeconds)}/");
        lines[2].ShouldStartWith($"{Durations.Clock(timeline.Segments[2].StartSeconds)}/");
        lines[3].ShouldStartWith($"{Durations.Clock(timeline.Segments[1].StartSeconds)}/");
        cli.Out.ShouldContain("Stopped Desk break at 0:");
    }

    [Fact]
    public void Speed_plays_the_routine_faster_on_the_same_clock()
    {
        using var cli = new CliRun();
        var timeline = DeskBreak;

        var run = cli.Start("start desk-break --plain --speed 60");
        cli.Clock.AdvanceSeconds(timeline.TotalSeconds / 60.0 + 0.01);

        cli.Await(run).ShouldBe(0);
        cli.OutLines()[^1].ShouldStartWith("Finished");
    }

    [Fact]
    public void A_terminal_that_cannot_draw_the_live_view_gets_plain_lines_instead_of_a_crash()
    {
        // A terminal without ANSI (TERM=dumb): the console of this run supports none.
        using var cli = new CliRun { IsTerminal = true };
        var timeline = DeskBreak;

        var run = cli.Start("start desk-break --speed 60 --record --pain-after 2");
        cli.Clock.AdvanceSeconds(timeline.TotalSeconds / 60.0 + 0.01);

        cli.Await(run).ShouldBe(0);
        cli.Out.ShouldContain("Finished Desk break");
        cli.Run("history --json").ShouldBe(0);
        cli.Json().EnumerateArray().ShouldHaveSingleItem().GetProperty("completed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void A_preview_is_not_kept_unless_asked_and_then_it_is()
    {
        using var cli = new CliRun();
        var timeline = DeskBreak;

        var preview = cli.Start("start desk-break --plain --speed 60 --pain-after 3");
        cli.Clock.AdvanceSeconds(timeline.TotalSeconds / 60.0 + 0.01);
        cli.Await(preview).ShouldBe(0);
        cli.OutLines()[0].ShouldBe("A preview at 60× speed: not kept in your history (--record keeps it).");
        cli.Run("history --json").ShouldBe(0);
        cli.Json().GetArrayLength().ShouldBe(0);

        var kept = cli.Start("start desk-break --plain --speed 60 --record --pain-after 3");
        cli.Clock.AdvanceSeconds(timeline.TotalSeconds / 60.0 + 0.01);
        cli.Await(kept).ShouldBe(0);
        cli.Run("history --json").ShouldBe(0);
        cli.Json().EnumerateArray().ShouldHaveSingleItem().GetProperty("completed").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("5000")]
    [InlineData("fast")]
    public void A_speed_out_of_range_is_refused_before_anything_plays(string speed)
    {
        using var cli = new CliRun();

        cli.Run($"start desk-break --speed {speed}").ShouldBe(2);

        cli.Err.Trim().ShouldBe($"--speed must be a number above 0 and at most 1000, got '{speed}'");
        cli.Out.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("start desk-break --plain")]
    [InlineData("resume --plain")]
    public void A_note_longer_than_any_note_may_be_is_refused_before_anything_plays(string command)
    {
        using var cli = new CliRun();

        // Finish moves the clock along should the session start after all.
        cli.Finish(cli.Start($"{command} --note {new string('n', 2001)}")).ShouldBe(2);

        cli.Err.Trim().ShouldBe("--note: must be at most 2000 characters, got 2001");
        cli.Out.ShouldBeEmpty();
        File.Exists(cli.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public void A_note_of_the_longest_length_is_kept_and_its_export_imports()
    {
        using var cli = new CliRun();
        var note = new string('n', 2000);
        cli.Finish(cli.Start($"start lacrosse-release --plain --pain-before 4 --pain-after 2 --note {note}")).ShouldBe(0);
        var file = Path.Combine(cli.Home.Path, "backup.json");
        cli.Run($"export {file}").ShouldBe(0);

        using var other = new CliRun();
        other.Run($"import {file}").ShouldBe(0);
        other.Run("history --json").ShouldBe(0);

        other.Json().EnumerateArray().ShouldHaveSingleItem().GetProperty("note").GetString().ShouldBe(note);
    }

    [Fact]
    public void Voice_speaks_every_cue()
    {
        using var cli = new CliRun { Voice = new FakeVoice() };

        cli.Finish(cli.Start("start lacrosse-release --plain --voice")).ShouldBe(0);

        var timeline = TimelineCompiler.Compile(Builtins.Routines.Find("lacrosse-release")!, Builtins.Catalog, Level.Standard);
        cli.Voice.Said.ShouldBe(timeline.Segments.Select(s => s.Spoken));
    }

    [Fact]
    public void Voice_without_espeak_says_so_and_plays_anyway()
    {
        using var cli = new CliRun();

        cli.Finish(cli.Start("start lacrosse-release --plain --voice")).ShouldBe(0);

        cli.Err.ShouldContain("espeak-ng is not installed");
        cli.OutLines()[^1].ShouldStartWith("Finished");
    }
}
