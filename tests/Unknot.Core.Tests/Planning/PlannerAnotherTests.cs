using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Testing;

namespace Unknot.Core.Tests.Planning;

/// <summary>"Show me another": the same choices, the next seed that plans a different routine.</summary>
public sealed class PlannerAnotherTests
{
    private static string[] Picks(PlanRequest request) => Planner.Plan(Builtins.Catalog, request).Plan!.Picks.Select(p => p.Exercise.Id.Value).ToArray();

    [Theory]
    [InlineData(5, Place.Desk, new Equipment[0])]
    [InlineData(5, Place.Home, new Equipment[0])]
    [InlineData(15, Place.Gym, new[] { Equipment.Wall, Equipment.LacrosseBall })]
    public void Another_keeps_every_choice_and_plans_other_exercises_or_another_order(int minutes, Place place, Equipment[] equipment)
    {
        var request = new PlanRequest(minutes, place) { Equipment = equipment, Seed = 7 };
        var plan = Planner.Plan(Builtins.Catalog, request).Plan!;

        var another = Planner.Another(Builtins.Catalog, plan).ShouldNotBeNull();

        another.ShouldBe(request with { Seed = another.Seed });
        another.Seed.ShouldBeInRange(8, 7 + Planner.AnotherTries);
        Picks(another).ShouldNotBe(Picks(request));
        // The seeds skipped on the way plan the same routine again: the next one that differs is the one offered.
        for (var seed = 8; seed < another.Seed; seed++)
        {
            Picks(request with { Seed = seed }).ShouldBe(Picks(request));
        }
    }

    [Fact]
    public void Choices_that_leave_one_routine_have_no_other()
    {
        var catalog = new ExerciseCatalog(Builtins.Catalog.All.Where(e => e.Id.Value == "chest-stretch"));
        var plan = Planner.Plan(catalog, new PlanRequest(2, Place.Home)).Plan!;

        Planner.Another(catalog, plan).ShouldBeNull();
        // Ten minutes at home take every exercise that suits, in the planner's order: there is no other routine either.
        Planner.Another(Builtins.Catalog, Planner.Plan(Builtins.Catalog, new PlanRequest(10, Place.Home)).Plan!).ShouldBeNull();
    }
}
