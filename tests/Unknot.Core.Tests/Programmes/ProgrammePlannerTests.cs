using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Programmes;
using Unknot.Reminders;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Programmes;

/// <summary>A programme planned for one person's weeks, days, minutes, place and focus.</summary>
public sealed class ProgrammePlannerTests
{
    private static readonly IReadOnlySet<DayOfWeek> Weekdays = ReminderValues.Days("mon-fri")!;

    private static readonly PlanRequest SixMinutesAtTheDesk = new(6, Place.Desk) { Focus = [Target.Neck] };

    private static Programme Planned()
    {
        var (programme, failure) = ProgrammePlanner.Plan(Builtins.Catalog, SixMinutesAtTheDesk, 6, Weekdays);
        failure.ShouldBeNull();
        return programme.ShouldNotBeNull();
    }

    [Fact]
    public void Six_weeks_of_six_minutes_at_the_desk_fit_the_minutes_even_at_the_deep_level()
    {
        var programme = Planned();
        var session = programme.Sessions.ShouldHaveSingleItem();

        TimelineCompiler.Compile(session.Routine, Builtins.Catalog, Level.Deep).TotalSeconds.ShouldBeLessThanOrEqualTo(6 * 60);
        for (var week = 1; week <= programme.Weeks; week++)
        {
            var dose = programme.DoseOf(week);
            TimelineCompiler.Compile(dose.RoutineFor(session), Builtins.Catalog, dose.Level).TotalSeconds.ShouldBeLessThanOrEqualTo(6 * 60, $"week {week}");
        }
    }

    [Fact]
    public void The_first_week_is_gentle_and_every_week_falls_on_monday_to_friday()
    {
        var programme = Planned();
        var session = programme.Sessions[0];

        programme.Weeks.ShouldBe(6);
        programme.Source.ShouldBe(ProgrammeSource.Planned);
        programme.DoseOf(1).ShouldBe(new ProgrammeDose(Level.Gentle, 1, 5));
        programme.DoseOf(2).Level.ShouldBe(Level.Standard);
        programme.FinalDose.Level.ShouldBe(Level.Deep);
        session.Days.ShouldBe(Weekdays, ignoreOrder: true);
        for (var week = 1; week <= programme.Weeks; week++)
        {
            programme.DoseOf(week).DaysOf(session).ShouldBe(Weekdays, ignoreOrder: true);
        }
        programme.Description.ShouldStartWith("6 minutes on mon-fri");
    }

    [Fact]
    public void The_planned_routine_leans_to_the_neck_and_stays_off_the_floor()
    {
        var exercises = Planned().Sessions[0].Routine.Items.Select(i => Builtins.Catalog.Find(i.Exercise.Value)!).ToArray();

        exercises.ShouldNotBeEmpty();
        exercises.ShouldContain(e => e.Targets.Contains(Target.Neck));
        exercises.ShouldAllBe(e => !e.Positions.Any(p => p.IsFloor()));
    }

    [Fact]
    public void The_same_request_always_gives_the_same_programme()
    {
        var first = Planned();
        var second = Planned();

        (second.Id, second.Name, second.Description, second.Weeks).ShouldBe((first.Id, first.Name, first.Description, first.Weeks));
        second.Sessions[0].Routine.Items.ShouldBe(first.Sessions[0].Routine.Items);
        second.Sessions[0].Routine.Id.ShouldBe(first.Sessions[0].Routine.Id);
        second.Steps.ShouldBe(first.Steps);
        Enumerable.Range(1, 6).Select(second.DoseOf).ShouldBe(Enumerable.Range(1, 6).Select(first.DoseOf));
    }

    [Fact]
    public void A_planned_programme_followed_week_after_week_completes_on_its_last()
    {
        var programme = Planned();
        var person = new Follower(programme);

        for (var week = 1; week <= programme.Weeks; week++)
        {
            person.PlayWeek(5);
        }
        var report = person.Report();

        report.Status.ShouldBe(ProgrammeStatus.Completed);
        report.Weeks.Select(w => w.Week).ShouldBe([1, 2, 3, 4, 5, 6]);
        report.Changes[2].ShouldBe("Week 4: the same dose, because you did 5 of 5 sessions.");
    }
}
