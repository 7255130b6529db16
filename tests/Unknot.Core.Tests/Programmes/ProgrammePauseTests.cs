using Unknot.Programmes;
using Unknot.Testing;

namespace Unknot.Core.Tests.Programmes;

/// <summary>Pausing for a holiday or an illness, resuming where it was, and stopping.</summary>
public sealed class ProgrammePauseTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    [Fact]
    public void A_pause_of_ten_days_resumes_the_same_week_with_its_remaining_days()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        person.PlayToday();
        person.NextDay();
        person.PlayToday();
        person.NextDay();

        // Given a pause from Wednesday 7 January for ten days
        person.Pause();
        for (var day = 0; day < 10; day++)
        {
            person.NextDay();
        }
        person.Resume();
        var report = person.Report();

        // Then it goes on in week 1 on Saturday 17 January, its five remaining days after the two played
        person.Today.ShouldBe(new DateOnly(2026, 1, 17));
        report.Status.ShouldBe(ProgrammeStatus.Active);
        report.Weeks.ShouldHaveSingleItem();
        report.Current.Week.ShouldBe(1);
        report.Current.Days.ShouldBe([Monday, Monday.AddDays(1), .. Enumerable.Range(12, 5).Select(d => Monday.AddDays(d))]);
        report.Current.Sessions.Select(s => s.Day.Day).ShouldBe([5, 6, 19, 20, 21]);
        report.Current.Done.ShouldBe(2);
        report.Today!.Sessions.ShouldBeEmpty();
        report.Today.Next.ShouldBe(new DateOnly(2026, 1, 19));
    }

    [Fact]
    public void Nothing_planned_in_a_pause_is_counted_missed_or_carried()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        person.PlayToday();
        person.NextDay();
        person.PlayToday();
        person.NextDay();
        person.Pause();
        for (var day = 0; day < 10; day++)
        {
            person.NextDay();
        }
        person.Resume();

        // When the rest of the week is done
        person.PlayWeek(3);
        var report = person.Report();

        // Then the week counts five of five and steps up
        report.Weeks[0].Sessions.ShouldAllBe(s => s.CarriedFrom == null && s.Done);
        report.Weeks[0].Done.ShouldBe(5);
        report.Weeks[0].Planned.ShouldBe(5);
        report.Current.Week.ShouldBe(2);
        report.Changes.ShouldHaveSingleItem().ShouldContain("because you did 5 of 5 sessions");
    }

    [Fact]
    public void While_paused_there_is_no_today_and_the_week_waits()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        person.PlayToday();
        person.NextDay();
        person.Pause();
        person.NextDay();
        person.NextDay();

        var report = person.Report();

        report.Status.ShouldBe(ProgrammeStatus.Paused);
        report.Today.ShouldBeNull();
        report.Current.Days.ShouldBe([Monday]);
        report.Current.Ended.ShouldBeFalse();
        person.Enrolment.IsActiveOn(person.Today).ShouldBeFalse();
    }

    [Fact]
    public void A_paused_programme_cannot_be_paused_again_nor_a_running_one_resumed()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        person.Enrolment.ResumeProblem.ShouldBe("the programme is not paused");
        Should.Throw<InvalidOperationException>(person.Resume);
        person.NextDay();
        person.Pause();

        person.Enrolment.PauseProblem.ShouldBe("the programme is already paused (since 2026-01-06)");
        Should.Throw<InvalidOperationException>(person.Pause);
    }

    [Fact]
    public void A_stopped_programme_has_no_today_and_cannot_be_paused_resumed_or_stopped_again()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        person.PlayWeek(5);
        person.PlayToday();
        person.NextDay();

        person.Stop();
        var report = person.Report();

        report.Status.ShouldBe(ProgrammeStatus.Stopped);
        report.Today.ShouldBeNull();
        report.Weeks.Select(w => w.Week).ShouldBe([1, 2]);
        report.Current.Days.ShouldBe([new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 13)], "the day it stops is its last day");
        report.Current.Ended.ShouldBeTrue();
        person.Enrolment.PauseProblem.ShouldBe("the programme has been stopped");
        person.Enrolment.ResumeProblem.ShouldBe("the programme has been stopped");
        person.Enrolment.StopProblem.ShouldBe("the programme has already been stopped");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(9)]
    [InlineData(13)]
    public void A_week_across_a_pause_of_any_length_plans_its_five_sessions_once_each(int pauseDays)
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        person.PlayToday();
        person.NextDay();
        person.PlayToday();
        person.NextDay();
        person.Pause();
        for (var i = 0; i < pauseDays; i++)
        {
            person.NextDay();
        }

        person.Resume();
        var week = person.Report().Current;

        week.Week.ShouldBe(1);
        week.Planned.ShouldBe(5, "a week plans its dose, whatever weekdays the pause moved");
        week.Done.ShouldBe(2);
        week.Sessions.Select(s => s.Day).Distinct().Count().ShouldBe(week.Sessions.Count, "never two on one day");
    }

    [Fact]
    public void A_weekly_session_whose_weekday_a_pause_took_out_still_comes_that_week()
    {
        var saturdays = SamplePrograms.DeskBreaks("sat");
        var person = new Follower(saturdays);
        for (var i = 0; i < 3; i++)
        {
            person.NextDay();
        }
        person.Pause();
        for (var i = 0; i < 3; i++)
        {
            person.NextDay();
        }

        person.Resume();
        var week = person.Report().Current;

        week.Days.ShouldNotContain(d => d.DayOfWeek == DayOfWeek.Saturday);
        week.Planned.ShouldBe(1, "the Saturday the pause took falls on the week's last day");
        week.Sessions.ShouldHaveSingleItem().Day.ShouldBe(week.Days[^1]);
    }

    [Fact]
    public void A_pause_asked_for_after_todays_session_is_done_begins_tomorrow()
    {
        var person = new Follower(SamplePrograms.Lifters);
        person.Play(SamplePrograms.Lifters.Sessions[0].Routine);

        person.Pause(person.Today.AddDays(1));
        var report = person.Report();

        report.Status.ShouldBe(ProgrammeStatus.Active, "the pause has not begun yet");
        report.Today!.Sessions.Select(s => s.Done).ShouldBe([true, false], "the cool-down can still be played today");
    }

    [Fact]
    public void A_programme_paused_on_its_first_day_has_a_first_week_with_no_days_yet()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        person.Pause();
        var report = person.Report();

        report.Status.ShouldBe(ProgrammeStatus.Paused);
        report.Current.Week.ShouldBe(1);
        report.Current.Days.ShouldBeEmpty();
        report.Today.ShouldBeNull();
        ProgrammeLines.Today(report, Builtins.Catalog).ShouldStartWith("Desk worker, 4 weeks is paused since");
    }

    [Fact]
    public void A_session_done_on_the_day_a_programme_stops_still_counts()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        person.PlayToday();

        person.Stop();

        person.Report().Current.Done.ShouldBe(1);
    }

    [Fact]
    public void Stopping_while_paused_closes_the_pause()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        person.NextDay();
        person.Pause();
        person.NextDay();

        person.Stop();

        person.Enrolment.IsPaused.ShouldBeFalse();
        person.Enrolment.Pauses.ShouldHaveSingleItem().Until.ShouldBe(person.Today);
        person.Report().Status.ShouldBe(ProgrammeStatus.Stopped);
    }

    [Fact]
    public void A_programme_stopped_after_its_last_week_was_done_stays_completed()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        for (var week = 1; week <= 4; week++)
        {
            person.PlayWeek(5);
        }
        person.NextDay();

        person.Stop();

        // Stopped means given up before the end; switching to another programme later does not undo a finished one.
        person.Report().Status.ShouldBe(ProgrammeStatus.Completed);
    }
}
