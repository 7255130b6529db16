using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Sessions;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Sessions;

/// <summary>The engine marks the moments, and goes back, exactly as <see cref="SessionMoments"/> says (the browser player reads the same values).</summary>
public sealed class SessionMomentsTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Halfway_and_the_countdown_start_at_the_lengths_the_moments_name()
    {
        int[] lengths =
        [
            SessionMoments.CountdownFromSeconds - 1, SessionMoments.CountdownFromSeconds,
            SessionMoments.HalfwayFromSeconds - 1, SessionMoments.HalfwayFromSeconds, 30,
        ];
        var timeline = Timeline(lengths);
        using var engine = new SessionEngine(timeline, _clock);
        var recorder = new Recorder(engine, _clock);

        engine.Start();
        _clock.Advance(timeline.Total);

        foreach (var segment in timeline.Segments)
        {
            var halfway = recorder.Of<Halfway>().Count(h => h.Event.Segment == segment);
            halfway.ShouldBe(segment.DurationSeconds >= SessionMoments.HalfwayFromSeconds ? 1 : 0, $"{segment.DurationSeconds} s");
            recorder.Of<Countdown>().Where(c => c.Event.Segment == segment).Select(c => c.Event.SecondsLeft)
                .ShouldBe(segment.DurationSeconds >= SessionMoments.CountdownFromSeconds ? Enumerable.Range(1, SessionMoments.CountdownSeconds).Reverse() : [],
                    $"{segment.DurationSeconds} s");
        }
        recorder.Of<Halfway>().Count().ShouldBe(2, "the 10 s and 30 s segments");
        recorder.Of<Countdown>().Count().ShouldBe(4 * 3, "every segment of 5 s or more counts 3, 2, 1");
    }

    [Fact]
    public void Back_goes_to_the_previous_segment_until_the_seconds_the_moments_name_then_restarts_this_one()
    {
        var timeline = Timeline([10, 10]);
        using var engine = new SessionEngine(timeline, _clock);
        engine.Start();

        _clock.AdvanceSeconds(10 + SessionMoments.BackRestartsAfterSeconds - 0.1);
        engine.Back();
        engine.CurrentIndex.ShouldBe(0, "just begun: back goes to the one before");

        _clock.AdvanceSeconds(10 + SessionMoments.BackRestartsAfterSeconds);
        engine.Back();
        engine.CurrentIndex.ShouldBe(1, "under way: back restarts it");
        engine.Position.ShouldBe(timeline.Segments[1].Start);
    }

    private static Timeline Timeline(int[] lengths)
    {
        var start = 0;
        var segments = lengths.Select((seconds, i) =>
        {
            var segment = new Segment(i, start, seconds, SegmentKind.Hold, 0, new ExerciseId("chest-stretch"), "Chest stretch", Side.None, null, null, null, "Hold.");
            start += seconds;
            return segment;
        }).ToArray();
        return new Timeline("test", "Test", Level.Standard, segments);
    }
}
