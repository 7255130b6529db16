using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Sessions;

public sealed class SessionEngineTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Through_a_fifteen_minute_routine_in_uneven_steps_every_segment_starts_exactly_on_time()
    {
        var timeline = Timeline("full-upper-back", Level.Standard);
        timeline.TotalSeconds.ShouldBeGreaterThan(15 * 60);
        using var engine = new SessionEngine(timeline, _clock);
        var recorder = new Recorder(engine, _clock);

        engine.Start();
        var steps = new[] { 0.3, 1.7, 0.013, 4.9, 11.0, 0.5, 2.25 };
        for (var i = 0; engine.State == SessionState.Running; i++)
        {
            _clock.AdvanceSeconds(steps[i % steps.Length]);
        }

        engine.State.ShouldBe(SessionState.Completed);
        var starts = recorder.Of<SegmentStarted>().ToArray();
        starts.Select(s => s.Event.Segment.Index).ShouldBe(Enumerable.Range(0, timeline.Segments.Count));
        foreach (var (started, at) in starts)
        {
            at.ShouldBe(started.Segment.Start, $"segment {started.Segment.Index}");
        }
        recorder.Of<SessionCompleted>().ShouldHaveSingleItem().At.ShouldBe(timeline.Total);
        engine.Outcomes.ShouldAllBe(o => o == SegmentOutcome.Done);
    }

    [Fact]
    public void A_big_jump_of_the_clock_still_plays_every_moment_in_order()
    {
        var timeline = Timeline("desk-break", Level.Gentle);
        using var engine = new SessionEngine(timeline, _clock);
        var recorder = new Recorder(engine, _clock);

        engine.Start();
        _clock.Advance(timeline.Total + TimeSpan.FromMinutes(1));

        recorder.Of<SegmentStarted>().Count().ShouldBe(timeline.Segments.Count);
        recorder.Events.Select(e => e.Event.Offset).ShouldBeInOrder();
        engine.State.ShouldBe(SessionState.Completed);
    }

    [Fact]
    public void A_thirty_second_hold_counts_down_three_two_one_and_marks_halfway()
    {
        var timeline = Timeline(Level.Standard, "chest-stretch");
        using var engine = new SessionEngine(timeline, _clock);
        var recorder = new Recorder(engine, _clock);
        var hold = timeline.Segments[1];

        engine.Start();
        _clock.Advance(timeline.Total);

        recorder.Of<Halfway>().Where(h => h.Event.Segment == hold).ShouldHaveSingleItem().At.ShouldBe(hold.Start + TimeSpan.FromSeconds(15));
        recorder.Of<Countdown>().Where(c => c.Event.Segment == hold)
            .Select(c => (c.Event.SecondsLeft, c.At))
            .ShouldBe([(3, hold.End - TimeSpan.FromSeconds(3)), (2, hold.End - TimeSpan.FromSeconds(2)), (1, hold.End - TimeSpan.FromSeconds(1))]);
        recorder.Of<SegmentEnded>().Last().At.ShouldBe(hold.End);
    }

    [Fact]
    public void Time_spent_paused_does_not_count()
    {
        var timeline = Timeline(Level.Standard, "chest-stretch");
        using var engine = new SessionEngine(timeline, _clock);
        var recorder = new Recorder(engine, _clock);

        engine.Start();
        _clock.AdvanceSeconds(10);
        engine.Pause();
        _clock.AdvanceSeconds(120);
        engine.Position.ShouldBe(TimeSpan.FromSeconds(10));
        engine.Resume();
        _clock.AdvanceSeconds(timeline.TotalSeconds - 10 - 0.5);

        engine.State.ShouldBe(SessionState.Running);
        _clock.AdvanceSeconds(0.5);
        engine.State.ShouldBe(SessionState.Completed);
        recorder.Of<SessionCompleted>().Single().At.ShouldBe(timeline.Total + TimeSpan.FromSeconds(120));
        recorder.Of<SegmentStarted>().Last().At.ShouldBe(timeline.Segments[1].Start);
    }

    [Fact]
    public void Pause_and_resume_several_times_shifts_every_later_deadline_by_the_paused_time()
    {
        var timeline = Timeline("desk-break", Level.Standard);
        using var engine = new SessionEngine(timeline, _clock);
        var recorder = new Recorder(engine, _clock);
        var paused = TimeSpan.Zero;

        engine.Start();
        for (var i = 0; engine.State == SessionState.Running; i++)
        {
            _clock.AdvanceSeconds(7.3);
            if (i % 5 == 0 && engine.State == SessionState.Running)
            {
                engine.Pause();
                _clock.AdvanceSeconds(3.1);
                paused += TimeSpan.FromSeconds(3.1);
                engine.Resume();
            }
        }

        recorder.Of<SessionCompleted>().Single().At.ShouldBe(timeline.Total + paused);
    }

    [Fact]
    public void Skip_marks_the_segment_skipped_and_starts_the_next_at_once()
    {
        var timeline = Timeline(Level.Standard, "lateral-neck-stretch");
        using var engine = new SessionEngine(timeline, _clock);
        var recorder = new Recorder(engine, _clock);

        engine.Start();
        _clock.AdvanceSeconds(10);
        engine.CurrentIndex.ShouldBe(1);
        engine.Skip();

        engine.CurrentIndex.ShouldBe(2);
        engine.Position.ShouldBe(timeline.Segments[2].Start);
        engine.Outcomes[1].ShouldBe(SegmentOutcome.Skipped);
        recorder.Of<SegmentEnded>().Last().Event.Outcome.ShouldBe(SegmentOutcome.Skipped);

        _clock.AdvanceSeconds(TransitionRules.SwitchSeconds);
        engine.CurrentIndex.ShouldBe(3);
    }

    [Fact]
    public void Skipping_the_last_segment_completes_the_session()
    {
        var timeline = Timeline(Level.Standard, "chest-stretch");
        using var engine = new SessionEngine(timeline, _clock);

        engine.Start();
        engine.Skip();
        engine.Skip();

        engine.State.ShouldBe(SessionState.Completed);
        engine.Outcomes.ShouldBe([SegmentOutcome.Skipped, SegmentOutcome.Skipped]);
        _clock.ArmedTimers.ShouldBe(0);
    }

    [Fact]
    public void Back_restarts_the_current_segment_or_goes_to_the_previous_one_near_its_start()
    {
        var timeline = Timeline(Level.Standard, "lateral-neck-stretch");
        using var engine = new SessionEngine(timeline, _clock);

        engine.Start();
        _clock.AdvanceSeconds(5 + 20);
        engine.CurrentIndex.ShouldBe(1);
        engine.Back();
        engine.Position.ShouldBe(timeline.Segments[1].Start);

        engine.Back();
        engine.CurrentIndex.ShouldBe(0);
        engine.Position.ShouldBe(TimeSpan.Zero);

        _clock.AdvanceSeconds(5);
        engine.CurrentIndex.ShouldBe(1);
    }

    [Fact]
    public void Skip_while_paused_stays_paused_at_the_next_segment()
    {
        var timeline = Timeline(Level.Standard, "lateral-neck-stretch");
        using var engine = new SessionEngine(timeline, _clock);

        engine.Start();
        engine.Pause();
        engine.Skip();
        _clock.AdvanceSeconds(100);

        engine.State.ShouldBe(SessionState.Paused);
        engine.CurrentIndex.ShouldBe(1);
        engine.Position.ShouldBe(timeline.Segments[1].Start);
    }

    [Fact]
    public void Stop_ends_the_session_and_leaves_no_timer()
    {
        var timeline = Timeline(Level.Standard, "chest-stretch");
        using var engine = new SessionEngine(timeline, _clock);
        var recorder = new Recorder(engine, _clock);

        engine.Start();
        _clock.AdvanceSeconds(12);
        engine.Stop();
        _clock.AdvanceSeconds(100);

        engine.State.ShouldBe(SessionState.Stopped);
        recorder.Of<SessionStopped>().ShouldHaveSingleItem().Event.Offset.ShouldBe(TimeSpan.FromSeconds(12));
        recorder.Of<SessionCompleted>().ShouldBeEmpty();
        _clock.ArmedTimers.ShouldBe(0);
    }

    [Fact]
    public void A_checkpoint_resumes_at_the_same_segment_and_second()
    {
        var timeline = Timeline("desk-break", Level.Standard);
        SessionCheckpoint checkpoint;
        using (var first = new SessionEngine(timeline, _clock))
        {
            first.Start();
            _clock.AdvanceSeconds(100.5);
            checkpoint = first.Checkpoint();
            first.Stop();
        }
        checkpoint.Routine.ShouldBe("desk-break");
        checkpoint.Level.ShouldBe(Level.Standard);

        _clock.AdvanceSeconds(3600);
        using var second = new SessionEngine(timeline, _clock);
        var recorder = new Recorder(second, _clock);
        second.Start(checkpoint);

        second.Position.ShouldBe(TimeSpan.FromSeconds(100.5));
        second.CurrentIndex.ShouldBe(checkpoint.SegmentIndex);
        _clock.Advance(timeline.Total - TimeSpan.FromSeconds(100.5));
        second.State.ShouldBe(SessionState.Completed);
        recorder.Of<SegmentStarted>().First().Event.Segment.Index.ShouldBe(checkpoint.SegmentIndex);
        foreach (var (started, at) in recorder.Of<SegmentStarted>().Skip(1))
        {
            at.ShouldBe(started.Segment.Start - TimeSpan.FromSeconds(100.5));
        }
    }

    private static Timeline Timeline(string routine, Level level) =>
        TimelineCompiler.Compile(Builtins.Routines.Find(routine)!, Builtins.Catalog, level);

    private static Timeline Timeline(Level level, params string[] ids) =>
        TimelineCompiler.Compile(new Routine("test", "Test", "", ids.Select(id => new RoutineItem(new ExerciseId(id))).ToArray()), Builtins.Catalog, level);
}
