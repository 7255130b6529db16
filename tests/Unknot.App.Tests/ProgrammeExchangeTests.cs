using System.Text.Json.Nodes;
using Unknot.App.Exchange;
using Unknot.App.Fields;
using Unknot.Programmes;
using Unknot.Storage;
using Unknot.Storage.Exchange;
using Unknot.Storage.Sqlite;
using Unknot.Testing;
using static Unknot.Testing.ProgrammeEnrolments;

namespace Unknot.App.Tests;

/// <summary>Programmes in the export: written whole, read back with every field checked, never twice and never two current.</summary>
public sealed class ProgrammeExchangeTests : IDisposable
{
    private readonly TempHome _from = new();
    private readonly TempHome _to = new();
    private readonly FakeTimeProvider _clock = new();

    // Exported on Monday 5 January 2026, 09:00 UTC.
    private readonly ProgrammeEnrolment _past = new(Guid.Parse("11111111-2222-4333-8444-555555555555"), Full(), Day("2025-10-06"),
        [new ProgrammePause(Day("2025-10-20"), Day("2025-10-23"))], Day("2025-11-10"));

    private readonly ProgrammeEnrolment _current = new(Guid.Parse("66666666-7777-4888-8999-aaaaaaaaaaaa"), BuiltIn("neck-mobility-6-weeks"), Day("2025-12-01"),
        [new ProgrammePause(Day("2025-12-08"), Day("2025-12-10")), new ProgrammePause(Day("2025-12-20"), null)]);

    public void Dispose()
    {
        _from.Dispose();
        _to.Dispose();
    }

    private SqliteStore Open(TempHome home) => SqliteStore.Open(Path.Combine(home.Path, "unknot.db"), _clock);

