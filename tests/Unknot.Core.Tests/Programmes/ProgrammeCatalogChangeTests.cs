using Unknot.Catalog;
using Unknot.Programmes;
using Unknot.Routines;
using Unknot.Testing;

namespace Unknot.Core.Tests.Programmes;

/// <summary>A programme kept from before may name an exercise the person's catalog no longer has: its weeks are still shown.</summary>
public sealed class ProgrammeCatalogChangeTests
{
    [Fact]
    public void A_session_naming_an_exercise_that_is_gone_is_timed_by_the_exercises_still_there()
    {
        var desk = SamplePrograms.DeskWorker;
        var routine = desk.Sessions[0].Routine;
        var gone = routine with { Items = [.. routine.Items, new RoutineItem(new ExerciseId("my-own-stretch"))] };
        var programme = desk with { Sessions = [desk.Sessions[0] with { Routine = gone }] };
        var person = new Follower(programme);

        var report = person.Report();

        var minutes = ProgrammeLines.Minutes(report.Today!.Sessions[0], report.Current, Builtins.Catalog);
        minutes.ShouldBe(ProgrammeLines.Minutes(new Follower(desk).Report().Today!.Sessions[0], report.Current, Builtins.Catalog));
        ProgrammeLines.Today(report, Builtins.Catalog).ShouldStartWith("Week 1 · day 1 of 5 — Desk break, ");
    }

    [Fact]
    public void A_session_whose_every_exercise_is_gone_takes_no_minutes_and_breaks_nothing()
    {
        var desk = SamplePrograms.DeskWorker;
        var gone = desk.Sessions[0].Routine with { Items = [new RoutineItem(new ExerciseId("my-own-stretch"))] };
        var person = new Follower(desk with { Sessions = [desk.Sessions[0] with { Routine = gone }] });

        var report = person.Report();

        ProgrammeLines.Minutes(report.Today!.Sessions[0], report.Current, Builtins.Catalog).ShouldBe(0);
        report.Current.Areas.ShouldAllBe(a => a.Planned == 0);
    }
}
