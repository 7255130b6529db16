using Unknot.Cli.Player;
using Unknot.Dosing;
using Unknot.Sessions;
using Unknot.Storage.Sqlite;
using Unknot.Testing;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Cli.Tests;

public sealed class StartCommandTests
{
    private static Timeline DeskBreak => TimelineCompiler.Compile(Builtins.Routines.Find("desk-break")!, Builtins.Catalog, Level.Standard);

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

        cli.Await(run).ShouldBe(UnknotApp.Stopped);
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
        var run = Task.Run(() => UnknotApp.RunAsync(["start", "desk-break", "--plain"], cli.Host));
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
    public void Stopping_with_q_ends_the_session_for_good()
    {
        using var cli = new CliRun();
        var timeline = DeskBreak;
        using var play = new RecordedPlay(cli, timeline);
        var (store, record, recorder, engine) = (play.Store, play.Record, play.Recorder, play.Engine);
        cli.Clock.AdvanceSeconds(timeline.Segments[3].StartSeconds + 1);

        SessionPlayer.Handle(engine, new ConsoleKeyInfo('q', ConsoleKey.Q, false, false, false));

        engine.StoppedFor.ShouldBe(StopReason.Ended);
        PlainPrinter.Summary(engine, recorder.Record).ShouldNotContain("resume");
        store.LatestUnfinished().ShouldBeNull();
        var stored = store.Find(record.Id).ShouldNotBeNull();
        stored.EndedAt.ShouldBe(cli.Clock.GetUtcNow());
        stored.Completed.ShouldBeFalse();
    }

    [Fact]
    public void After_going_back_the_stored_record_and_the_stop_line_agree_on_what_was_done()
    {
        using var cli = new CliRun();
        var timeline = DeskBreak;
        using var play = new RecordedPlay(cli, timeline);
        var (store, record, recorder, engine) = (play.Store, play.Record, play.Recorder, play.Engine);
        cli.Clock.AdvanceSeconds(timeline.Segments[4].StartSeconds + 0.5);

        var back = new ConsoleKeyInfo('b', ConsoleKey.B, false, false, false);
        SessionPlayer.Handle(engine, back);
        SessionPlayer.Handle(engine, back);
        SessionPlayer.Handle(engine, new ConsoleKeyInfo('q', ConsoleKey.Q, false, false, false));

        var stored = store.Find(record.Id).ShouldNotBeNull();
        var done = stored.Segments.Count(s => s.Outcome == SegmentOutcome.Done);
        done.ShouldBe(engine.Outcomes.Count(o => o == SegmentOutcome.Done));
        done.ShouldBeLessThan(4);
        PlainPrinter.Summary(engine, recorder.Record).ShouldContain($"{done} segments done");
    }

    [Fact]
    public void Stopped_after_one_segment_the_line_says_1_segment()
    {
        using var cli = new CliRun();
        var timeline = DeskBreak;
        using var play = new RecordedPlay(cli, timeline);
        cli.Clock.AdvanceSeconds(timeline.Segments[1].StartSeconds + 0.5);

        SessionPlayer.Handle(play.Engine, new ConsoleKeyInfo('q', ConsoleKey.Q, false, false, false));

        // Before: "1 segments done".
        PlainPrinter.Summary(play.Engine, play.Recorder.Record).ShouldContain(": 1 segment done, 0 skipped.");
    }

    [Fact]
    public void Resume_with_nothing_unfinished_says_so()
    {
        using var cli = new CliRun();

        cli.Run("resume").ShouldBe(2);

        cli.Err.Trim().ShouldStartWith("nothing to resume");
    }

    [Fact]
    public void Keys_pause_skip_go_back_and_stop()
    {
        var clock = new FakeTimeProvider();
        using var engine = new SessionEngine(DeskBreak, clock);
        engine.Start();
        clock.AdvanceSeconds(7);

        SessionPlayer.Handle(engine, Key(ConsoleKey.Spacebar));
        engine.State.ShouldBe(SessionState.Paused);
        SessionPlayer.Handle(engine, Key(ConsoleKey.Spacebar));
        engine.State.ShouldBe(SessionState.Running);
        SessionPlayer.Handle(engine, Key(ConsoleKey.RightArrow));
        engine.CurrentIndex.ShouldBe(2);
        SessionPlayer.Handle(engine, Key(ConsoleKey.B));
        engine.CurrentIndex.ShouldBe(1);
        SessionPlayer.Handle(engine, Key(ConsoleKey.Q));
        engine.State.ShouldBe(SessionState.Stopped);
    }

    private static ConsoleKeyInfo Key(ConsoleKey key) => new('\0', key, false, false, false);

    /// <summary>A desk break played by an engine whose recorder saves into the home's database, wired as <c>unknot start</c> wires them.</summary>
    private sealed class RecordedPlay : IDisposable
    {
        public RecordedPlay(CliRun cli, Timeline timeline)
        {
            cli.Run("exercises").ShouldBe(0);
            Store = SqliteStore.Open(cli.DatabasePath, cli.Clock);
            Record = Progress.SessionRecord.Begin(Guid.NewGuid(), Store.UserId, Builtins.Routines.Find("desk-break")!, timeline, cli.Clock.GetUtcNow(), "Etc/UTC");
            Recorder = new SessionRecorder(Store, Record, cli.Clock);
            Engine = new SessionEngine(timeline, cli.Clock);
            Engine.Event += e => Recorder.Observe(Engine, e);
            Engine.Start();
        }

        public SqliteStore Store { get; }

        public Progress.SessionRecord Record { get; }

        public SessionRecorder Recorder { get; }

        public SessionEngine Engine { get; }

        public void Dispose()
        {
            Engine.Dispose();
            Store.Dispose();
        }
    }
}