    private string Exported()
    {
        using var store = Open(_from);
        store.Save(SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddDays(-1), "Europe/Berlin", 4, 2));
        store.SetSetting("time-zone", "Pacific/Honolulu");
        store.SaveProgramme(_past);
        store.StartProgramme(_current);
        return ExportText(store, _from.Path);
    }

    [Fact]
    public void Export_then_import_into_an_empty_store_gives_the_same_programmes()
    {
        var exported = Exported();

        using var target = Open(_to);
        var result = Import(target, exported);

        (result.ProgrammesAdded, result.ProgrammesKnown).ShouldBe((2, 0));
        result.ProgrammesStopped.ShouldBeEmpty();
        target.Programmes().Select(Whole).ShouldBe([Whole(_current), Whole(_past)]);
        ExportText(target, _to.Path).ShouldBe(exported);
    }

    [Fact]
    public void The_export_writes_each_programme_with_its_days_and_its_words()
    {
        var programmes = JsonNode.Parse(Exported())!["programmes"]!.AsArray();

        programmes.Select(p => p!["id"]!.GetValue<string>()).ShouldBe([_past.Id.ToString(), _current.Id.ToString()], "in the order they started");
        var past = programmes[0]!;
        (past["startedOn"]!.GetValue<string>(), past["stoppedOn"]!.GetValue<string>()).ShouldBe(("2025-10-06", "2025-11-10"));
        past["pauses"]!.ToJsonString().ShouldBe("""[{"from":"2025-10-20","until":"2025-10-23"}]""");
        var programme = past["programme"]!;
        programme["steps"]!.ToJsonString().ShouldBe("""["days","level","sets"]""");
        (programme["missed"]!.GetValue<string>(), programme["source"]!.GetValue<string>(), programme["file"]!.GetValue<string>())
            .ShouldBe(("carry", "file", "programs/my-weeks.yaml"));
        programme["start"]!.ToJsonString().ShouldBe("""{"level":"standard","sets":2,"days":3}""");
        programme["sessions"]![1]!["days"]!.GetValue<string>().ShouldBe("tue,thu,sat");
        programmes[1]!.AsObject().ContainsKey("stoppedOn").ShouldBeFalse("a current programme has no stop day");
        programmes[1]!["pauses"]![1]!.ToJsonString().ShouldBe("""{"from":"2025-12-20"}""");
    }

    [Fact]
    public void Importing_the_same_file_twice_adds_no_programme_twice()
    {
        var exported = Exported();
        using var target = Open(_to);

        Import(target, exported);
        var second = Import(target, exported);

        (second.ProgrammesAdded, second.ProgrammesKnown).ShouldBe((0, 2));
        target.Programmes().Count.ShouldBe(2);
    }

    [Fact]
    public void A_current_programme_in_the_file_is_added_stopped_the_day_after_the_export_when_the_user_already_follows_one()
    {
        var exported = Exported();
        using var target = Open(_to);
        var mine = Started(Day("2025-12-29"));
        target.StartProgramme(mine);

        var outcome = Importer.TryImport(target, _to.Path, () => Stream(exported), _clock.GetUtcNow());

        // 09:00 UTC on 5 January is still the 4th in Honolulu (UTC-10), the file's own time zone: the day after is the 5th.
        var stopped = outcome.Imported!.ProgrammesStopped.ShouldHaveSingleItem();
        stopped.ShouldBe(new StoppedProgramme(_current.Id, "Neck mobility, 6 weeks", Day("2026-01-05")));
        outcome.Report().ShouldBe([
            "Imported 1 new session (0 already there), 2 new programmes (0 already there) and 0 files.",
            "'Neck mobility, 6 weeks' was current in the file, but you already follow a programme; it was added as stopped on 2026-01-05, the day after the export, and yours stays current",
        ]);
        var read = target.Programmes();
        read.Where(e => e.IsCurrent).ShouldHaveSingleItem().Id.ShouldBe(mine.Id);
        Whole(read.Single(e => e.Id == _current.Id)).ShouldBe(Whole(_current.Stop(Day("2026-01-05"))), "its open pause closes on the day it stops");
    }

    [Fact]
    public void A_file_from_before_programmes_imports_with_none()
    {
        var document = JsonNode.Parse(Exported())!;
        document.AsObject().Remove("programmes");
        using var target = Open(_to);

        var result = Import(target, document.ToJsonString());

        (result.SessionsAdded, result.ProgrammesAdded, result.ProgrammesKnown).ShouldBe((1, 0, 0));
        target.Programmes().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, "id", "42", "programmes[0].id: must be a string, got 42")]
    [InlineData(1, "startedOn", "\"last monday\"", "programmes[1].startedOn: must be a day such as 2026-11-23, got 'last monday'")]
    [InlineData(1, "startedOn", "\"2025-02-30\"", "programmes[1].startedOn: must be a day such as 2026-11-23, got '2025-02-30'")]
    [InlineData(0, "stoppedOn", "\"2025-10-01\"", "programmes[0].stoppedOn: must not be before startedOn (2025-10-06), got 2025-10-01")]
    [InlineData(1, "pauses", "[{\"from\": \"1969-12-31\"}]", "programmes[1].pauses[0].from: must be between 1970 and 2999, got 1969-12-31")]
    [InlineData(1, "pauses", "[{\"from\": \"2025-11-30\"}]", "programmes[1].pauses[0].from: must not be before startedOn (2025-12-01), got 2025-11-30")]
    [InlineData(1, "pauses", "[{\"from\": \"2025-12-08\"}, {\"from\": \"2025-12-20\"}]", "programmes[1].pauses[0].until: is required: only the last pause may still be open")]
    [InlineData(0, "pauses", "[{\"from\": \"2025-10-20\"}]", "programmes[0].pauses[0].until: is required: a stopped programme has no open pause")]
    [InlineData(0, "pauses", "[{\"from\": \"2025-10-20\", \"until\": \"2025-10-19\"}]", "programmes[0].pauses[0].until: must not be before from (2025-10-20), got 2025-10-19")]
    [InlineData(0, "programme", "\"my-weeks\"", "programmes[0].programme: must be an object, got 'my-weeks'")]
    public void A_programme_with_a_bad_day_or_id_is_refused_with_its_path_and_nothing_is_imported(int index, string field, string value, string expected) =>
        Refused(document => document["programmes"]![index]![field] = JsonNode.Parse(value), expected);

    [Theory]
    [InlineData("weeks", "99", "programmes[0].programme.weeks: must be a whole number from 1 to 26, got 99")]
    [InlineData("weeks", "3", "programmes[0].programme.steps: a programme of 3 weeks takes at most 2 steps (one a week after the first), got 3")]
    [InlineData("missed", "\"sometimes\"", "programmes[0].programme.missed: must be one of drop, carry, got 'sometimes'")]
    [InlineData("source", "\"shop\"", "programmes[0].programme.source: must be one of built-in, file, planned, got 'shop'")]
    [InlineData("steps", "[\"level\", \"sideways\"]", "programmes[0].programme.steps[1]: must be one of level, sets, days, got 'sideways'")]
    [InlineData("easierWeeks", "[1]", "programmes[0].programme.easierWeeks[0]: must be a whole number from 2 to 6, got 1")]
    [InlineData("doneShare", "0", "programmes[0].programme.doneShare: must be a number from 0.01 to 1, got 0")]
    [InlineData("doneShare", "80", "programmes[0].programme.doneShare: must be a number from 0.01 to 1, got 80")]
    [InlineData("name", "\" \"", "programmes[0].programme.name: must not be empty")]
    [InlineData("id", "\"My Weeks\"", "programmes[0].programme.id: must be a kebab-case id, got 'My Weeks'")]
    [InlineData("file", "\"../../.bashrc\"", "programmes[0].programme.file: must be a file of the programs folder, such as 'programs/my-weeks.yaml', got '../../.bashrc'")]
    [InlineData("sessions", "[]", "programmes[0].programme.sessions: must list at least one session")]
    [InlineData("start", "{\"level\": \"gentle\", \"sets\": 9, \"days\": 1}", "programmes[0].programme.start.sets: must be a whole number from 1 to 4, got 9")]
    [InlineData("start", "{\"level\": \"gentle\", \"sets\": 1, \"days\": 6}", "programmes[0].programme.start.days: must be a whole number from 1 to 5, got 6")]
    [InlineData("start", "{\"level\": \"extreme\", \"sets\": 1, \"days\": 1}", "programmes[0].programme.start.level: must be one of gentle, standard, deep, got 'extreme'")]
    public void A_programme_with_a_value_out_of_bounds_is_refused_with_its_path_and_nothing_is_imported(string field, string value, string expected) =>
        Refused(document => document["programmes"]![0]!["programme"]![field] = JsonNode.Parse(value), expected);

    [Theory]
    [InlineData("days", "\"someday\"", "programmes[0].programme.sessions[1].days: must be days such as mon-fri, mon,wed,fri, sat-sun (a day's first letters or its whole name), every-day, weekdays or weekends, got 'someday'")]
    [InlineData("routine", "{\"name\": \"Evening\", \"items\": [{\"exercise\": \"Not An Id\"}]}", "programmes[0].programme.sessions[1].routine.items[0].exercise: must be a kebab-case id, got 'Not An Id'")]
    [InlineData("routine", "{\"name\": \"Evening\", \"items\": []}", "programmes[0].programme.sessions[1].routine.items: must list at least one exercise")]
    public void A_programme_session_with_a_bad_part_is_refused_with_its_path_and_nothing_is_imported(string field, string value, string expected) =>
        Refused(document => document["programmes"]![0]!["programme"]!["sessions"]![1]![field] = JsonNode.Parse(value), expected);

    [Fact]
    public void A_file_with_two_current_programmes_is_refused()
    {
        Refused(document => document["programmes"]![0]!.AsObject().Remove("stoppedOn"),
            "programmes[1].stoppedOn: is required: programmes[0] is current too, and only one programme is current at a time");
    }

    [Fact]
    public void A_file_with_one_programme_twice_is_refused()
    {
        Refused(document => document["programmes"]![1]!["id"] = _past.Id.ToString(),
            $"programmes[1].id: the id {_past.Id} appears more than once");
    }

    private void Refused(Action<JsonNode> damage, string expected)
    {
        var document = JsonNode.Parse(Exported())!;
        damage(document);
        using var target = Open(_to);

        var error = Should.Throw<FieldException>(() => Import(target, document.ToJsonString()));

        error.Problem.ToString().ShouldBe(expected);
        target.AllSessions().ShouldBeEmpty();
        target.Settings().ShouldBeEmpty();
        target.Programmes().ShouldBeEmpty();
    }

    private static string Whole(ProgrammeEnrolment e) =>
        $"{e.Id} {e.StartedOn:yyyy-MM-dd} {e.StoppedOn:yyyy-MM-dd} {ProgrammeSnapshot.SerializePauses(e.Pauses)} {ProgrammeSnapshot.Serialize(e.Programme)}";

    private static MemoryStream Stream(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    private string ExportText(IUnknotStore store, string home)
    {
        using var stream = new MemoryStream();
        Exporter.ExportAsync(store, home, _clock.GetUtcNow(), stream).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private ImportResult Import(IUnknotStore store, string text) => Importer.Import(store, _to.Path, () => Stream(text), _clock.GetUtcNow());
}
