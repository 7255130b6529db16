namespace Unknot.Storage.Tests;

// Routines a user saved.
public abstract partial class StoreContract
{
    [Fact]
    public void Saved_routines_are_created_replaced_listed_and_deleted()
    {
        using var store = Open();
        var lunch = new Unknot.Routines.Routine("lunch", "Lunch", "", [new Unknot.Routines.RoutineItem(new Unknot.Catalog.ExerciseId("chest-stretch"))]);

        store.SaveRoutine(lunch);
        store.SaveRoutine(lunch with { Name = "Long lunch", Items = [.. lunch.Items, new Unknot.Routines.RoutineItem(new Unknot.Catalog.ExerciseId("cat-cow"), Dosing.Level.Deep, 10)] });

        var saved = store.Routines().ShouldHaveSingleItem();
        saved.Name.ShouldBe("Long lunch");
        saved.Items.Select(i => (i.Exercise.Value, i.Level, i.RestAfterSeconds)).ShouldBe([("chest-stretch", null, 0), ("cat-cow", Dosing.Level.Deep, 10)]);
        store.DeleteRoutine("lunch").ShouldBeTrue();
        store.DeleteRoutine("lunch").ShouldBeFalse();
        store.Routines().ShouldBeEmpty();
    }
}
