using Unknot.Dosing;
using Unknot.Programmes;

namespace Unknot.Core.Tests.Programmes;

/// <summary>The dose of each programme week: its steps, its caps, easier weeks, and the days a session falls on.</summary>
public sealed class ProgrammeDoseTests
{
    [Fact]
    public void Each_week_of_the_desk_worker_takes_one_more_step()
    {
        var programme = SamplePrograms.DeskWorker;

        Enumerable.Range(1, 4).Select(programme.DoseOf).ShouldBe(
        [
            new ProgrammeDose(Level.Gentle, 1, 5),
            new ProgrammeDose(Level.Standard, 1, 5),
            new ProgrammeDose(Level.Deep, 1, 5),
            new ProgrammeDose(Level.Deep, 2, 5),
        ]);
        programme.FinalDose.ShouldBe(programme.DoseOf(4));
    }

    [Fact]
    public void No_dose_goes_past_the_deep_level_the_most_sets_or_the_programme_s_days()
    {
        ProgrammeStep[] steps = [.. Enumerable.Repeat(ProgrammeStep.Level, 5), .. Enumerable.Repeat(ProgrammeStep.Sets, 6), .. Enumerable.Repeat(ProgrammeStep.Days, 6)];
        var programme = SamplePrograms.DeskBreaks("mon,wed,fri", weeks: 18, steps: steps, start: new ProgrammeDose(Level.Gentle, 1, 1));

        var doses = Enumerable.Range(1, 30).Select(programme.DoseOf).ToArray();

        doses.ShouldAllBe(d => d.Level <= Level.Deep && d.Sets <= ProgrammeDose.MaxSets && d.Days <= 3);
        programme.FinalDose.ShouldBe(new ProgrammeDose(Level.Deep, ProgrammeDose.MaxSets, 3));
        doses[^1].ShouldBe(programme.FinalDose, "a week past the last step keeps the last dose");
    }

    [Fact]
    public void A_step_at_its_cap_leaves_the_dose_as_it_is()
    {
        var programme = SamplePrograms.DeskBreaks("mon,wed,fri");
        var top = new ProgrammeDose(Level.Deep, ProgrammeDose.MaxSets, 3);

        top.After(ProgrammeStep.Level, programme).ShouldBe(top);
        top.After(ProgrammeStep.Sets, programme).ShouldBe(top);
        top.After(ProgrammeStep.Days, programme).ShouldBe(top);
    }

    [Fact]
    public void An_easier_week_is_one_step_below_the_week_before_it()
    {
        var programme = SamplePrograms.NeckMobility;
        var without = programme with { EasierWeeks = new HashSet<int>() };

        programme.EasierWeeks.ShouldBe([4]);
        without.DoseOf(4).ShouldBe(new ProgrammeDose(Level.Standard, 1, 5));
        programme.DoseOf(3).ShouldBe(new ProgrammeDose(Level.Standard, 1, 4));
        programme.DoseOf(4).ShouldBe(new ProgrammeDose(Level.Gentle, 1, 4), "lighter than week 3: the level goes back down");
        programme.DoseOf(5).ShouldBe(without.DoseOf(5), "the week after an easier one takes up where it would have been");
        programme.FinalDose.ShouldBe(new ProgrammeDose(Level.Deep, 1, 6));
    }

    [Fact]
    public void An_easier_week_is_marked_and_says_so_when_it_comes()
    {
        var programme = SamplePrograms.DeskBreaks("mon-fri", steps: [ProgrammeStep.Level, ProgrammeStep.Level, ProgrammeStep.Sets], easier: [3]);
        var person = new Follower(programme);

        person.PlayWeek(5);
        person.PlayWeek(5);
        var report = person.Report();

        report.Current.Week.ShouldBe(3);
        report.Current.Easier.ShouldBeTrue();
        report.Current.Dose.ShouldBe(programme.DoseOf(1), "one step below week 2");
        report.Current.Why.ShouldStartWith("Week 3, an easier week: ");
    }

    [Fact]
    public void Fewer_days_than_a_session_may_fall_on_are_spread_through_the_week()
    {
        var weekdays = SamplePrograms.DeskBreaks("mon-fri").Sessions[0];
        var everyDay = SamplePrograms.NeckMobility.Sessions[0];

        new ProgrammeDose(Level.Gentle, 1, 3).DaysOf(weekdays).ShouldBe([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], ignoreOrder: true);
        new ProgrammeDose(Level.Gentle, 1, 1).DaysOf(weekdays).ShouldBe([DayOfWeek.Monday]);
        new ProgrammeDose(Level.Gentle, 1, 3).DaysOf(everyDay).ShouldBe([DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Sunday], ignoreOrder: true);
        new ProgrammeDose(Level.Gentle, 1, 9).DaysOf(weekdays).Count.ShouldBe(5);
    }

    [Fact]
    public void A_week_with_more_sets_plays_each_stretch_that_many_times_in_a_row_under_the_routine_s_own_id()
    {
        var session = SamplePrograms.DeskWorker.Sessions[0];

        var routine = new ProgrammeDose(Level.Deep, 2, 5).RoutineFor(session);

        routine.Id.ShouldBe(session.Routine.Id);
        routine.Items.Count.ShouldBe(session.Routine.Items.Count * 2);
        routine.Items[0].ShouldBe(routine.Items[1]);
    }
}
