using Unknot.App.Workspaces;
using Unknot.Testing;

namespace Unknot.App.Tests;

public sealed class WorkspaceTests
{
    private const string Lunch = "id: lunch\nname: Lunch\nitems:\n  - exercise: chest-stretch\n";

    [Fact]
    public void The_catalog_is_loaded_once_and_again_after_a_routine_file_appears()
    {
        using var home = new TempHome();
        var clock = new FakeTimeProvider();
        using var workspace = new Workspace(home.Path, clock, Unknot.Storage.Sqlite.SqliteStoreFactory.InHome(home.Path, clock), watch: true);
        var first = workspace.Catalog;

        workspace.Catalog.ShouldBeSameAs(first);
        workspace.LibraryOf(null).Routine("lunch").ShouldBeNull();

        home.Write("routines/lunch.yaml", Lunch);
        clock.Advance(Workspace.RecheckEvery);

        workspace.LibraryOf(null).Routine("lunch").ShouldNotBeNull();
    }

    [Fact]
    public void A_changed_exercise_file_is_read_again()
    {
        using var home = new TempHome();
        var clock = new FakeTimeProvider();
        using var workspace = new Workspace(home.Path, clock, Unknot.Storage.Sqlite.SqliteStoreFactory.InHome(home.Path, clock), watch: true);
        home.Write("routines/lunch.yaml", Lunch);
        clock.Advance(Workspace.RecheckEvery);
        workspace.LibraryOf(null).Routine("lunch")!.Name.ShouldBe("Lunch");

        home.Write("routines/lunch.yaml", Lunch.Replace("name: Lunch", "name: Long lunch break"));
        clock.Advance(Workspace.RecheckEvery);

        workspace.LibraryOf(null).Routine("lunch")!.Name.ShouldBe("Long lunch break");
    }

    [Fact]
    public void Settings_and_saved_routines_are_kept_until_another_connection_changes_the_database()
    {
        using var home = new TempHome();
        var clock = new FakeTimeProvider();
        using var workspace = new Workspace(home.Path, clock, Unknot.Storage.Sqlite.SqliteStoreFactory.InHome(home.Path, clock));
        var first = workspace.Library("local");
        var version = workspace.Version("local");

        workspace.Library("local").ShouldBeSameAs(first);
        workspace.Version("local").ShouldBe(version);

        // Another process (here another connection) changes a setting and saves a routine.
        using (var other = Storage.Sqlite.SqliteStore.Open(Path.Combine(home.Path, "unknot.db"), clock))
        {
            other.SetSetting("level", "deep");
            other.SaveRoutine(new Routines.Routine("lunch", "Lunch", "", [new Routines.RoutineItem(new Catalog.ExerciseId("chest-stretch"))], Routines.RoutineOrigin.Saved));
        }

        workspace.Version("local").ShouldNotBe(version);
        workspace.Snapshot("local").Settings["level"].ShouldBe("deep");
        workspace.Library("local").Routine("lunch").ShouldNotBeNull();
    }

    [Fact]
    public void Listing_never_creates_the_database()
    {
        using var home = new TempHome();
        var time = new FakeTimeProvider();
        using var workspace = new Workspace(home.Path, time, Unknot.Storage.Sqlite.SqliteStoreFactory.InHome(home.Path, time));

        workspace.LibraryWithoutCreating().Routine("desk-break").ShouldNotBeNull();

        File.Exists(Path.Combine(home.Path, "unknot.db")).ShouldBeFalse();
    }

    [Fact]
    public void Stores_share_one_prepared_database()
    {
        using var home = new TempHome();
        var time = new FakeTimeProvider();
        using var workspace = new Workspace(home.Path, time, Unknot.Storage.Sqlite.SqliteStoreFactory.InHome(home.Path, time));

        using (var one = workspace.OpenStore())
        {
            one.SetSetting("level", "deep");
        }
        using var two = workspace.OpenStore();

        two.Settings()["level"].ShouldBe("deep");
    }
}
