using Unknot.Progress;

namespace Unknot.Core.Tests.Progress;

/// <summary>The neck's range of motion over the camera checks, worded as an observation.</summary>
public sealed class RangeOfMotionTests
{
    private static SessionMeasurements Checks(int? before, int? after) =>
        new(before is { } b ? new NeckMeasurement(RotationLeft: b) : null, after is { } a ? new NeckMeasurement(RotationLeft: a, TiltRight: 30) : null);

    [Fact]
    public void Each_session_counts_once_from_its_check_before_and_the_change_right_after_a_routine_is_averaged_over_sessions_with_both()
    {
        var trend = RangeTrend.From([Checks(50, 55), Checks(52, null), Checks(null, 60), Checks(58, 61)]);

        var left = trend.Single(t => t.Direction == "rotationLeft");
        (left.Checks, left.First, left.Latest, left.SessionsWithBoth, left.AverageChangeAfterRoutine).ShouldBe((4, 50, 58, 2, 4.0));
        left.Describe().ShouldBe("turn left: 50° at the first check, 58° at the latest (4 checks); 4.0° more right after a routine, on average over 2 sessions");
        var right = trend.Single(t => t.Direction == "tiltRight");
        right.Describe().ShouldBe("tilt right: 30° at the first check, 30° at the latest (3 checks)");
        trend.Select(t => t.Direction).ShouldBe(["rotationLeft", "tiltRight"], "directions never measured are left out");
    }

    [Fact]
    public void The_history_line_adds_the_seconds_held_in_band_by_direction_to_the_checks()
    {
        FormHold Hold(int segment, string direction, int held, int of) => new(segment, "neck-rotations-and-tilts", direction, 20, 45, held, of);
        var form = new[] { Hold(1, "flexion", 12, 15), Hold(3, "tiltLeft", 10, 15), Hold(5, "tiltRight", 15, 15), Hold(8, "tiltLeft", 6, 10) };

        new SessionMeasurements(new NeckMeasurement(RotationLeft: 55), new NeckMeasurement(RotationLeft: 62), form).Summary()
            .ShouldBe("turn left 55° → 62°; held in band: chin down 12 of 15 s, tilt left 16 of 25 s, tilt right 15 of 15 s");
        new SessionMeasurements(Form: form[..1]).Summary().ShouldBe("held in band: chin down 12 of 15 s");
        // A later report that brings only the check after keeps the form check of the one before.
        new SessionMeasurements(Form: form).With(new SessionMeasurements(After: new NeckMeasurement(TiltLeft: 30))).Form.ShouldBe(form);
    }

    [Fact]
    public void One_check_and_a_loss_after_a_routine_are_said_as_they_are()
    {
        var trend = RangeTrend.From([Checks(60, 57)]).Single(t => t.Direction == "rotationLeft");

        trend.Describe().ShouldBe("turn left: 60° at the one check so far; 3.0° less right after a routine, on average over 1 session");
        RangeTrend.From([]).ShouldBeEmpty();
    }

    [Fact]
    public void Statistics_read_the_trend_from_the_sessions_measured()
    {
        var now = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
        var sessions = new[]
        {
            Unknot.Testing.SessionRecords.Completed("desk-break", now.AddDays(-2)) with { Measurements = Checks(40, 45) },
            Unknot.Testing.SessionRecords.Completed("desk-break", now.AddDays(-1)),
            Unknot.Testing.SessionRecords.Completed("desk-break", now.AddHours(-1)) with { Measurements = Checks(48, null) },
        };

        var stats = Statistics.Compute(sessions, now, TimeZoneInfo.Utc);

        stats.RangeOfMotion!.Single(t => t.Direction == "rotationLeft").Describe()
            .ShouldBe("turn left: 40° at the first check, 48° at the latest (2 checks); 5.0° more right after a routine, on average over 1 session");
    }
}
