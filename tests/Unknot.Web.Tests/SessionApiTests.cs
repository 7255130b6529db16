using System.Net;

namespace Unknot.Web.Tests;

/// <summary>Sessions reported to the API: stored, corrected, deleted, listed a page at a time, and refused when wrong.</summary>
public sealed class SessionApiTests : IDisposable
{
    private readonly TestApi _api = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Sessions_are_stored_with_defaults_listed_and_counted_in_stats()
    {
        var (created, session) = await _api.Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break"}""");
        var (rated, _) = await _api.Send(HttpMethod.Post, "/api/sessions",
            """{"routine":"plan","items":["chest-stretch","chair-rotation"],"level":"gentle","painBefore":6,"painAfter":3,"completed":false,"segments":["done","done","skipped"],"note":"busy day"}""");
        var (_, list) = await _api.Send(HttpMethod.Get, "/api/sessions");
        var (_, stats) = await _api.Send(HttpMethod.Get, "/api/stats");

        created.ShouldBe(HttpStatusCode.Created);
        session.GetProperty("completed").GetBoolean().ShouldBeTrue();
        session.GetProperty("done").GetInt32().ShouldBe(26);
        session.GetProperty("endedAt").GetDateTimeOffset().ShouldBe(_api.App.Clock.GetUtcNow());
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
        var (_, created) = await _api.Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","painBefore":6,"painAfter":5}""");
        var id = created.GetProperty("id").GetString();

        var (read, one) = await _api.Send(HttpMethod.Get, $"/api/sessions/{id}");
        var (edited, changed) = await _api.Send(HttpMethod.Patch, $"/api/sessions/{id}", """{"painAfter":2,"note":"better than I said"}""");
        var (_, stats) = await _api.Send(HttpMethod.Get, "/api/stats");
        var (bad, problem) = await _api.Send(HttpMethod.Patch, $"/api/sessions/{id}", """{"painAfter":12}""");
        var (deleted, _) = await _api.Send(HttpMethod.Delete, $"/api/sessions/{id}");
        var (gone, _) = await _api.Send(HttpMethod.Get, $"/api/sessions/{id}");
        var (again, _) = await _api.Send(HttpMethod.Delete, $"/api/sessions/{id}");
        var (_, after) = await _api.Send(HttpMethod.Get, "/api/stats");

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
            var started = _api.App.Clock.GetUtcNow().AddHours(-i).ToString("O");
            (await _api.Send(HttpMethod.Post, "/api/sessions", $$"""{"routine":"desk-break","startedAt":"{{started}}"}""")).Status.ShouldBe(HttpStatusCode.Created);
        }

        var seen = new List<DateTimeOffset>();
        var url = "/api/sessions?limit=3";
        var pages = 0;
        while (url is not null)
        {
            using var response = await _api.Http.GetAsync(url, Cancel);
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
        var (unknown, problem) = await _api.Send(HttpMethod.Get, "/api/sessions?before=5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11");
        unknown.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("before");
        (await _api.Send(HttpMethod.Get, "/api/sessions?limit=1001")).Status.ShouldBe(HttpStatusCode.BadRequest);
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
        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/sessions", body);

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe(field);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Fact]
    public async Task Posting_the_same_session_again_brings_the_one_row_up_to_date()
    {
        const string id = "5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11";
        const string start = """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11","routine":"cool-down","startedAt":"2026-11-18T10:00:00Z","completed":false,"checkpoint":{"segment":3,"seconds":4.5}}""";

        var (created, first) = await _api.Send(HttpMethod.Post, "/api/sessions", start);
        var (again, second) = await _api.Send(HttpMethod.Post, "/api/sessions", start);
        var (finished, last) = await _api.Send(HttpMethod.Post, "/api/sessions",
            """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11","routine":"cool-down","startedAt":"2026-11-18T10:00:00Z","endedAt":"2026-11-18T10:09:00Z","completed":true,"painAfter":2}""");
        var (_, list) = await _api.Send(HttpMethod.Get, "/api/sessions");

        created.ShouldBe(HttpStatusCode.Created);
        first.GetProperty("resumable").GetBoolean().ShouldBeTrue();
        first.TryGetProperty("endedAt", out _).ShouldBeFalse("a session under way has not ended");
        again.ShouldBe(HttpStatusCode.OK);
        second.GetProperty("id").GetString().ShouldBe(id);
        finished.ShouldBe(HttpStatusCode.OK);
        last.GetProperty("completed").GetBoolean().ShouldBeTrue();
        last.GetProperty("resumable").GetBoolean().ShouldBeFalse();
        list.EnumerateArray().Count(s => s.GetProperty("id").GetString() == id).ShouldBe(1);
        (await _api.Send(HttpMethod.Post, "/api/sessions", start)).Body.GetProperty("completed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_session_started_by_a_client_whose_clock_runs_ahead_is_accepted()
    {
        var ahead = Unknot.Text.UnknotJson.Instant(_api.App.Clock.GetUtcNow().AddSeconds(2));

        var (status, session) = await _api.Send(HttpMethod.Post, "/api/sessions", $$$"""{"routine":"cool-down","startedAt":"{{{ahead}}}","completed":false,"checkpoint":{"segment":0}}""");

        status.ShouldBe(HttpStatusCode.Created);
        session.GetProperty("resumable").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_stored_row_out_of_bounds_is_left_out_and_reported_and_no_page_fails()
    {
        await _api.Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","painBefore":5,"painAfter":3}""");
        var (_, bad) = await _api.Send(HttpMethod.Post, "/api/sessions", """{"routine":"cool-down","startedAt":"2026-11-17T10:00:00Z"}""");
        var badId = bad.GetProperty("id").GetString()!;
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_api.App.Home.Path, "unknot.db")}"))
        {
            raw.Open();
            using var command = raw.CreateCommand();
            command.CommandText = "UPDATE sessions SET started_at = '0001-01-01T00:00:00.0000000Z', ended_at = '9999-12-31T00:00:00.0000000Z' WHERE id = $id";
            command.Parameters.AddWithValue("$id", badId);
            command.ExecuteNonQuery().ShouldBe(1);
        }

        foreach (var url in new[] { "/", "/history", "/api/stats", "/api/export" })
        {
            using var response = await _api.Http.GetAsync(url, Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
        var (listed, sessions) = await _api.Send(HttpMethod.Get, "/api/sessions");
        var (one, _) = await _api.Send(HttpMethod.Get, $"/api/sessions/{badId}");
        var history = WebUtility.HtmlDecode(await _api.Http.GetStringAsync("/history", Cancel));

        listed.ShouldBe(HttpStatusCode.OK);
        sessions.GetArrayLength().ShouldBe(1);
        one.ShouldBe(HttpStatusCode.NotFound);
        history.ShouldContain("1 stored session cannot be read");
        history.ShouldContain(badId);
        (await _api.Send(HttpMethod.Delete, $"/api/sessions/{badId}")).Status.ShouldBe(HttpStatusCode.NoContent);
        (await _api.Http.GetStringAsync("/history", Cancel)).ShouldNotContain("cannot be read");
    }

    [Fact]
    public async Task The_same_id_for_another_routine_is_a_conflict()
    {
        await _api.Send(HttpMethod.Post, "/api/sessions", """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c12","routine":"cool-down"}""");

        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/sessions", """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c12","routine":"desk-break"}""");

        status.ShouldBe(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldStartWith("session 5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c12 is stored for routine 'cool-down'");
    }

    [Theory]
    [InlineData("endedAt", "0001-01-01T00:00:00Z")]
    [InlineData("endedAt", "9999-12-31T23:59:59Z")]
    [InlineData("startedAt", "0001-01-01T00:00:00Z")]
    [InlineData("startedAt", "9999-12-31T23:59:59Z")]
    public async Task A_session_dated_at_either_end_of_the_calendar_is_a_400_naming_the_date(string field, string instant)
    {
        // Alone, the other date is reckoned from it: an end in year 1 was a 500 (the start before year 1).
        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/sessions", $$"""{"routine":"desk-break","{{field}}":"{{instant}}"}""");

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe(field);
        problem.GetProperty("detail").GetString().ShouldBe($"must be between 1970 and 2999, got {instant}");
    }
}
