using Unknot.Catalog;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Testing;

namespace Unknot.Core.Tests.Progress;

/// <summary>Which areas a break leans towards: those of the sessions the user started in pain.</summary>
public sealed class SoreAreasTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static SessionRecord Played(string[] exercises, int daysAgo, int? before) =>
        SessionRecords.Completed("desk-break", Now.AddDays(-daysAgo), before: before) with
        {
            Routine = new Routine("mine", "Mine", "", exercises.Select(e => new RoutineItem(new ExerciseId(e))).ToArray()),
        };

    [Fact]
    public void The_areas_of_sessions_started_in_pain_come_first_even_against_a_long_routine()
    {
        // The lateral neck stretch works the neck and the upper trapezius; the full routine touches the upper back
        // most often, but with a twelfth of its rating per exercise.
        var sessions = new[]
        {
            Played(["lateral-neck-stretch"], 1, 6),
            Played(["lateral-neck-stretch"], 3, 6),
            SessionRecords.Completed("full-upper-back", Now.AddDays(-2), before: 5),
        };

        SoreAreas.From(sessions, Builtins.Catalog, Now).ShouldBe([Target.Neck, Target.UpperTrapezius]);
    }

    [Fact]
    public void Low_ratings_no_ratings_and_old_ratings_point_nowhere()
    {
        var sessions = new[]
        {
            Played(["lateral-neck-stretch"], 1, SoreAreas.Threshold - 1),
            Played(["chest-stretch"], 2, null),
            Played(["wall-glides"], 29, 9),
        };

        SoreAreas.From(sessions, Builtins.Catalog, Now).ShouldBeEmpty();
    }

    [Fact]
    public void A_single_sore_session_names_at_most_two_areas()
    {
        // Butterfly wings works four areas; two are named, in the catalog's order of areas when they weigh the same.
        SoreAreas.From([Played(["butterfly-wings"], 0, 8)], Builtins.Catalog, Now).ShouldBe([Target.UpperBack, Target.MidBack]);
    }
}
