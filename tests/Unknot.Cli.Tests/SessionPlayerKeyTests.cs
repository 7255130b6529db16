using Unknot.Cli.Player;
using Unknot.Sessions;
using Unknot.Storage.Sqlite;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Cli.Tests;

/// <summary>The player's keys on a session under way, and what is stored and said when q stops it.</summary>
public sealed class SessionPlayerKeyTests
{
    private static Timeline DeskBreak => Builtins.Timeline("desk-break");

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
