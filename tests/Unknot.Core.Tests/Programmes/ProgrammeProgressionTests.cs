using Unknot.Dosing;
using Unknot.Programmes;

namespace Unknot.Core.Tests.Programmes;

/// <summary>A whole programme played on a fake clock with scripted weeks: when it steps up, repeats and steps back, and how it says why.</summary>
public sealed class ProgrammeProgressionTests
{
    [Fact]
    public void Every_session_done_reaches_the_final_dose_on_the_last_week_and_completes_it()
    {
        var programme = SamplePrograms.DeskWorker;
        var person = new Follower(programme);

        for (var week = 1; week <= programme.Weeks; week++)
        {
            person.PlayWeek(5, before: 5, after: 3);
        }
        var report = person.Report();

        report.Status.ShouldBe(ProgrammeStatus.Completed);
        report.Today.ShouldBeNull();
        report.Weeks.Select(w => w.Week).ShouldBe([1, 2, 3, 4]);
        report.Weeks.Select(w => w.Dose).ShouldBe([programme.DoseOf(1), programme.DoseOf(2), programme.DoseOf(3), programme.DoseOf(4)]);
        report.Current.Dose.ShouldBe(programme.FinalDose);
        report.Current.Dose.ShouldBe(new ProgrammeDose(Level.Deep, 2, 5));
        report.Weeks.ShouldAllBe(w => w.Ended && w.Done == 5 && w.Planned == 5);
    }

    [Fact]
    public void Each_step_is_explained_in_one_line_with_what_changed_and_why()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        for (var week = 1; week <= 4; week++)
        {
            person.PlayWeek(5, before: 5, after: 3);
        }
        var changes = person.Report().Changes;

        changes.Count.ShouldBe(4);
        changes[0].ShouldStartWith("Week 2: holds ");
        changes[0].ShouldEndWith(", because you did 5 of 5 sessions and pain went 5 → 3.");
        changes[1].ShouldStartWith("Week 3: holds ");
        changes[1].ShouldContain("because you did 5 of 5 sessions");
        changes[2].ShouldBe("Week 4: each stretch 1 time → 2 times in a row, because you did 5 of 5 sessions and pain went 5 → 3.");
        changes[3].ShouldBe("Done: all 4 weeks, you did 5 of 5 sessions in the last.");
        changes.ShouldAllBe(c => !c.Contains('\n'));
    }

    [Fact]
    public void The_first_week_says_its_dose_and_each_later_week_carries_the_line_that_led_to_it()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        person.PlayWeek(5);
        var report = person.Report();

        report.Weeks[0].Why.ShouldBe("Week 1: gentle, each stretch once, 5 sessions a week.");
        report.Weeks[1].Why.ShouldBe(report.Changes[0]);
        report.Weeks[1].Why.ShouldNotContain("pain went", customMessage: "no pain was rated");
    }

    [Fact]
    public void A_week_with_two_of_five_sessions_done_is_played_again()
    {
        var programme = SamplePrograms.DeskWorker;
        var person = new Follower(programme);

        person.PlayWeek(5);
        person.PlayWeek(2);
        var report = person.Report();

        report.Weeks.Select(w => (w.Number, w.Week)).ShouldBe([(1, 1), (2, 2), (3, 2)]);
        report.Current.Dose.ShouldBe(programme.DoseOf(2));
        report.Weeks[1].Done.ShouldBe(2);
        report.Changes[^1].ShouldBe("Week 2 again: you did 2 of 5 sessions, and 4 are needed to step up.");
        report.Current.Why.ShouldBe(report.Changes[^1]);
    }

    [Fact]
    public void A_repeated_week_done_in_full_steps_up_to_the_next()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        person.PlayWeek(5);
        person.PlayWeek(2);
        person.PlayWeek(5);

        person.Report().Weeks.Select(w => w.Week).ShouldBe([1, 2, 2, 3]);
    }

    [Fact]
    public void Four_of_five_is_enough_to_step_up_and_three_is_not()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        person.PlayWeek(4);
        person.PlayWeek(3);

        person.Report().Weeks.Select(w => w.Week).ShouldBe([1, 2, 2]);
    }

    [Fact]
    public void Pain_after_a_session_two_points_above_before_steps_back_a_week()
    {
        var programme = SamplePrograms.DeskWorker;
        var person = new Follower(programme);

        person.PlayWeek(5, before: 3, after: 3);
        person.PlayWeek(5, before: 3, after: 3);
        // Week 3: the third session, on Wednesday 21 January, hurts more after than before.
        person.PlayWeek(5, i => i == 2 ? (3, 5) : (3, 3));
        var report = person.Report();

        report.Weeks.Select(w => w.Week).ShouldBe([1, 2, 3, 2]);
        report.Current.Dose.ShouldBe(programme.DoseOf(2));
        report.Changes[^1].ShouldBe("Back to week 2: pain after the session on Wednesday 21 January went 3 → 5.");
    }

    [Fact]
    public void Pain_after_only_one_point_above_before_is_no_flare()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        person.PlayWeek(5, i => i == 2 ? (3, 4) : (3, 3));

        person.Report().Current.Week.ShouldBe(2);
    }

    [Fact]
    public void A_week_whose_average_pain_is_two_above_the_week_before_steps_back_a_week()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        person.PlayWeek(5, before: 2, after: 2);
        person.PlayWeek(5, before: 3, after: 3);
        person.PlayWeek(5, before: 6, after: 5);
        var report = person.Report();

        // Week 3's pain averages 5.5 against week 2's 3: a flare although every session eased it.
        report.Weeks.Select(w => w.Week).ShouldBe([1, 2, 3, 2]);
        report.Changes[^1].ShouldBe("Back to week 2: the week's pain went up from 3 to 5.5 on average.");
    }

    [Fact]
    public void A_flare_in_the_first_week_plays_the_first_week_again()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        person.PlayWeek(5, i => i == 0 ? (2, 6) : (2, 2));
        var report = person.Report();

        report.Weeks.Select(w => w.Week).ShouldBe([1, 1]);
        report.Changes[^1].ShouldStartWith("Week 1 again: pain after the session on Monday 5 January went 2 → 6");
    }

    [Fact]
    public void A_flare_in_the_last_week_steps_back_instead_of_completing()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        person.PlayWeek(5);
        person.PlayWeek(5);
        person.PlayWeek(5);
        person.PlayWeek(5, i => i == 4 ? (1, 4) : (1, 1));
        var report = person.Report();

        report.Status.ShouldBe(ProgrammeStatus.Active);
        report.Weeks.Select(w => w.Week).ShouldBe([1, 2, 3, 4, 3]);
    }

    [Fact]
    public void Too_few_sessions_in_the_last_week_play_it_again_before_completing()
    {
        var person = new Follower(SamplePrograms.DeskWorker);

        for (var week = 1; week <= 3; week++)
        {
            person.PlayWeek(5);
        }
        person.PlayWeek(1);
        person.Report().Status.ShouldBe(ProgrammeStatus.Active);
        person.Report().Current.Week.ShouldBe(4);

        person.PlayWeek(5);
        person.Report().Status.ShouldBe(ProgrammeStatus.Completed);
    }

    [Fact]
    public void Two_sessions_a_day_count_each_on_their_own()
    {
        var programme = SamplePrograms.Lifters;
        var person = new Follower(programme);

        person.PlayWeek(6);
        var report = person.Report();

        report.Weeks[0].Planned.ShouldBe(6);
        report.Weeks[0].Done.ShouldBe(6);
        report.Changes[0].ShouldEndWith("because you did 6 of 6 sessions.");
    }
}
