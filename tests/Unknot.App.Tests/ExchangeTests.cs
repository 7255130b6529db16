using System.Text.Json.Nodes;
using Unknot.App.Exchange;
using Unknot.App.Fields;
using Unknot.Storage;
using Unknot.Storage.Exchange;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.App.Tests;

public sealed class ExchangeTests : IDisposable
{
    private readonly TempHome _from = new();
    private readonly TempHome _to = new();
    private readonly FakeTimeProvider _clock = new();

    public void Dispose()
    {
        _from.Dispose();
        _to.Dispose();
    }

    private SqliteStore Open(TempHome home) => SqliteStore.Open(Path.Combine(home.Path, "unknot.db"), _clock);

    private string Filled()
    {
        using var store = Open(_from);
        store.Save(SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddDays(-2), "Europe/Berlin", 6, 3) with { Note = "a note; with, \"punctuation\"\nand a line" });
        store.Save(SessionRecords.Completed("cool-down", _clock.GetUtcNow().AddDays(-1), "America/New_York", 4, 4));
        store.Save(SessionRecords.Completed("warm-up", _clock.GetUtcNow()) with
        {
            Completed = false,
            EndedAt = null,
            Checkpoint = new Unknot.Sessions.SessionCheckpoint("warm-up", Dosing.Level.Standard, 4, 2.5),
        });
        store.SetSetting("level", "gentle");
        store.SetSetting("time-zone", "Europe/Berlin");
        store.AddReminder(new ReminderRecord(new Guid("0ae8529a-1111-4222-8333-444455556666"), _clock.GetUtcNow().AddHours(-3), 0, "45m of active time since your last break", Unknot.Reminders.ReminderOutcome.Taken));
        store.AddActiveTime(DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime), 2700);
        _from.Write("routines/lunch.yaml", "id: lunch\nname: Lunch\nitems:\n  - exercise: chest-stretch\n  - exercise: my-doorway\n");
        _from.Write("exercises/my-doorway.yaml", new ExerciseYaml(Id: "my-doorway").Text());
        return ExportText(store, _from.Path, _clock.GetUtcNow());
    }

    [Fact]
    public void Export_then_import_into_an_empty_database_gives_identical_data()
    {
        var exported = Filled();

        using var target = Open(_to);
        var result = Import(target, _to.Path, exported);
        var again = ExportText(target, _to.Path, _clock.GetUtcNow());

        result.SessionsAdded.ShouldBe(3);
        result.FilesWritten.ShouldBe(2);
        again.ShouldBe(exported);
        target.Reminders(DateTimeOffset.MinValue).ShouldHaveSingleItem().Outcome.ShouldBe(Unknot.Reminders.ReminderOutcome.Taken);
        target.ActiveDays(DateOnly.MinValue).ShouldHaveSingleItem().Seconds.ShouldBe(2700);
        File.ReadAllText(Path.Combine(_to.Path, "routines", "lunch.yaml")).ShouldBe(File.ReadAllText(Path.Combine(_from.Path, "routines", "lunch.yaml")));
    }

    [Fact]
    public void A_picture_beside_an_exercise_file_goes_with_the_export_and_comes_back_with_the_import()
    {
        _from.Write("exercises/shoulder.yaml", new ExerciseYaml(Id: "my-shoulder", Extra: "image: shoulder.png\n").Text());
        File.WriteAllBytes(Path.Combine(_from.Path, "exercises", "shoulder.png"), TestPictures.Png);
        var exported = Filled();

        JsonNode.Parse(exported)!["images"]![0]!["file"]!.GetValue<string>().ShouldBe("shoulder.png");
        using var target = Open(_to);
        var result = Import(target, _to.Path, exported);

        result.FilesWritten.ShouldBe(4);
        File.ReadAllBytes(Path.Combine(_to.Path, "exercises", "shoulder.png")).ShouldBe(TestPictures.Png);
        ExportText(target, _to.Path, _clock.GetUtcNow()).ShouldBe(exported);
        Import(target, _to.Path, exported).FilesWritten.ShouldBe(0, "the same picture is not written twice");
    }

    [Theory]
    [InlineData("file", "\"../../.bashrc.png\"", "images[0].file: must be the plain name of a file beside the exercise file (such as 'shoulder.jpg'), got '../../.bashrc.png'")]
    [InlineData("file", "\"shoulder.exe\"", "images[0].file: must end in one of .png, .jpg, .jpeg, .gif, .webp, .svg, got 'shoulder.exe'")]
    [InlineData("data", "\"not base64!\"", "images[0].data: must be the picture's bytes in Base64")]
    [InlineData("data", "\"/9j/4AAQSkZJRgABAQ==\"", "images[0].data: is not a PNG picture, though its name says so")]
    public void A_picture_in_the_export_that_is_not_a_plain_file_of_its_kind_is_refused_and_nothing_is_imported(string field, string value, string expected)
    {
        _from.Write("exercises/shoulder.yaml", new ExerciseYaml(Id: "my-shoulder", Extra: "image: shoulder.png\n").Text());
        File.WriteAllBytes(Path.Combine(_from.Path, "exercises", "shoulder.png"), TestPictures.Png);
        var document = JsonNode.Parse(Filled())!;
        document["images"]![0]![field] = JsonNode.Parse(value);
        using var target = Open(_to);

        var error = Should.Throw<FieldException>(() => Import(target, _to.Path, document.ToJsonString()));

        error.Problem.ToString().ShouldBe(expected);
        target.AllSessions().ToArray().ShouldBeEmpty();
        Directory.Exists(Path.Combine(_to.Path, "exercises")).ShouldBeFalse();
    }

    [Fact]
    public void An_exercise_whose_figure_has_a_problem_is_imported_all_the_same()
    {
        var document = JsonNode.Parse(Filled())!;
        document["exercises"]![0]!["yaml"] = new ExerciseYaml(Id: "my-doorway", Extra: "figure:\n  view: front\n  stance: standing\n  poses:\n    - neck.tilt: 99\n").Text();
        using var target = Open(_to);

        Import(target, _to.Path, document.ToJsonString()).FilesWritten.ShouldBe(2);
        File.ReadAllText(Path.Combine(_to.Path, "exercises", "my-doorway.yaml")).ShouldContain("neck.tilt: 99");
    }

    [Fact]
    public void Importing_the_same_file_twice_adds_nothing_the_second_time()
    {
        var exported = Filled();
        using var target = Open(_to);

        Import(target, _to.Path, exported);
        var second = Import(target, _to.Path, exported);

        second.SessionsAdded.ShouldBe(0);
        second.SessionsKnown.ShouldBe(3);
        second.FilesWritten.ShouldBe(0);
        second.FilesKept.ShouldBeEmpty();
        target.AllSessions().Count().ShouldBe(3);
        target.Reminders(DateTimeOffset.MinValue).Count.ShouldBe(1);
        target.ActiveDays(DateOnly.MinValue).ShouldHaveSingleItem().Seconds.ShouldBe(2700, "a day imported twice is not counted twice");
    }

    [Theory]
    [InlineData("sessions", 1, "painBefore", "14", "sessions[1].painBefore: must be a whole number from 0 to 10, got 14")]
    [InlineData("sessions", 0, "level", "\"extreme\"", "sessions[0].level: must be one of gentle, standard, deep, got 'extreme'")]
    [InlineData("sessions", 2, "startedAt", "\"yesterday\"", "sessions[2].startedAt: must be an ISO 8601 instant such as 2026-11-21T09:30:00Z, got 'yesterday'")]
    [InlineData("sessions", 0, "id", "42", "sessions[0].id: must be a string, got 42")]
    [InlineData("sessions", 0, "startedAt", "\"0001-01-01T00:00:00Z\"", "sessions[0].startedAt: must be between 1970 and 2999, got 0001-01-01T00:00:00Z")]
    [InlineData("sessions", 1, "startedAt", "\"9999-12-31T00:00:00Z\"", "sessions[1].startedAt: must be between 1970 and 2999, got 9999-12-31T00:00:00Z")]
    [InlineData("sessions", 0, "endedAt", "\"0001-01-01T00:00:00Z\"", "sessions[0].endedAt: must be between 1970 and 2999, got 0001-01-01T00:00:00Z")]
    [InlineData("sessions", 0, "startedAt", "\"1990-01-01T00:00:00Z\"", "sessions[0].startedAt: must be within the last 20 years and not in the future, got 1990-01-01T00:00:00Z")]
    [InlineData("sessions", 0, "endedAt", "\"2000-01-01T00:00:00Z\"", "sessions[0].endedAt: must be after startedAt and within a day of it")]
    public void A_malformed_file_is_refused_with_the_path_of_its_first_problem_and_nothing_is_imported(string array, int index, string field, string value, string expected)
    {
        var document = JsonNode.Parse(Filled())!;
        document[array]![index]![field] = JsonNode.Parse(value);
        using var target = Open(_to);

        var error = Should.Throw<FieldException>(() => Import(target, _to.Path, document.ToJsonString()));

        error.Problem.ToString().ShouldBe(expected);
        target.AllSessions().ToArray().ShouldBeEmpty();
        target.Settings().ShouldBeEmpty();
        Directory.Exists(Path.Combine(_to.Path, "routines")).ShouldBeFalse();
    }

    [Fact]
    public void A_broken_yaml_file_inside_the_export_is_named_with_its_line()
    {
        var document = JsonNode.Parse(Filled())!;
        document["exercises"]![0]!["yaml"] = new ExerciseYaml(Id: "my-doorway", Blocks: "    - kind: hold\n      seconds: 0\n      cue: x\n").Text();
        using var target = Open(_to);

        var error = Should.Throw<FieldException>(() => Import(target, _to.Path, document.ToJsonString()));

        error.Problem.ToString().ShouldStartWith("exercises[0].yaml: line ");
        error.Problem.ToString().ShouldEndWith("dose.blocks[0].seconds: must be between 1 and 600, got 0");
        target.AllSessions().ToArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{", "(file): not valid JSON (line 1, byte 2)")]
    [InlineData("{\"format\": \"unknot-export\",\n \"version\": }", "(file): not valid JSON (line 2, byte 13)")]
    [InlineData("[]", "(file): must be a JSON object, as 'unknot export' writes it")]
    [InlineData("{\"format\": \"something-else\"}", "format: must be 'unknot-export', got 'something-else'")]
    [InlineData("{\"format\": \"unknot-export\", \"version\": 7}", "version: version 7 is newer than this Unknot reads (up to 1)")]
    [InlineData("{\"format\": \"unknot-export\", \"version\": 1}", "exportedAt: is required")]
    public void Files_that_are_not_exports_are_refused(string text, string expected)
    {
        using var target = Open(_to);

        Should.Throw<FieldException>(() => Import(target, _to.Path, text)).Problem.ToString().ShouldBe(expected);
    }

    [Fact]
    public void A_file_much_larger_than_the_read_buffer_imports_every_session_and_every_field()
    {
        using (var store = Open(_from))
        {
            store.Import(Enumerable.Range(0, 600).Select(i => SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddHours(-i), "Europe/Berlin", i % 11, (i + 3) % 11)).ToArray(),
                new Dictionary<string, string> { ["level"] = "deep" });
        }
        // One field far larger than the reader's first buffer, after the sessions.
        _from.Write("exercises/long.yaml", new ExerciseYaml(Id: "long-one").Text() + "# " + new string('y', 200_000) + "\n");
        string exported;
        using (var store = Open(_from))
        {
            exported = ExportText(store, _from.Path, _clock.GetUtcNow());
        }
        exported.Length.ShouldBeGreaterThan(1_000_000);

        using var target = Open(_to);
        var result = Import(target, _to.Path, exported);

        result.SessionsAdded.ShouldBe(600);
        result.FilesWritten.ShouldBe(1);
        target.Settings()["level"].ShouldBe("deep");
        ExportText(target, _to.Path, _clock.GetUtcNow()).Replace(_to.Path, "").ShouldBe(exported.Replace(_from.Path, ""));
    }

    [Fact]
    public void A_user_file_that_differs_is_kept_and_reported()
    {
        var exported = Filled();
        _to.Write("routines/lunch.yaml", "id: lunch\nname: My own lunch\nitems:\n  - exercise: cat-cow\n");
        using var target = Open(_to);

        var result = Import(target, _to.Path, exported);

        result.FilesKept.ShouldBe(["routines/lunch.yaml"]);
        File.ReadAllText(Path.Combine(_to.Path, "routines", "lunch.yaml")).ShouldContain("My own lunch");
    }

    private string WithExerciseFile(string file, string yaml)
    {
        var document = JsonNode.Parse(Filled())!;
        ((JsonArray)document["exercises"]!).Add(new JsonObject { ["file"] = file, ["yaml"] = yaml });
        return document.ToJsonString();
    }

    [Fact]
    public void An_import_that_would_replace_a_built_in_exercise_is_refused_unless_allowed_and_then_shows_as_yours()
    {
        var builtIn = Catalog.CatalogSources.Embedded("exercises").Single(f => f.File.EndsWith("chest-stretch.yaml", StringComparison.Ordinal)).Text;
        var poisoned = WithExerciseFile("chest-stretch.yaml", builtIn.Replace("seconds: 30", "seconds: 600", StringComparison.Ordinal));
        using var target = Open(_to);

        var refused = Should.Throw<ReplacesBuiltInException>(() => Import(target, _to.Path, poisoned));

        refused.Message.ShouldBe("exercises[1].yaml: would replace the built-in exercise 'chest-stretch'");
        target.AllSessions().ShouldBeEmpty();
        target.Settings().ShouldBeEmpty();
        Directory.Exists(Path.Combine(_to.Path, "exercises")).ShouldBeFalse();

        Importer.Import(target, _to.Path, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(poisoned)), _clock.GetUtcNow(), allowOverride: true);
        var catalog = Catalog.CatalogLoader.Load(_to.Path).Catalog;
        catalog.Find("chest-stretch")!.ReplacesBuiltIn.ShouldBeTrue();
        catalog.Find("cat-cow")!.ReplacesBuiltIn.ShouldBeFalse();
    }

    [Fact]
    public void Two_files_of_the_same_name_are_refused_before_anything_is_written()
    {
        var twice = WithExerciseFile("my-doorway.yaml", new ExerciseYaml(Id: "my-other-doorway").Text());
        using var target = Open(_to);

        var error = Should.Throw<FieldException>(() => Import(target, _to.Path, twice));

        error.Problem.ToString().ShouldBe("exercises[1].file: 'my-doorway.yaml' appears more than once in exercises; each file name once");
        target.AllSessions().ShouldBeEmpty();
        target.Settings().ShouldBeEmpty();
    }

    [Fact]
    public void An_import_cut_off_after_its_commit_is_finished_at_the_next_start_and_staged_files_of_one_that_never_committed_are_removed()
    {
        // What a process killed between the database commit and the file moves leaves behind.
        Directory.CreateDirectory(Path.Combine(_to.Path, "exercises"));
        File.WriteAllText(Path.Combine(_to.Path, "exercises", "my-doorway.yaml" + Importer.Staged), new ExerciseYaml(Id: "my-doorway").Text());
        File.WriteAllText(Path.Combine(_to.Path, "exercises", "never-committed.yaml" + Importer.Staged), new ExerciseYaml(Id: "never-committed").Text());
        using (var store = Open(_to))
        {
            store.Import([SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddHours(-1))], new Dictionary<string, string>(), null,
                new PendingImport(Guid.NewGuid(), ["exercises/my-doorway.yaml"]));
        }

        using var workspace = new Workspaces.Workspace(_to.Path, _clock, Unknot.Storage.Sqlite.SqliteStoreFactory.InHome(_to.Path, _clock));
        using var opened = workspace.OpenStore();

        File.Exists(Path.Combine(_to.Path, "exercises", "my-doorway.yaml")).ShouldBeTrue();
        Directory.GetFiles(Path.Combine(_to.Path, "exercises"), "*" + Importer.Staged).ShouldBeEmpty();
        File.Exists(Path.Combine(_to.Path, "exercises", "never-committed.yaml")).ShouldBeFalse();
        opened.PendingImports().ShouldBeEmpty();
        workspace.Catalog.Catalog.Find("my-doorway").ShouldNotBeNull();
    }

    private static string ExportText(IUnknotStore store, string home, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        App.Exchange.Exporter.ExportAsync(store, home, now, stream).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private ImportResult Import(IUnknotStore store, string home, string text) =>
        Importer.Import(store, home, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), _clock.GetUtcNow());
}
