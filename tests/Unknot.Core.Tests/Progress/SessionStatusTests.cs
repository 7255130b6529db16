using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Progress;

public sealed class SessionStatusTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_session_is_finished_stopped_on_purpose_or_unfinished_and_only_unfinished_is_resumable()
    {
        var finished = SessionRecords.Completed("desk-break", Start);
        var begun = finished with { Completed = false, EndedAt = null };
        var checkpoint = new SessionCheckpoint("desk-break", finished.Level, 2, 3);
        var outcomes = finished.Segments.Select(s => s.Outcome).ToArray();

        var stopped = begun.Stopped(outcomes, checkpoint, StopReason.Ended, Start.AddMinutes(1));
        var interrupted = begun.Stopped(outcomes, checkpoint, StopReason.Interrupted, Start.AddMinutes(1));

        (finished.Status, finished.Resumable).ShouldBe((SessionStatus.Finished, false));
        (stopped.Status, stopped.Resumable).ShouldBe((SessionStatus.Stopped, false));
        (interrupted.Status, interrupted.Resumable).ShouldBe((SessionStatus.Unfinished, true));
    }

    [Theory]
    [InlineData(207, 3.5)]
    [InlineData(201, 3.4)]
    [InlineData(0, 0.0)]
    public void Minutes_done_are_rounded_to_a_tenth_half_up(int seconds, double minutes)
    {
        var record = SessionRecords.Completed("desk-break", Start) with
        {
            Segments = [new SegmentRecord(0, SegmentKind.Hold, "chest-stretch", Side.None, seconds, SegmentOutcome.Done)],
        };

        record.DoneMinutes.ShouldBe(minutes);
    }
}
