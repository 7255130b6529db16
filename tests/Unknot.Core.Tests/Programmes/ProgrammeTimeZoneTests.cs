using Unknot.Programmes;
using Unknot.Progress;

namespace Unknot.Core.Tests.Programmes;

/// <summary>A programme's days are the person's local days, across a change to summer time and a move to another zone.</summary>
public sealed class ProgrammeTimeZoneTests
{
    [Fact]
    public void A_programme_started_the_day_before_summer_time_keeps_its_local_days()
    {
        // Given the desk worker started on Saturday 28 March 2026 in Berlin; clocks go forward early on Sunday 29 March
        var person = new Follower(SamplePrograms.DeskWorker, "Europe/Berlin", new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero));
        person.Enrolment.StartedOn.ShouldBe(new DateOnly(2026, 3, 28));

        // When a session is played at 00:30 on Monday 30 March, summer time (22:30 on Sunday in UTC)
        person.MoveTo(new DateOnly(2026, 3, 30), 0, 30);
        person.Clock.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 3, 29, 22, 30, 0, TimeSpan.Zero));
        person.PlayToday();
        var report = person.Report();

        // Then it counts for Monday, and the week is seven local days from Saturday
        PlayedSession.From(person.Sessions[^1]).Day.ShouldBe(new DateOnly(2026, 3, 30));
        report.Today!.Day.ShouldBe(new DateOnly(2026, 3, 30));
        report.Today.Sessions.ShouldHaveSingleItem().Done.ShouldBeTrue();
        report.Current.Days.ShouldBe(Enumerable.Range(0, 7).Select(d => new DateOnly(2026, 3, 28).AddDays(d)));
        report.Current.Sessions.Where(s => s.Done).Select(s => s.Day).ShouldBe([new DateOnly(2026, 3, 30)]);
    }

    [Fact]
    public void Sessions_just_before_and_after_midnight_around_the_change_count_for_their_own_days()
    {
        var person = new Follower(SamplePrograms.DeskBreaks("every-day"), "Europe/Berlin", new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero));

        // Saturday 23:30 (winter time), Sunday 23:30 (summer time), Monday 00:30: one each for three days within 24 hours
        person.MoveTo(new DateOnly(2026, 3, 28), 23, 30);
        person.PlayToday();
        person.MoveTo(new DateOnly(2026, 3, 29), 23, 30);
        person.PlayToday();
        person.MoveTo(new DateOnly(2026, 3, 30), 0, 30);
        person.PlayToday();
        var week = person.Report().Current;

        week.Sessions.Where(s => s.Done).Select(s => s.Day.Day).ShouldBe([28, 29, 30]);
        week.Sessions.Where(s => s.Done).Select(s => s.Day).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void A_week_that_spans_the_change_still_ends_after_seven_local_days()
    {
        var person = new Follower(SamplePrograms.DeskWorker, "Europe/Berlin", new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero));

        person.PlayWeek(5);
        var report = person.Report();

        person.Today.ShouldBe(new DateOnly(2026, 4, 4));
        report.Weeks[0].Done.ShouldBe(5);
        report.Current.Week.ShouldBe(2);
        report.Current.Days[0].ShouldBe(new DateOnly(2026, 4, 4));
    }

    [Fact]
    public void Sessions_played_in_New_York_then_in_Tokyo_count_on_the_local_day_of_each()
    {
        // Given the desk worker started on Monday 5 January 2026 in New York, played at 21:00 (02:00 on Tuesday in UTC)
        var person = new Follower(SamplePrograms.DeskWorker, "America/New_York", new DateTimeOffset(2026, 1, 6, 2, 0, 0, TimeSpan.Zero));
        person.Enrolment.StartedOn.ShouldBe(new DateOnly(2026, 1, 5));
        person.PlayToday();

        // When they fly to Tokyo and play at 07:00 on Wednesday there (22:00 on Tuesday in UTC, 17:00 in New York)
        person.Zone = "Asia/Tokyo";
        person.MoveTo(new DateOnly(2026, 1, 7), 7, 0);
        person.Clock.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 1, 6, 22, 0, 0, TimeSpan.Zero));
        person.PlayToday();
        var report = person.Report();

        // Then Monday and Wednesday are done, Tuesday (the UTC day of both) is not
        person.Sessions.Select(s => PlayedSession.From(s).Day.Day).ShouldBe([5, 7]);
        var week = report.Current;
        week.Days[0].ShouldBe(new DateOnly(2026, 1, 5));
        week.Sessions.Where(s => s.CarriedFrom is null).Select(s => (s.Day.Day, s.Done)).ShouldBe([(5, true), (6, false), (7, true), (8, false), (9, false)]);
        report.Today!.Day.ShouldBe(new DateOnly(2026, 1, 7));
        report.Today.Ordinal.ShouldBe(3);
    }

    [Fact]
    public void After_the_move_the_week_goes_on_by_the_new_zone_s_days()
    {
        var person = new Follower(SamplePrograms.DeskWorker, "America/New_York", new DateTimeOffset(2026, 1, 5, 14, 0, 0, TimeSpan.Zero));
        person.PlayToday();
        person.Zone = "Asia/Tokyo";
        for (var day = 6; day <= 9; day++)
        {
            person.MoveTo(new DateOnly(2026, 1, day), 8, 0);
            person.PlayToday();
        }

        person.MoveTo(new DateOnly(2026, 1, 12), 8, 0);
        var report = person.Report();

        report.Weeks[0].Done.ShouldBe(5);
        report.Current.Week.ShouldBe(2);
        report.Current.Days[0].ShouldBe(new DateOnly(2026, 1, 12));
        report.Today!.Ordinal.ShouldBe(1);
    }
}
