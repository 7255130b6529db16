using Dapper;
using Microsoft.Data.Sqlite;
using Unknot.Storage.Sqlite;
using Unknot.Testing;
using static Unknot.Testing.ProgrammeEnrolments;

namespace Unknot.Storage.Tests;

/// <summary>What the salvage of a damaged SQLite file (<c>unknot export --salvage</c>) makes of programmes.</summary>
public sealed class SqliteSalvageTests : IDisposable
{
    private readonly TempHome _home = new();
    private readonly FakeTimeProvider _clock = new();

    private string DbPath => Path.Combine(_home.Path, "unknot.db");

    public void Dispose() => _home.Dispose();

    [Fact]
    public void A_salvage_rescues_the_programmes_that_can_be_read_and_names_the_one_that_cannot()
    {
        var good = Started(Day("2026-09-07"), BuiltIn("neck-mobility-6-weeks")).Stop(Day("2026-10-01"));
        var damaged = Started(Day("2026-11-02"));
        using (var store = SqliteStore.Open(DbPath, _clock))
        {
            store.SaveProgramme(good);
            store.StartProgramme(damaged);
            store.SetSetting("level", "gentle");
        }
        using (var raw = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            raw.Execute("UPDATE programmes SET programme_json = '{\"id\": ' WHERE id = @Id", new { Id = damaged.Id.ToString() });
        }

        using var salvage = SqliteStore.OpenForSalvage(DbPath, _clock);

        salvage.Programmes().ShouldHaveSingleItem().Id.ShouldBe(good.Id);
        salvage.Settings()["level"].ShouldBe("gentle", "one damaged programme costs nothing else");
        salvage.Lost.ShouldHaveSingleItem().ShouldStartWith($"programme {damaged.Id}: ");
    }

    [Fact]
    public void A_salvage_of_a_database_from_before_programmes_counts_none_of_them_lost()
    {
        using (var v9 = SqliteStore.Open(DbPath, _clock, upToVersion: 9))
        {
            v9.SetSetting("level", "deep");
        }

        using var salvage = SqliteStore.OpenForSalvage(DbPath, _clock);

        salvage.Programmes().ShouldBeEmpty();
        salvage.Settings()["level"].ShouldBe("deep");
        salvage.Lost.ShouldBeEmpty();
    }
}
