using Unknot.Sessions;
using Unknot.Storage.Sqlite;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Cli.Tests;

/// <summary>A session stopped by Ctrl-C is kept where it stopped, and <c>unknot resume</c> plays on from there.</summary>
public sealed class StartCommandResumeTests
{
    private static Timeline DeskBreak => Builtins.Timeline("desk-break");

    [Fact]
    public void Resume_json_plays_on_and_prints_the_session_as_history_json_shows_it()
    {
        using var cli = new CliRun();
        var timeline = DeskBreak;
        var run = cli.Start("start desk-break --plain");
        cli.Clock.AdvanceSeconds(timeline.Segments[5].StartSeconds + 2);
        cli.Cancel.Cancel();
        cli.Await(run).ShouldBe(130);
        cli.Cancel = new CancellationTokenSource();

        // Before: "unknown option '--json' for 'unknot resume'".
        cli.Finish(cli.Start("resume --json --pain-after 2")).ShouldBe(0);

        var session = cli.Json();
        session.GetProperty("status").GetString().ShouldBe("finished");
        session.GetProperty("done").GetInt32().ShouldBe(timeline.Segments.Count);
        session.GetProperty("painAfter").GetInt32().ShouldBe(2);
        cli.Err.ShouldContain($"Resuming Desk break at segment 6 of {timeline.Segments.Count}.");
        cli.Err.ShouldContain(timeline.Segments[5].Cue);
        var id = session.GetProperty("id").GetString();
        cli.Run("history --json").ShouldBe(0);
        cli.Json().EnumerateArray().Single().GetProperty("id").GetString().ShouldBe(id);
    }

    [Fact]
    public void Ctrl_c_stops_the_session_and_resume_continues_where_it_stopped()
    {
        using var cli = new CliRun();
        var timeline = DeskBreak;
        var run = cli.Start("start desk-break --plain");
        cli.Clock.AdvanceSeconds(timeline.Segments[5].StartSeconds + 2);

        cli.Cancel.Cancel();

        cli.Await(run).ShouldBe(130);
        cli.OutLines()[^1].ShouldContain("'unknot resume' continues from here");
        using (var store = SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            var stored = store.LatestUnfinished().ShouldNotBeNull();
            stored.Checkpoint!.SegmentIndex.ShouldBe(5);
            stored.Checkpoint.SecondsInto.ShouldBe(2, 0.001);
        }

        cli.Cancel = new CancellationTokenSource();
        var before = cli.OutLines().Length;
        cli.Finish(cli.Start("resume --plain")).ShouldBe(0);

        var lines = cli.OutLines()[before..];
        lines[0].ShouldBe($"Resuming Desk break at segment 6 of {timeline.Segments.Count}.");
        lines[1].ShouldContain(timeline.Segments[5].Cue);
        lines.Length.ShouldBe(timeline.Segments.Count - 5 + 2);
        using var after = SqliteStore.Open(cli.DatabasePath, cli.Clock);
        after.LatestUnfinished().ShouldBeNull();
        var session = after.AllSessions().ShouldHaveSingleItem();
        session.Completed.ShouldBeTrue();
        session.Segments.ShouldAllBe(s => s.Outcome == SegmentOutcome.Done);
    }

    [Fact]
    public void Ctrl_c_in_a_terminal_saves_at_once_and_asks_nothing_more()
    {
        using var cli = new CliRun { IsTerminal = true };
        cli.Typed.Enqueue("4");
        cli.Typed.Enqueue("1");
        var run = cli.Start("start desk-break --plain");
        cli.Clock.AdvanceSeconds(DeskBreak.Segments[2].StartSeconds + 1);

        cli.Cancel.Cancel();

        cli.Await(run).ShouldBe(130);
        cli.Out.ShouldNotContain("Pain now?");
        using var store = SqliteStore.Open(cli.DatabasePath, cli.Clock);
        var stored = store.LatestUnfinished().ShouldNotBeNull();
        stored.PainBefore!.Value.Value.ShouldBe(4);
        stored.PainAfter.ShouldBeNull();
    }

    [Fact]
    public void Ctrl_c_at_the_pain_prompt_stops_before_anything_is_played_or_stored()
    {
        using var cli = new CliRun { IsTerminal = true, Silent = true };
        var run = Task.Run(() => UnknotCommand.RunAsync(["start", "desk-break", "--plain"], cli.Host));
        // Waits for the prompt to be written (an event), not for an amount of time.
        while (!cli.Out.Contains("Pain right now?", StringComparison.Ordinal) && !run.IsCompleted)
        {
            Thread.Yield();
        }

        cli.Cancel.Cancel();

        cli.Await(run).ShouldBe(130);
        cli.Clock.ArmedTimers.ShouldBe(0);
        using var store = SqliteStore.Open(cli.DatabasePath, cli.Clock);
        store.Sessions(Progress.SessionQuery.Latest(5)).ShouldBeEmpty();
    }

    [Fact]
    public void Resume_with_nothing_unfinished_says_so()
    {
        using var cli = new CliRun();

        cli.Run("resume").ShouldBe(2);

        cli.Err.Trim().ShouldStartWith("nothing to resume");
    }
}
