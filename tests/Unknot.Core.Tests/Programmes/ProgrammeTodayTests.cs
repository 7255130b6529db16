using Unknot.Programmes;
using Unknot.Testing;

namespace Unknot.Core.Tests.Programmes;

/// <summary>What today offers in a programme: which session of the week it is, the next one on a day off, and missed sessions carried or dropped.</summary>
public sealed class ProgrammeTodayTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static void SkipDays(Follower person, int days)
    {
        for (var day = 0; day < days; day++)
        {
            person.NextDay();
        }
    }

    [Fact]
    public void Wednesday_of_a_weekday_programme_is_session_three_of_five()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        SkipDays(person, 2);

        var today = person.Report().Today!;

        today.Day.ShouldBe(Monday.AddDays(2));
        today.Ordinal.ShouldBe(3);
        today.Week.Planned.ShouldBe(5);
        today.Sessions.ShouldHaveSingleItem().Routine.Id.ShouldBe("desk-break");
        today.Next.ShouldBeNull();
    }

    [Fact]
    public void Two_sessions_on_one_day_are_one_day_of_the_week()
    {
        var person = new Follower(SamplePrograms.Lifters);
        SkipDays(person, 2);

        var report = person.Report();
        var today = report.Today!;

        today.Ordinal.ShouldBe(2, "Wednesday is the second of Monday, Wednesday and Friday");
        today.Week.Planned.ShouldBe(6);
        today.Week.PlannedDays.Count.ShouldBe(3);
        today.Sessions.Select(s => s.Routine.Id).ShouldBe(["warm-up", "cool-down"]);
        ProgrammeLines.Today(report, Builtins.Catalog).ShouldStartWith("Week 1 · day 2 of 3 — Warm-up, ");
    }

    [Fact]
    public void Two_sessions_of_one_routine_on_one_day_need_two_plays()
    {
        var desk = SamplePrograms.DeskWorker;
        var twice = desk with { Sessions = [desk.Sessions[0] with { When = "morning" }, desk.Sessions[0] with { When = "afternoon" }] };
        var person = new Follower(twice);

        person.Play(desk.Sessions[0].Routine);
        person.Report().Today!.Sessions.Select(s => s.Done).ShouldBe([true, false], "one play is one session");
        person.Play(desk.Sessions[0].Routine);
        person.Report().Today!.Sessions.Select(s => s.Done).ShouldBe([true, true]);
    }

    [Fact]
    public void A_day_off_has_no_session_and_names_the_next_day_with_one()
    {
        // Started on Thursday 8 January: its week runs to Wednesday, so Saturday's next session is on Monday.
        var person = new Follower(SamplePrograms.DeskWorker, start: Follower.MondayMorning.AddDays(3));
        person.PlayToday();
        person.NextDay();
        person.PlayToday();
        person.NextDay();

        var today = person.Report().Today!;

        today.Day.DayOfWeek.ShouldBe(DayOfWeek.Saturday);
        today.Sessions.ShouldBeEmpty();
        today.Ordinal.ShouldBe(0);
        today.Next.ShouldBe(new DateOnly(2026, 1, 12));
    }

    [Fact]
    public void A_day_off_at_the_end_of_the_week_has_no_next_session_in_it()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        for (var day = 0; day < 5; day++)
        {
            person.PlayToday();
            person.NextDay();
        }
        person.NextDay();

        var sunday = person.Report().Today!;

        sunday.Day.DayOfWeek.ShouldBe(DayOfWeek.Sunday);
        sunday.Sessions.ShouldBeEmpty();
        sunday.Next.ShouldBeNull();
    }

    [Fact]
    public void A_missed_session_is_offered_on_the_next_free_day_as_the_session_it_stands_for()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        for (var day = 0; day < 4; day++)
        {
            person.PlayToday();
            person.NextDay();
        }
        person.NextDay();

        // Friday was missed: Saturday offers it, as the fifth session of five
        var today = person.Report().Today!;

        today.Day.DayOfWeek.ShouldBe(DayOfWeek.Saturday);
        today.Sessions.ShouldHaveSingleItem().CarriedFrom.ShouldBe(Monday.AddDays(4));
        today.Ordinal.ShouldBe(5);
    }

    [Fact]
    public void A_carried_session_played_counts_for_the_day_it_was_missed()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        for (var day = 0; day < 4; day++)
        {
            person.PlayToday();
            person.NextDay();
        }
        person.NextDay();
        person.PlayToday();

        var week = person.Report().Current;

        week.Sessions.ShouldAllBe(s => s.CarriedFrom == null && s.Done);
        week.Done.ShouldBe(5);
        person.MoveTo(Monday.AddDays(7));
        person.Report().Current.Week.ShouldBe(2);
    }

    [Fact]
    public void Missed_sessions_never_pile_up_only_the_latest_is_offered_once()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        SkipDays(person, 5);

        var saturday = person.Report();
        person.NextDay();
        var sunday = person.Report();

        saturday.Today!.Sessions.ShouldHaveSingleItem().CarriedFrom.ShouldBe(Monday.AddDays(4));
        sunday.Today!.Sessions.ShouldBeEmpty();
        sunday.Current.Sessions.Count(s => s.CarriedFrom is not null).ShouldBe(1);
        sunday.Current.Planned.ShouldBe(5);
    }

    [Fact]
    public void With_days_off_between_each_miss_is_offered_on_the_day_after_and_not_again()
    {
        var person = new Follower(SamplePrograms.DeskBreaks("mon,wed,fri"));
        person.NextDay();

        var tuesday = person.Report().Today!;
        person.NextDay();
        var wednesday = person.Report().Today!;

        tuesday.Sessions.ShouldHaveSingleItem().CarriedFrom.ShouldBe(Monday);
        tuesday.Ordinal.ShouldBe(1);
        wednesday.Sessions.ShouldHaveSingleItem().CarriedFrom.ShouldBeNull();
        wednesday.Ordinal.ShouldBe(2);
    }

    [Fact]
    public void Where_the_programme_drops_missed_sessions_none_is_offered_again()
    {
        var person = new Follower(SamplePrograms.DeskBreaks("mon,wed,fri", MissedSessions.Drop));
        person.NextDay();

        var report = person.Report();

        report.Today!.Sessions.ShouldBeEmpty();
        report.Today.Next.ShouldBe(Monday.AddDays(2));
        person.PlayWeek(2);
        var week = person.Report().Weeks[0];
        week.Sessions.ShouldAllBe(s => s.CarriedFrom == null);
        week.Done.ShouldBe(2);
        person.Report().Current.Week.ShouldBe(1, customMessage: "2 of 3 is short of the 3 that step up");
    }

    [Fact]
    public void A_carried_session_done_brings_the_week_to_its_share()
    {
        var person = new Follower(SamplePrograms.DeskBreaks("mon,wed,fri"));
        person.NextDay();
        person.PlayToday();

        person.PlayWeek(2);

        person.Report().Weeks[0].Done.ShouldBe(3);
        person.Report().Current.Week.ShouldBe(2);
    }

    [Fact]
    public void A_session_stopped_halfway_or_of_another_routine_does_not_count_as_today_s()
    {
        var person = new Follower(SamplePrograms.DeskWorker);
        var deskBreak = person.Report().Today!.Sessions[0].Routine;

        person.Play(deskBreak, finished: false);
        person.Play(Testing.Builtins.Routines.Find("cool-down")!);
        var today = person.Report().Today!;

        today.Sessions.ShouldHaveSingleItem().Done.ShouldBeFalse();
        person.Play(deskBreak);
        person.Report().Today!.Sessions.ShouldHaveSingleItem().Done.ShouldBeTrue();
    }
}
