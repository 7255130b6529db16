using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Progress;

public sealed class StatisticsTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static SessionRecord Session(DateTimeOffset startedAt, string zone = "Europe/Berlin", bool completed = true, int? before = null, int? after = null, string routine = "desk-break")
    {
        var r = Builtins.Routines.Find(routine)!;
        var timeline = TimelineCompiler.Compile(r, Builtins.Catalog, Level.Standard);
        return SessionRecord.Begin(Guid.NewGuid(), "local", r, timeline, startedAt, zone)
            .WithOutcomes(Enumerable.Repeat(SegmentOutcome.Done, timeline.Segments.Count).ToArray()) with
        {
            Completed = completed,
            PainBefore = before is { } b ? new PainScore(b) : null,
            PainAfter = after is { } a ? new PainScore(a) : null,
        };
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute, TimeZoneInfo zone)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    [Fact]
    public void A_streak_counts_local_days_with_a_completed_session_and_survives_until_today_ends()
    {
        var clock = new FakeTimeProvider(Local(2026, 1, 9, 8, 0, Berlin));
        var sessions = new[]
        {
            Session(Local(2026, 1, 1, 12, 0, Berlin)),
            Session(Local(2026, 1, 2, 12, 0, Berlin)),
            Session(Local(2026, 1, 3, 12, 0, Berlin)),
            Session(Local(2026, 1, 3, 18, 0, Berlin)),
            Session(Local(2026, 1, 6, 12, 0, Berlin), completed: false),
            Session(Local(2026, 1, 7, 12, 0, Berlin)),
            Session(Local(2026, 1, 8, 12, 0, Berlin)),
        };

        var stats = Statistics.Compute(sessions, clock.GetUtcNow(), Berlin);

        stats.LongestStreak.ShouldBe(3);
        stats.CurrentStreak.ShouldBe(2, "today has nothing yet, so the run up to yesterday still counts");
        clock.AdvanceSeconds(2 * 24 * 3600);
        Statistics.Compute(sessions, clock.GetUtcNow(), Berlin).CurrentStreak.ShouldBe(0);
    }

    [Fact]
    public void Days_are_the_local_days_of_the_zone_each_session_was_played_in()
    {
        // 23:30 in Berlin on Monday is still Monday there, though 22:30 UTC; 00:30 in Berlin on Wednesday is
        // 23:30 UTC on Tuesday. By UTC days these would be two days in a row; by the user's days they are not.
        var monday = Local(2026, 1, 5, 23, 30, Berlin);
        var wednesday = Local(2026, 1, 7, 0, 30, Berlin);

        var stats = Statistics.Compute([Session(monday), Session(wednesday)], wednesday.AddHours(1), Berlin);

        stats.LongestStreak.ShouldBe(1);
        stats.CurrentStreak.ShouldBe(1);
    }

    [Fact]
    public void A_traveller_keeps_the_streak_across_time_zones()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var sessions = new[]
        {
            Session(Local(2026, 3, 10, 21, 0, tokyo), "Asia/Tokyo"),
            Session(Local(2026, 3, 11, 7, 0, newYork), "America/New_York"),
            Session(Local(2026, 3, 12, 22, 0, newYork), "America/New_York"),
        };

        var stats = Statistics.Compute(sessions, Local(2026, 3, 12, 23, 0, newYork), newYork);

        stats.CurrentStreak.ShouldBe(3);
    }

    [Fact]
    public void Daylight_saving_changes_neither_break_nor_stretch_a_streak()
    {
        // Spring forward in Berlin on 29 March 2026: a 23-hour day. Sessions at 07:00 local every day.
        var spring = Enumerable.Range(27, 5).Select(d => Session(Local(2026, 3, d, 7, 0, Berlin))).ToArray();
        Statistics.Compute(spring, Local(2026, 3, 31, 20, 0, Berlin), Berlin).CurrentStreak.ShouldBe(5);

        // Fall back on 25 October 2026: a 25-hour day. Saturday 23:30 and Monday 00:30 local are 26 hours apart
        // and on consecutive UTC days, but two local days apart.
        var fall = new[] { Session(Local(2026, 10, 24, 23, 30, Berlin)), Session(Local(2026, 10, 26, 0, 30, Berlin)) };
        var stats = Statistics.Compute(fall, Local(2026, 10, 26, 9, 0, Berlin), Berlin);
        stats.LongestStreak.ShouldBe(1);

        var around = new[] { Session(Local(2026, 10, 24, 23, 30, Berlin)), Session(Local(2026, 10, 25, 23, 30, Berlin)), Session(Local(2026, 10, 26, 0, 30, Berlin)) };
        Statistics.Compute(around, Local(2026, 10, 26, 9, 0, Berlin), Berlin).CurrentStreak.ShouldBe(3);
    }

    [Fact]
    public void Weeks_start_on_monday_in_the_users_zone()
    {
        var now = Local(2026, 1, 14, 12, 0, Berlin); // a Wednesday
        var sessions = new[]
        {
            Session(Local(2026, 1, 12, 0, 15, Berlin)), // Monday this week, Sunday night in UTC
            Session(Local(2026, 1, 13, 9, 0, Berlin)),
            Session(Local(2026, 1, 11, 23, 45, Berlin)), // Sunday last week
            Session(Local(2026, 1, 5, 9, 0, Berlin)),
            Session(Local(2025, 12, 30, 9, 0, Berlin)),
        };
        var minutes = sessions[0].DoneSeconds / 60.0;

        var stats = Statistics.Compute(sessions, now, Berlin);

        stats.SessionsThisWeek.ShouldBe(2);
        stats.MinutesThisWeek.ShouldBe(2 * minutes, 1e-9);
        stats.SessionsLastWeek.ShouldBe(2);
        stats.Last14Days.Count.ShouldBe(14);
        stats.Last14Days[^1].Day.ShouldBe(new DateOnly(2026, 1, 14));
        stats.Last14Days.Single(d => d.Day == new DateOnly(2026, 1, 12)).Minutes.ShouldBe(minutes, 1e-9);
    }

    [Fact]
    public void Pain_change_is_averaged_overall_and_over_30_days_and_per_exercise_only_with_enough_sessions()
    {
        var now = Local(2026, 6, 30, 12, 0, Berlin);
        var sessions = new List<SessionRecord>
        {
            Session(now.AddDays(-60), before: 8, after: 8, routine: "cool-down"),
            Session(now.AddDays(-40), before: 7, after: 6, routine: "cool-down"),
        };
        for (var i = 1; i <= 5; i++)
        {
            sessions.Add(Session(now.AddDays(-i), before: 6, after: 3, routine: "desk-break"));
        }
        sessions.Add(Session(now.AddDays(-1), routine: "desk-break"));

        var stats = Statistics.Compute(sessions, now, Berlin);

        stats.PainSessions.ShouldBe(7);
        stats.AveragePainChange!.Value.ShouldBe((0 - 1 - 15) / 7.0, 1e-9);
        stats.PainSessions30Days.ShouldBe(5);
        stats.AveragePainChange30Days.ShouldBe(-3);
        var chair = stats.Exercises.Single(e => e.Exercise == "chair-rotation");
        (chair.Sessions, chair.AverageChange, chair.TooFewToTell).ShouldBe((5, -3.0, false));
        var childs = stats.Exercises.Single(e => e.Exercise == "childs-pose");
        (childs.Sessions, childs.TooFewToTell).ShouldBe((2, true));
        var chest = stats.Exercises.Single(e => e.Exercise == "chest-stretch");
        chest.Sessions.ShouldBe(7);
        stats.Pain.Count.ShouldBe(7);
    }
}
