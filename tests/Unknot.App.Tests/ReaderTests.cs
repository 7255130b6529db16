using System.Text.Json;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Preferences;
using Unknot.Testing;

namespace Unknot.App.Tests;

public sealed class ReaderTests
{
    private static TextInput Text(params (string Key, string? Value)[] fields) => TextInput.Of(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    private static JsonInput Json(string json) => JsonInput.Parse(json);

    [Fact]
    public void A_plan_request_reads_the_same_from_options_and_from_json()
    {
        var options = PlanRequestReader.Read(Text(("minutes", "12"), ("place", "home"), ("equipment", "none,wall"), ("focus", "neck"), ("avoid", "Kneeling")),
            Builtins.Catalog, new UserPreferences()).GetValueOrThrow();
        var json = PlanRequestReader.Read(Json("""{"minutes":12,"place":"home","equipment":["none","wall"],"focus":["neck"],"avoid":["kneeling"]}"""),
            Builtins.Catalog, new UserPreferences()).GetValueOrThrow();

        options.Minutes.ShouldBe(json.Minutes);
        options.Equipment.ShouldBe([Equipment.Wall]);
        json.Equipment.ShouldBe([Equipment.Wall]);
        options.Avoid.ShouldBe(json.Avoid);
        options.Focus.ShouldBe(json.Focus);
    }

    [Fact]
    public void A_history_request_places_days_in_the_users_zone_and_includes_the_until_day()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

        var request = HistoryRequest.Read(Text(("since", "2026-11-01"), ("until", "2026-11-02"), ("limit", "10")), berlin, clock).GetValueOrThrow();
        var days = HistoryRequest.Read(Text(("days", "3")), berlin, clock).GetValueOrThrow();

        request.Since.ShouldBe(new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero));
        request.Until.ShouldBe(new DateTimeOffset(2026, 11, 2, 23, 0, 0, TimeSpan.Zero));
        request.Limit.ShouldBe(10);
        days.Since.ShouldBe(clock.GetUtcNow().AddDays(-3));
        days.Limit.ShouldBe(Progress.SessionQuery.DefaultLimit);
    }

    [Theory]
    [InlineData("limit", "0", "limit", "must be a whole number from 1 to 1000, got '0'")]
    [InlineData("before", "x", "before", "must be a session id, or its first 6 or more characters, got 'x'")]
    [InlineData("until", "2026-13-01", "until", "must be a day such as 2026-11-01 or an ISO 8601 instant such as 2026-11-21T09:30:00Z, got '2026-13-01'")]
    [InlineData("since", "0001-01-01", "since", "must be a day from 1900 to 9000, got '0001-01-01'")]
    public void A_bad_history_request_names_its_field(string key, string value, string field, string message)
    {
        var problem = HistoryRequest.Read(Text((key, value)), TimeZoneInfo.Utc, new FakeTimeProvider()).Problem!;

        problem.ShouldBe(new FieldProblem(field, message));
    }

    [Fact]
    public void Without_a_level_the_preferred_level_applies_and_a_given_level_wins()
    {
        var preferences = new UserPreferences { Level = Level.Gentle };

        PlanRequestReader.Read(Text(("minutes", "5"), ("place", "desk")), Builtins.Catalog, preferences).GetValueOrThrow().Level.ShouldBe(Level.Gentle);
        PlanRequestReader.Read(Text(("minutes", "5"), ("place", "desk"), ("level", "deep")), Builtins.Catalog, preferences).GetValueOrThrow().Level.ShouldBe(Level.Deep);
    }

    [Theory]
    [InlineData("""{"minutes":"5","place":"desk"}""", "minutes", "must be a whole number from 1 to 120, got '5'")]
    [InlineData("""{"minutes":5,"place":"dsk"}""", "place", "must be one of desk, home, gym, outdoors, got 'dsk' — did you mean 'desk'?")]
    [InlineData("""{"minutes":5,"place":"desk","focus":["neck","elbow"]}""", "focus[1]", "must be one of neck, upper-back, upper-trapezius, levator-scapulae, mid-back, thoracic-spine, chest, shoulders, lats, got 'elbow'")]
    [InlineData("""{"place":"desk"}""", "minutes", "is required")]
    public void A_bad_plan_request_names_its_field(string json, string field, string message)
    {
        var read = PlanRequestReader.Read(Json(json), Builtins.Catalog, new UserPreferences());

        read.Succeeded.ShouldBeFalse();
        read.Problem.ShouldBe(new FieldProblem(field, message));
    }

    [Fact]
    public void A_lone_surrogate_is_a_problem_not_a_crash()
    {
        var library = new Library(Builtins.Catalog, Builtins.Routines, []);

        var read = RoutineDraftReader.Read(Json("""{"name":"bad \ud800 name","items":[{"exercise":"cat-cow"}]}"""), library);

        read.Problem.ShouldBe(new FieldProblem("name", "must be valid Unicode text (it holds a lone surrogate)"));
    }

    [Fact]
    public void A_routine_draft_names_the_item_at_fault_with_a_suggestion()
    {
        var library = new Library(Builtins.Catalog, Builtins.Routines, []);

        var read = RoutineDraftReader.Read(Json("""{"name":"Mine","items":[{"exercise":"cat-cow"},{"exercise":"chest-strech"}]}"""), library);

        read.Problem.ShouldBe(new FieldProblem("items[1].exercise", "unknown exercise 'chest-strech' — did you mean 'chest-stretch'?"));
    }

    [Theory]
    [InlineData("colour", "blue", "colour", "unknown setting — known: level, focus, voice, voice-name, beep-volume, time-zone, remind-every, remind-break, remind-hours, remind-days, remind-place, remind-snooze, remind-max-repeats, remind-player")]
    [InlineData("beep-volume", "101", "beep-volume", "must be a whole number from 0 to 100, got '101'")]
    public void A_bad_setting_names_its_key(string key, string value, string field, string message) =>
        SettingReader.Read(key, value).Problem.ShouldBe(new FieldProblem(field, message));

    [Fact]
    public void Default_puts_a_setting_back()
    {
        var read = SettingReader.Read("level", "default");

        read.Succeeded.ShouldBeTrue();
        read.GetValueOrThrow().ShouldBeNull();
    }

    [Fact]
    public void The_exercise_filter_takes_none_for_no_equipment()
    {
        var filter = ExerciseFilter.Read(Text(("equipment", "none"))).GetValueOrThrow();

        filter.Apply(Builtins.Catalog).ShouldAllBe(e => e.Equipment.Count == 0);
        filter.Apply(Builtins.Catalog).ShouldNotBeEmpty();
    }

    [Fact]
    public void Instants_are_written_in_utc_ending_in_z()
    {
        var text = JsonSerializer.Serialize(new { at = new DateTimeOffset(2026, 11, 21, 10, 28, 0, TimeSpan.FromHours(1)) }, Unknot.Text.UnknotJson.Compact);

        text.ShouldBe("""{"at":"2026-11-21T09:28:00Z"}""");
    }
}
