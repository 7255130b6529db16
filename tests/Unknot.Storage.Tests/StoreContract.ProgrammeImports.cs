using Unknot.Programmes;
using static Unknot.Testing.ProgrammeEnrolments;

namespace Unknot.Storage.Tests;

// Programmes brought in by an import, in its one transaction.
public abstract partial class StoreContract
{
    private static ImportedProgramme AsImported(ProgrammeEnrolment e, DateOnly stopOn) => new(e, e.IsCurrent ? e.Stop(stopOn) : e);

    private static StoredImport ImportProgrammes(IUnknotStore store, params ImportedProgramme[] programmes) =>
        store.Import([], new Dictionary<string, string>(), programmes: programmes);

    [Fact]
    public void Imported_programmes_are_added_once_and_one_the_user_has_is_left_as_it_is()
    {
        using var store = Open();
        var mine = Started(Day("2026-10-05")).Pause(Day("2026-10-20"));
        store.StartProgramme(mine);
        var past = Started(Day("2026-09-01"), BuiltIn("neck-mobility-6-weeks")).Stop(Day("2026-10-01"));

        var first = ImportProgrammes(store, AsImported(past, Day("2026-11-21")), AsImported(mine.Stop(Day("2026-10-25")), Day("2026-11-21")));
        var second = ImportProgrammes(store, AsImported(past, Day("2026-11-21")));

        (first.ProgrammesAdded, first.ProgrammesStopped.Count).ShouldBe((1, 0));
        second.ProgrammesAdded.ShouldBe(0);
        var read = store.Programmes();
        read.Select(e => e.Id).ShouldBe([mine.Id, past.Id]);
        read[0].IsPaused.ShouldBeTrue("the user's own copy is kept, not the file's");
        read[1].StoppedOn.ShouldBe(Day("2026-10-01"));
    }

    [Fact]
    public void An_imported_current_programme_is_kept_stopped_when_the_user_already_follows_one()
    {
        using var store = Open();
        var mine = Started(Day("2026-11-09"));
        store.StartProgramme(mine);
        var theirs = Started(Day("2026-10-05"), BuiltIn("neck-mobility-6-weeks")).Pause(Day("2026-11-01"));

        var imported = ImportProgrammes(store, AsImported(theirs, Day("2026-11-21")));

        imported.ProgrammesAdded.ShouldBe(1);
        var stopped = imported.ProgrammesStopped.ShouldHaveSingleItem();
        (stopped.Id, stopped.StoppedOn).ShouldBe((theirs.Id, Day("2026-11-21")));
        var read = store.Programmes();
        read.Count(e => e.IsCurrent).ShouldBe(1);
        read[0].Id.ShouldBe(mine.Id);
        Whole(read.Single(e => e.Id == theirs.Id)).ShouldBe(Whole(theirs.Stop(Day("2026-11-21"))));
    }

    [Fact]
    public void An_imported_current_programme_stays_current_when_the_user_follows_none()
    {
        using var store = Open();
        store.SaveProgramme(Started(Day("2026-09-01")).Stop(Day("2026-10-01")));
        var theirs = Started(Day("2026-10-05"), BuiltIn("neck-mobility-6-weeks"));

        var imported = ImportProgrammes(store, AsImported(theirs, Day("2026-11-21")));

        (imported.ProgrammesAdded, imported.ProgrammesStopped.Count).ShouldBe((1, 0));
        store.Programmes()[0].ShouldSatisfyAllConditions(e => e.Id.ShouldBe(theirs.Id), e => e.IsCurrent.ShouldBeTrue());
    }
}
