using System.Net;
using System.Text.Json;

namespace Unknot.Web.Tests;

public sealed class ApiTests : IDisposable
{
    private readonly TestApp _app = new();
    private readonly HttpClient _http;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ApiTests() => _http = _app.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpMethod method, string url, string? json = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = json is null ? null : TestApp.Json(json) };
        using var response = await _http.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Exercises_are_listed_filtered_and_found_by_id()
    {
        var (status, all) = await Send(HttpMethod.Get, "/api/exercises");
        var (_, neck) = await Send(HttpMethod.Get, "/api/exercises?target=neck&kind=static-hold");
        var (one, exercise) = await Send(HttpMethod.Get, "/api/exercises/butterfly-wings");

        status.ShouldBe(HttpStatusCode.OK);
        all.GetArrayLength().ShouldBe(12);
        neck.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe(["childs-pose", "lateral-neck-stretch", "lateral-rotation-neck-stretch"], ignoreOrder: true);
        one.ShouldBe(HttpStatusCode.OK);
        exercise.GetProperty("cautions")[0].GetString()!.ShouldContain("press down");
        exercise.GetProperty("dosePerLevel").GetProperty("deep").GetString().ShouldBe("5 × (elbows back 10 s, elbows together 10 s)");
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems_and_bad_filters_400_naming_the_field()
    {
        var (missing, problem) = await Send(HttpMethod.Get, "/api/exercises/latteral-neck");
        var (bad, filter) = await Send(HttpMethod.Get, "/api/exercises?position=upside-down");

        missing.ShouldBe(HttpStatusCode.NotFound);
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("detail").GetString().ShouldBe("unknown exercise 'latteral-neck' — did you mean 'lateral-neck-stretch'?");
        bad.ShouldBe(HttpStatusCode.BadRequest);
        filter.GetProperty("field").GetString().ShouldBe("position");
    }

    [Fact]
    public async Task Own_routines_are_created_read_changed_and_deleted_and_builtins_are_protected()
    {
        var (created, routine) = await Send(HttpMethod.Post, "/api/routines", """{"name":"Lunch stretch","items":[{"exercise":"chest-stretch"},{"exercise":"cat-cow","level":"gentle","restAfter":10}]}""");
        created.ShouldBe(HttpStatusCode.Created);
        routine.GetProperty("id").GetString().ShouldBe("lunch-stretch");
        routine.GetProperty("editable").GetBoolean().ShouldBeTrue();

        var (taken, refusal) = await Send(HttpMethod.Post, "/api/routines", """{"name":"Lunch stretch","items":[{"exercise":"chest-stretch"}]}""");
        taken.ShouldBe(HttpStatusCode.Conflict);
        // The words `unknot plan --save` says too, with the API's own way to replace it.
        refusal.GetProperty("detail").GetString().ShouldBe("you already have a routine 'lunch-stretch'; PUT /api/routines/lunch-stretch changes it");
        var (changed, after) = await Send(HttpMethod.Put, "/api/routines/lunch-stretch", """{"name":"Long lunch","items":[{"exercise":"childs-pose"}]}""");
        changed.ShouldBe(HttpStatusCode.OK);
        after.GetProperty("items").GetArrayLength().ShouldBe(1);
        var (_, list) = await Send(HttpMethod.Get, "/api/routines");
        list.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("lunch-stretch");

        var (forbidden, why) = await Send(HttpMethod.Delete, "/api/routines/desk-break");
        forbidden.ShouldBe(HttpStatusCode.Forbidden);
        why.GetProperty("detail").GetString()!.ShouldContain("built-in");
        (await Send(HttpMethod.Put, "/api/routines/warm-up", """{"name":"x","items":[{"exercise":"cat-cow"}]}""")).Status.ShouldBe(HttpStatusCode.Forbidden);

        (await Send(HttpMethod.Delete, "/api/routines/lunch-stretch")).Status.ShouldBe(HttpStatusCode.NoContent);
        (await Send(HttpMethod.Get, "/api/routines/lunch-stretch")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await Send(HttpMethod.Delete, "/api/routines/lunch-stretch")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"items":[{"exercise":"cat-cow"}]}""", "name", "is required")]
    [InlineData("""{"name":"x","items":[]}""", "items", "must list at least one exercise")]
    [InlineData("""{"name":"x","items":[{"exercise":"cat-cw"}]}""", "items[0].exercise", "unknown exercise 'cat-cw' — did you mean 'cat-cow'?")]
    [InlineData("""{"name":"x","items":[{"exercise":"cat-cow","restAfter":9000}]}""", "items[0].restAfter", "must be a whole number of seconds from 0 to 600, got 9000")]
    [InlineData("""{"name":"x","id":"Not Kebab","items":[{"exercise":"cat-cow"}]}""", "id", "must be kebab-case, such as 'my-desk', got 'Not Kebab'")]
    [InlineData("""{"name":"x","items":"cat-cow"}""", "items", "must be an array, got 'cat-cow'")]
    public async Task A_bad_routine_body_is_a_400_naming_the_field(string body, string field, string detail)
    {
        var (status, problem) = await Send(HttpMethod.Post, "/api/routines", body);

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe(field);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Fact]
    public async Task Plan_answers_with_a_routine_and_its_timeline_or_a_400_saying_why()
    {
        var (ok, plan) = await Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk","focus":["neck"],"goal":"desk-break","seed":3}""");
        var (unmet, why) = await Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk","focus":["lats"]}""");
        var (bad, field) = await Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"moon"}""");

        ok.ShouldBe(HttpStatusCode.OK);
        plan.GetProperty("timeline").GetProperty("totalSeconds").GetInt32().ShouldBeLessThanOrEqualTo(300);
        plan.GetProperty("picks").EnumerateArray().ShouldContain(p => p.GetProperty("reason").GetString()!.Contains("covers neck"));
        unmet.ShouldBe(HttpStatusCode.BadRequest);
        why.GetProperty("detail").GetString().ShouldBe("no exercise fits: place 'desk' rules out the floor and every lats exercise needs the floor");
        bad.ShouldBe(HttpStatusCode.BadRequest);
        field.GetProperty("field").GetString().ShouldBe("place");
    }

    [Fact]
    public async Task A_plan_far_short_of_the_minutes_says_why_and_offers_links_that_plan_fuller_on_the_planner_page()
    {
        var (ok, plan) = await Send(HttpMethod.Post, "/api/plan", """{"minutes":120,"place":"gym"}""");
        var (_, full) = await Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk"}""");
        var (bad, field) = await Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk","sets":9}""");

        ok.ShouldBe(HttpStatusCode.OK);
        var shortfall = plan.GetProperty("shortfall");
        var planned = plan.GetProperty("timeline").GetProperty("totalSeconds").GetInt32();
        shortfall.GetProperty("plannedSeconds").GetInt32().ShouldBe(planned);
        shortfall.GetProperty("share").GetInt32().ShouldBe(planned * 100 / 7200);
        shortfall.GetProperty("message").GetString()!.ShouldContain("exercises that suit this request take no longer together");
        var offers = shortfall.GetProperty("offers").EnumerateArray().ToArray();
        offers.Select(o => (o.GetProperty("sets").GetInt32(), o.GetProperty("level").GetString())).ShouldBe([(4, "standard"), (1, "deep")]);
        full.TryGetProperty("shortfall", out _).ShouldBeFalse();
        bad.ShouldBe(HttpStatusCode.BadRequest);
        field.GetProperty("field").GetString().ShouldBe("sets");

        // The planner page says the same and links to the offer, which plans the length it promised.
        var page = await _http.GetStringAsync("/routines?minutes=120&place=gym", Cancel);
        page.ShouldContain(System.Net.WebUtility.HtmlEncode(shortfall.GetProperty("message").GetString()!));
        var query = offers[0].GetProperty("query").GetString()!;
        page.ShouldContain(System.Net.WebUtility.HtmlEncode($"/routines?{query}#plan"));
        var offered = await _http.GetStringAsync($"/routines?{query}", Cancel);
        offered.ShouldContain($"{Unknot.Text.Durations.Clock(offers[0].GetProperty("seconds").GetInt32())} of 2:00:00");
        offered.ShouldContain("4 sets of each");
    }

    [Fact]
    public async Task A_timeline_is_compiled_at_the_asked_level()
    {
        var (_, gentle) = await Send(HttpMethod.Get, "/api/routines/desk-break/timeline?level=gentle");
        var (_, deep) = await Send(HttpMethod.Get, "/api/routines/desk-break/timeline?level=deep");
        var (bad, problem) = await Send(HttpMethod.Get, "/api/routines/desk-break/timeline?level=extreme");

        gentle.GetProperty("totalSeconds").GetInt32().ShouldBeLessThan(deep.GetProperty("totalSeconds").GetInt32());
        gentle.GetProperty("segments")[0].GetProperty("kind").GetString().ShouldBe("prepare");
        bad.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("level");
    }

    [Fact]
    public async Task Sessions_are_stored_with_defaults_listed_and_counted_in_stats()
    {
        var (created, session) = await Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break"}""");
        var (rated, _) = await Send(HttpMethod.Post, "/api/sessions",
            """{"routine":"plan","items":["chest-stretch","chair-rotation"],"level":"gentle","painBefore":6,"painAfter":3,"completed":false,"segments":["done","done","skipped"],"note":"busy day"}""");
        var (_, list) = await Send(HttpMethod.Get, "/api/sessions");
        var (_, stats) = await Send(HttpMethod.Get, "/api/stats");

        created.ShouldBe(HttpStatusCode.Created);
        session.GetProperty("completed").GetBoolean().ShouldBeTrue();
        session.GetProperty("done").GetInt32().ShouldBe(26);
        session.GetProperty("endedAt").GetDateTimeOffset().ShouldBe(_app.Clock.GetUtcNow());
        rated.ShouldBe(HttpStatusCode.Created);
        list.GetArrayLength().ShouldBe(2);
        var planned = list.EnumerateArray().Single(s => s.GetProperty("routine").GetString() == "plan");
        (planned.GetProperty("done").GetInt32(), planned.GetProperty("skipped").GetInt32(), planned.GetProperty("completed").GetBoolean()).ShouldBe((2, 1, false));
        stats.GetProperty("currentStreak").GetInt32().ShouldBe(1);
        stats.GetProperty("averagePainChange").GetDouble().ShouldBe(-3);
    }

    [Fact]
    public async Task A_session_is_read_corrected_and_deleted_and_the_statistics_follow()
    {
        var (_, created) = await Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","painBefore":6,"painAfter":5}""");
        var id = created.GetProperty("id").GetString();

        var (read, one) = await Send(HttpMethod.Get, $"/api/sessions/{id}");
        var (edited, changed) = await Send(HttpMethod.Patch, $"/api/sessions/{id}", """{"painAfter":2,"note":"better than I said"}""");
        var (_, stats) = await Send(HttpMethod.Get, "/api/stats");
        var (bad, problem) = await Send(HttpMethod.Patch, $"/api/sessions/{id}", """{"painAfter":12}""");
        var (deleted, _) = await Send(HttpMethod.Delete, $"/api/sessions/{id}");
        var (gone, _) = await Send(HttpMethod.Get, $"/api/sessions/{id}");
        var (again, _) = await Send(HttpMethod.Delete, $"/api/sessions/{id}");
        var (_, after) = await Send(HttpMethod.Get, "/api/stats");

        read.ShouldBe(HttpStatusCode.OK);
        one.GetProperty("painAfter").GetInt32().ShouldBe(5);
        edited.ShouldBe(HttpStatusCode.OK);
        (changed.GetProperty("painAfter").GetInt32(), changed.GetProperty("note").GetString()).ShouldBe((2, "better than I said"));
        stats.GetProperty("averagePainChange").GetDouble().ShouldBe(-4);
        bad.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("painAfter");
        deleted.ShouldBe(HttpStatusCode.NoContent);
        gone.ShouldBe(HttpStatusCode.NotFound);
        again.ShouldBe(HttpStatusCode.NotFound);
        after.GetProperty("painSessions").GetInt32().ShouldBe(0);
        after.GetProperty("currentStreak").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Sessions_come_a_page_at_a_time_newest_first_with_a_link_to_the_next_page()
    {
        for (var i = 0; i < 7; i++)
        {
            var started = _app.Clock.GetUtcNow().AddHours(-i).ToString("O");
            (await Send(HttpMethod.Post, "/api/sessions", $$"""{"routine":"desk-break","startedAt":"{{started}}"}""")).Status.ShouldBe(HttpStatusCode.Created);
        }

        var seen = new List<DateTimeOffset>();
        var url = "/api/sessions?limit=3";
        var pages = 0;
        while (url is not null)
        {
            using var response = await _http.GetAsync(url, Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await TestApp.Read(response);
            page.GetArrayLength().ShouldBeLessThanOrEqualTo(3);
            seen.AddRange(page.EnumerateArray().Select(s => s.GetProperty("startedAt").GetDateTimeOffset()));
            url = response.Headers.TryGetValues("Link", out var links)
                ? System.Text.RegularExpressions.Regex.Match(links.Single(), "^<([^>]+)>; rel=\"next\"$").Groups[1].Value
                : null;
            pages++;
        }

        pages.ShouldBe(3);
        seen.Count.ShouldBe(7);
        seen.ShouldBe(seen.OrderByDescending(t => t).ToArray());
        seen.Distinct().Count().ShouldBe(7);
        var (unknown, problem) = await Send(HttpMethod.Get, "/api/sessions?before=5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11");
        unknown.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("before");
        (await Send(HttpMethod.Get, "/api/sessions?limit=1001")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"routine":"desk-brake"}""", "routine", "unknown routine 'desk-brake' — did you mean 'desk-break'?")]
    [InlineData("""{"routine":"desk-break","painBefore":11}""", "painBefore", "must be a whole number from 0 to 10, got 11")]
    [InlineData("""{"routine":"desk-break","painAfter":"3"}""", "painAfter", "must be a whole number from 0 to 10, got '3'")]
    [InlineData("""{"routine":"desk-break","level":"hard"}""", "level", "must be one of gentle, standard, deep, got 'hard'")]
    [InlineData("""{"routine":"desk-break","startedAt":"2026-11-18T10:00:00Z","endedAt":"2026-11-18T09:00:00Z"}""", "endedAt", "must be after startedAt and within a day of it")]
    [InlineData("""{"routine":"desk-break","segments":["done","later"]}""", "segments[1]", "must be one of pending, done, skipped, got 'later'")]
    [InlineData("""{"painBefore":3}""", "routine", "is required")]
    public async Task A_bad_session_is_a_400_naming_the_field(string body, string field, string detail)
    {
        var (status, problem) = await Send(HttpMethod.Post, "/api/sessions", body);

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe(field);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Fact]
    public async Task Posting_the_same_session_again_brings_the_one_row_up_to_date()
    {
        const string id = "5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11";
        const string start = """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11","routine":"cool-down","startedAt":"2026-11-18T10:00:00Z","completed":false,"checkpoint":{"segment":3,"seconds":4.5}}""";

        var (created, first) = await Send(HttpMethod.Post, "/api/sessions", start);
        var (again, second) = await Send(HttpMethod.Post, "/api/sessions", start);
        var (finished, last) = await Send(HttpMethod.Post, "/api/sessions",
            """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11","routine":"cool-down","startedAt":"2026-11-18T10:00:00Z","endedAt":"2026-11-18T10:09:00Z","completed":true,"painAfter":2}""");
        var (_, list) = await Send(HttpMethod.Get, "/api/sessions");

        created.ShouldBe(HttpStatusCode.Created);
        first.GetProperty("resumable").GetBoolean().ShouldBeTrue();
        first.TryGetProperty("endedAt", out _).ShouldBeFalse("a session under way has not ended");
        again.ShouldBe(HttpStatusCode.OK);
        second.GetProperty("id").GetString().ShouldBe(id);
        finished.ShouldBe(HttpStatusCode.OK);
        last.GetProperty("completed").GetBoolean().ShouldBeTrue();
        last.GetProperty("resumable").GetBoolean().ShouldBeFalse();
        list.EnumerateArray().Count(s => s.GetProperty("id").GetString() == id).ShouldBe(1);
        (await Send(HttpMethod.Post, "/api/sessions", start)).Body.GetProperty("completed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_session_started_by_a_client_whose_clock_runs_ahead_is_accepted()
    {
        var ahead = Unknot.Text.UnknotJson.Instant(_app.Clock.GetUtcNow().AddSeconds(2));

        var (status, session) = await Send(HttpMethod.Post, "/api/sessions", $$$"""{"routine":"cool-down","startedAt":"{{{ahead}}}","completed":false,"checkpoint":{"segment":0}}""");

        status.ShouldBe(HttpStatusCode.Created);
        session.GetProperty("resumable").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_stored_row_out_of_bounds_is_left_out_and_reported_and_no_page_fails()
    {
        await Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","painBefore":5,"painAfter":3}""");
        var (_, bad) = await Send(HttpMethod.Post, "/api/sessions", """{"routine":"cool-down","startedAt":"2026-11-17T10:00:00Z"}""");
        var badId = bad.GetProperty("id").GetString()!;
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_app.Home.Path, "unknot.db")}"))
        {
            raw.Open();
            using var command = raw.CreateCommand();
            command.CommandText = "UPDATE sessions SET started_at = '0001-01-01T00:00:00.0000000Z', ended_at = '9999-12-31T00:00:00.0000000Z' WHERE id = $id";
            command.Parameters.AddWithValue("$id", badId);
            command.ExecuteNonQuery().ShouldBe(1);
        }

        foreach (var url in new[] { "/", "/history", "/api/stats", "/api/export" })
        {
            using var response = await _http.GetAsync(url, Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
        var (listed, sessions) = await Send(HttpMethod.Get, "/api/sessions");
        var (one, _) = await Send(HttpMethod.Get, $"/api/sessions/{badId}");
        var history = WebUtility.HtmlDecode(await _http.GetStringAsync("/history", Cancel));

        listed.ShouldBe(HttpStatusCode.OK);
        sessions.GetArrayLength().ShouldBe(1);
        one.ShouldBe(HttpStatusCode.NotFound);
        history.ShouldContain("1 stored session cannot be read");
        history.ShouldContain(badId);
        (await Send(HttpMethod.Delete, $"/api/sessions/{badId}")).Status.ShouldBe(HttpStatusCode.NoContent);
        (await _http.GetStringAsync("/history", Cancel)).ShouldNotContain("cannot be read");
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_is_a_503_naming_the_file_never_a_500()
    {
        using var app = new TestApp();
        Directory.CreateDirectory(Path.Combine(app.Home.Path, "unknot.db"));
        using var http = app.CreateClient();

        using var response = await http.GetAsync("/api/stats", Cancel);
        var problem = await TestApp.Read(response);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("detail").GetString()!.ShouldEndWith("unknot.db is a folder, not a database file; move it away (or set UNKNOT_HOME elsewhere) and Unknot will start a new database");
        problem.TryGetProperty("exception", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task The_same_id_for_another_routine_is_a_conflict()
    {
        await Send(HttpMethod.Post, "/api/sessions", """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c12","routine":"cool-down"}""");

        var (status, problem) = await Send(HttpMethod.Post, "/api/sessions", """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c12","routine":"desk-break"}""");

        status.ShouldBe(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldStartWith("session 5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c12 is stored for routine 'cool-down'");
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_app_gives_the_same_data()
    {
        await Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","painBefore":5,"painAfter":2}""");
        await Send(HttpMethod.Post, "/api/routines", """{"name":"Mine","items":[{"exercise":"cat-cow"}]}""");
        var exported = await _http.GetStringAsync("/api/export", Cancel);

        using var other = new TestApp();
        using var http = other.CreateClient();
        using var imported = await http.PostAsync("/api/import", TestApp.Json(exported), Cancel);
        using var again = await http.PostAsync("/api/import", TestApp.Json(exported), Cancel);
        var reexported = await http.GetStringAsync("/api/export", Cancel);

        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestApp.Read(again)).GetProperty("sessionsAdded").GetInt32().ShouldBe(0);
        JsonDocument.Parse(reexported).RootElement.GetProperty("sessions").GetRawText()
            .ShouldBe(JsonDocument.Parse(exported).RootElement.GetProperty("sessions").GetRawText());
        JsonDocument.Parse(reexported).RootElement.GetProperty("savedRoutines").GetRawText()
            .ShouldBe(JsonDocument.Parse(exported).RootElement.GetProperty("savedRoutines").GetRawText());
    }

    [Fact]
    public async Task Neck_measurements_before_and_after_are_kept_with_the_session_shown_in_history_and_carried_by_export_and_import()
    {
        const string id = "0d9f4c1e-5a7b-4c2d-8e3f-1a2b3c4d5e6f";
        // At Start, the check before; at the end, the check after (and the same report again changes nothing).
        var (started, _) = await Send(HttpMethod.Post, "/api/sessions",
            """{"id":"0d9f4c1e-5a7b-4c2d-8e3f-1a2b3c4d5e6f","routine":"desk-break","completed":false,"checkpoint":{"segment":0,"seconds":0},"measurements":{"before":{"rotationLeft":55,"rotationRight":60,"tiltLeft":30,"tiltRight":28,"flexion":45,"extension":50,"atLeast":["rotationLeft"]}}}""");
        var (ended, session) = await Send(HttpMethod.Post, "/api/sessions",
            """{"id":"0d9f4c1e-5a7b-4c2d-8e3f-1a2b3c4d5e6f","routine":"desk-break","completed":true,"measurements":{"after":{"rotationLeft":62,"tiltRight":33},"form":[{"segment":12,"exercise":"neck-rotations-and-tilts","direction":"tiltLeft","from":20,"to":45,"heldSeconds":12,"ofSeconds":15}]}}""");
        var (bad, problem) = await Send(HttpMethod.Post, "/api/sessions",
            """{"routine":"desk-break","measurements":{"after":{"tiltLeft":30,"atLeast":["flexion"]}}}""");
        var (tooFar, farProblem) = await Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","measurements":{"before":{"rotationLeft":500}}}""");
        var (overHeld, overHeldProblem) = await Send(HttpMethod.Post, "/api/sessions",
            """{"routine":"desk-break","measurements":{"form":[{"segment":3,"exercise":"lateral-neck-stretch","direction":"tiltLeft","from":20,"to":45,"heldSeconds":40,"ofSeconds":30}]}}""");

        started.ShouldBe(HttpStatusCode.Created);
        ended.ShouldBe(HttpStatusCode.OK);
        var measured = session.GetProperty("measurements");
        measured.GetProperty("before").GetProperty("rotationLeft").GetInt32().ShouldBe(55);
        measured.GetProperty("before").GetProperty("atLeast")[0].GetString().ShouldBe("rotationLeft");
        measured.GetProperty("after").GetProperty("rotationLeft").GetInt32().ShouldBe(62);
        measured.GetProperty("after").TryGetProperty("flexion", out _).ShouldBeFalse("a direction not measured is absent");
        bad.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("measurements.after.atLeast[0]");
        problem.GetProperty("detail").GetString()!.ShouldContain("'flexion', which has no figure here");
        tooFar.ShouldBe(HttpStatusCode.BadRequest);
        farProblem.GetProperty("field").GetString().ShouldBe("measurements.before.rotationLeft");
        overHeld.ShouldBe(HttpStatusCode.BadRequest);
        overHeldProblem.GetProperty("field").GetString().ShouldBe("measurements.form[0].heldSeconds");
        overHeldProblem.GetProperty("detail").GetString()!.ShouldContain("from 0 to 30, got 40");
        var held = measured.GetProperty("form").EnumerateArray().Single();
        (held.GetProperty("direction").GetString(), held.GetProperty("heldSeconds").GetInt32(), held.GetProperty("ofSeconds").GetInt32()).ShouldBe(("tiltLeft", 12, 15));

        // History says it in words, before → after.
        var history = WebUtility.HtmlDecode(await _http.GetStringAsync("/history", Cancel));
        history.ShouldContain("Neck: turn left at least 55° → 62°, turn right 60° (before), tilt left 30° (before), tilt right 28° → 33°, chin down 45° (before), chin up 50° (before); held in band: tilt left 12 of 15 s");
        history.ShouldContain("<li>turn left: 55° at the one check so far; 7.0° more right after a routine, on average over 1 session</li>");
        var (_, stats) = await Send(HttpMethod.Get, "/api/stats");
        var trend = stats.GetProperty("rangeOfMotion").EnumerateArray().First();
        (trend.GetProperty("direction").GetString(), trend.GetProperty("checks").GetInt32(), trend.GetProperty("averageChangeAfterRoutine").GetDouble()).ShouldBe(("rotationLeft", 1, 7.0));

        // The export carries them, and an import into an empty app brings them back as they were.
        var exported = await _http.GetStringAsync("/api/export", Cancel);
        using var other = new TestApp();
        using var http = other.CreateClient();
        using var imported = await http.PostAsync("/api/import", TestApp.Json(exported), Cancel);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        var back = await TestApp.Read(await http.GetAsync($"/api/sessions/{id}", Cancel));
        back.GetProperty("measurements").GetRawText().ShouldBe(measured.GetRawText());
    }

    [Fact]
    public async Task An_import_replacing_a_built_in_routine_is_refused_unless_allowed_and_then_shows_as_yours()
    {
        var exported = System.Text.Json.Nodes.JsonNode.Parse(await _http.GetStringAsync("/api/export", Cancel))!;
        ((System.Text.Json.Nodes.JsonArray)exported["routines"]!).Add(new System.Text.Json.Nodes.JsonObject
        {
            ["file"] = "desk-break.yaml",
            ["yaml"] = "id: desk-break\nname: Desk break\nitems:\n  - exercise: chest-stretch\n",
        });
        var body = exported.ToJsonString();

        var (refused, problem) = await Send(HttpMethod.Post, "/api/import", body);
        var (_, before) = await Send(HttpMethod.Get, "/api/routines/desk-break");
        var (allowed, _) = await Send(HttpMethod.Post, "/api/import?allowOverride=true", body);
        var (_, after) = await Send(HttpMethod.Get, "/api/routines/desk-break");

        refused.ShouldBe(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString().ShouldBe(
            "routines[0].yaml: would replace the built-in routine 'desk-break' — nothing was imported; send ?allowOverride=true to let it replace the built-in ones");
        before.GetProperty("origin").GetString().ShouldBe("built-in");
        allowed.ShouldBe(HttpStatusCode.OK);
        after.GetProperty("replacesBuiltIn").GetBoolean().ShouldBeTrue();
        after.GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_malformed_import_is_a_400_with_its_json_path()
    {
        var (status, problem) = await Send(HttpMethod.Post, "/api/import", """{"format":"unknot-export","version":1,"exportedAt":"2026-01-01T00:00:00Z","exercises":[],"routines":[],"settings":{},"sessions":[{"id":"x"}]}""");

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("sessions[0].id");
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        var body = $$"""{"name":"{{new string('x', 300_000)}}","items":[{"exercise":"cat-cow"}]}""";

        var (status, problem) = await Send(HttpMethod.Post, "/api/routines", body);

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("status").GetInt32().ShouldBe(413);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var document = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json", Cancel)).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        paths.ShouldContain("/api/exercises");
        paths.ShouldContain("/api/routines/{id}/timeline");
        paths.ShouldContain("/api/plan");
        paths.ShouldContain("/api/sessions");
        paths.ShouldContain("/api/import");
    }

    public static TheoryData<string, string, string?> Sweep()
    {
        var data = new TheoryData<string, string, string?>();
        string[] bodies = ["", "null", "[]", "42", "\"text\"", "{", "{}", """{"name":null}""", """{"minutes":1e400}""", """{"minutes":99999999999}""",
            """{"routine":{"nested":[1,2,3]}}""", """{"items":[null,1,{}]}""", """{"name":"a","items":[{"exercise":123}]}""", """{"minutes":5,"place":"desk","equipment":"wall"}""",
            """{"minutes":5,"place":"desk","avoid":[1]}""", """{"minutes":5,"place":"desk","seed":1.5}""", """{"routine":"desk-break","segments":[{"outcome":1}]}""",
            """{"routine":"desk-break","startedAt":"9999-12-31T23:59:59Z"}""", """{"routine":"desk-break","id":"not-a-uuid"}""", """{"routine":"desk-break","timeZone":"Mars/Base"}""",
            $$"""{"routine":"{{new string('a', 5000)}}"}"""];
        foreach (var (method, url) in new[] { ("POST", "/api/routines"), ("PUT", "/api/routines/nope"), ("POST", "/api/plan"), ("POST", "/api/sessions"), ("POST", "/api/import") })
        {
            foreach (var body in bodies)
            {
                data.Add(method, url, body);
            }
        }
        foreach (var url in new[] { "/api/exercises?target=", "/api/exercises?equipment=%00", "/api/exercises/%E2%98%83", "/api/routines/..%2F..", "/api/routines/x/timeline?level=",
            "/api/sessions?days=-1", "/api/sessions?days=99999999999", "/api/routines/desk-break/timeline?level=DEEP", "/api/exercises/" + new string('a', 3000) })
        {
            data.Add("GET", url, null);
        }
        data.Add("DELETE", "/api/routines/%20", null);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sweep))]
    public async Task No_malformed_input_ever_produces_a_500(string method, string url, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : TestApp.Json(body) };
        using var response = await _http.SendAsync(request, Cancel);

        ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync(Cancel));
        if ((int)response.StatusCode >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/library")]
    [InlineData("/library?target=neck&equipment=none")]
    [InlineData("/library/childs-pose")]
    [InlineData("/routines")]
    [InlineData("/routines?minutes=5&place=desk&focus=neck")]
    [InlineData("/routines/new")]
    [InlineData("/routines/desk-break/print")]
    [InlineData("/play/desk-break")]
    [InlineData("/play/plan?minutes=4&place=desk")]
    [InlineData("/history")]
    [InlineData("/settings")]
    public async Task Every_page_renders(string url)
    {
        using var response = await _http.GetAsync(url, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("<main id=\"main\">");
    }

    [Theory]
    [InlineData("/library/nope", 404)]
    [InlineData("/play/nope", 404)]
    [InlineData("/library?target=elbow", 400)]
    [InlineData("/play/desk-break?level=extreme", 400)]
    [InlineData("/play/plan?minutes=500&place=desk", 400)]
    [InlineData("/routines?minutes=5&place=desk&focus=lats", 400)]
    public async Task Pages_answer_bad_addresses_with_4xx(string url, int status)
    {
        using var response = await _http.GetAsync(url, Cancel);

        ((int)response.StatusCode).ShouldBe(status);
    }

    [Theory]
    [InlineData("endedAt", "0001-01-01T00:00:00Z")]
    [InlineData("endedAt", "9999-12-31T23:59:59Z")]
    [InlineData("startedAt", "0001-01-01T00:00:00Z")]
    [InlineData("startedAt", "9999-12-31T23:59:59Z")]
    public async Task A_session_dated_at_either_end_of_the_calendar_is_a_400_naming_the_date(string field, string instant)
    {
        // Alone, the other date is reckoned from it: an end in year 1 was a 500 (the start before year 1).
        var (status, problem) = await Send(HttpMethod.Post, "/api/sessions", $$"""{"routine":"desk-break","{{field}}":"{{instant}}"}""");

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe(field);
        problem.GetProperty("detail").GetString().ShouldBe($"must be between 1970 and 2999, got {instant}");
    }
}
