using System.Net;
using System.Text.Json;
using Unknot.App.Programmes;

namespace Unknot.Web.Tests;

/// <summary>
/// Programmes through the API: the list, starting one (or one planned for you), where it stands today, pausing,
/// resuming and stopping it, a session that counts, and its days as a calendar. The app's clock stands on Wednesday
/// 18 November 2026, so the desk worker's first week has its five sessions from Wednesday to Tuesday.
/// </summary>
public sealed class ProgrammeApiTests : IDisposable
{
    private const string DeskWorker = """{"program":"desk-worker-4-weeks"}""";
    private readonly TestApi _api = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task The_list_has_the_built_in_programmes_with_their_weeks_sessions_and_doses()
    {
        var (status, list) = await _api.Send(HttpMethod.Get, "/api/programs");

        status.ShouldBe(HttpStatusCode.OK);
        list.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ShouldBe(["desk-worker-4-weeks", "lifters-upper-back-4-weeks", "neck-mobility-6-weeks"], ignoreOrder: true);
        var desk = list.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "desk-worker-4-weeks");
        desk.GetProperty("weeks").GetInt32().ShouldBe(4);
        desk.GetProperty("sessions")[0].GetProperty("routine").GetString().ShouldBe("desk-break");
        desk.GetProperty("start").GetProperty("level").GetString().ShouldBe("gentle");
        desk.GetProperty("start").GetProperty("sessionsPerWeek").GetInt32().ShouldBe(5);
        desk.GetProperty("source").GetString().ShouldBe("built-in");
        desk.GetProperty("basis").GetString()!.ShouldContain("ACSM");
    }

    [Fact]
    public async Task Starting_a_programme_shows_week_one_and_todays_line_with_the_session_to_play()
    {
        var (started, change) = await _api.Send(HttpMethod.Post, "/api/program", DeskWorker);
        var (status, programme) = await _api.Send(HttpMethod.Get, "/api/program");

        started.ShouldBe(HttpStatusCode.OK);
        change.GetProperty("message").GetString().ShouldBe("Started Desk worker, 4 weeks.");
        status.ShouldBe(HttpStatusCode.OK);
        programme.GetProperty("status").GetString().ShouldBe("active");
        programme.GetProperty("week").GetInt32().ShouldBe(1);
        programme.GetProperty("startedOn").GetString().ShouldBe("2026-11-18");
        programme.GetProperty("line").GetString()!.ShouldStartWith("Week 1 · day 1 of 5 — Desk break, ");
        var today = programme.GetProperty("today").GetProperty("sessions")[0];
        (today.GetProperty("routine").GetString(), today.GetProperty("level").GetString(), today.GetProperty("done").GetBoolean()).ShouldBe(("desk-break", "gentle", false));
        today.GetProperty("play").GetString().ShouldBe("/play/program?kind=0");
        programme.GetProperty("weeks")[0].GetProperty("planned").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task An_unknown_programme_is_a_404_that_names_the_nearest_one()
    {
        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/program", """{"program":"desk-worker-4-week"}""");

        status.ShouldBe(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().ShouldBe("unknown programme 'desk-worker-4-week' — did you mean 'desk-worker-4-weeks'?");
        (await _api.Send(HttpMethod.Get, "/api/program")).Status.ShouldBe(HttpStatusCode.NotFound, "nothing was started");
    }

    [Theory]
    [InlineData("{}", "(body)")]
    [InlineData("""{"program":5}""", "program")]
    [InlineData("""{"program":"desk-worker-4-weeks","plan":{"minutes":5,"place":"desk"}}""", "(body)")]
    [InlineData("""{"plan":"desk"}""", "plan")]
    [InlineData("""{"plan":{"minutes":0,"place":"desk"}}""", "plan.minutes")]
    [InlineData("""{"plan":{"minutes":5,"place":"desk","weeks":27}}""", "plan.weeks")]
    [InlineData("""{"plan":{"minutes":5,"place":"desk","days":"someday"}}""", "plan.days")]
    [InlineData("[1]", "(body)")]
    [InlineData("{\"program\":", "(body)")]
    public async Task A_malformed_body_is_a_400_naming_its_field(string body, string field)
    {
        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/program", body);

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe(field);
        (await _api.Send(HttpMethod.Get, "/api/program")).Status.ShouldBe(HttpStatusCode.NotFound, "nothing was started");
    }

    [Fact]
    public async Task Without_a_programme_its_status_changes_and_calendar_are_404_saying_so()
    {
        foreach (var (method, path) in new[] { (HttpMethod.Get, "/api/program"), (HttpMethod.Post, "/api/program/pause"), (HttpMethod.Post, "/api/program/resume"),
                     (HttpMethod.Post, "/api/program/stop"), (HttpMethod.Get, "/api/program/calendar.ics") })
        {
            var (status, problem) = await _api.Send(method, path);

            status.ShouldBe(HttpStatusCode.NotFound, path);
            problem.GetProperty("detail").GetString().ShouldBe(ProgrammeFollowing.NoneCurrent, path);
        }
    }

    [Fact]
    public async Task Pause_resume_and_stop_follow_one_another_and_a_change_out_of_turn_is_a_409()
    {
        await _api.Send(HttpMethod.Post, "/api/program", DeskWorker);

        var (notPaused, notPausedProblem) = await _api.Send(HttpMethod.Post, "/api/program/resume");
        var (paused, pause) = await _api.Send(HttpMethod.Post, "/api/program/pause");
        var (twice, twiceProblem) = await _api.Send(HttpMethod.Post, "/api/program/pause");
        var (_, whilePaused) = await _api.Send(HttpMethod.Get, "/api/program");
        _api.App.Clock.Advance(TimeSpan.FromDays(2));
        var (resumed, resume) = await _api.Send(HttpMethod.Post, "/api/program/resume");
        var (stopped, stop) = await _api.Send(HttpMethod.Post, "/api/program/stop");
        var (after, _) = await _api.Send(HttpMethod.Get, "/api/program");
        var (again, againProblem) = await _api.Send(HttpMethod.Post, "/api/program/stop");

        notPaused.ShouldBe(HttpStatusCode.Conflict);
        notPausedProblem.GetProperty("detail").GetString().ShouldBe("the programme is not paused");
        paused.ShouldBe(HttpStatusCode.OK, pause.ToString());
        pause.GetProperty("message").GetString().ShouldBe("Paused Desk worker, 4 weeks: resume it to go on where you were.");
        pause.GetProperty("program").GetProperty("status").GetString().ShouldBe("paused");
        twice.ShouldBe(HttpStatusCode.Conflict);
        twiceProblem.GetProperty("detail").GetString().ShouldBe("the programme is already paused (since 2026-11-18)");
        whilePaused.GetProperty("pausedSince").GetString().ShouldBe("2026-11-18");
        whilePaused.TryGetProperty("today", out _).ShouldBeFalse("a paused programme plans nothing today");
        resumed.ShouldBe(HttpStatusCode.OK);
        resume.GetProperty("message").GetString().ShouldBe("Resumed Desk worker, 4 weeks where you were.");
        resume.GetProperty("program").GetProperty("line").GetString()!.ShouldStartWith("Week 1 · day 1 of 5", customMessage: "the paused days did not count");
        stopped.ShouldBe(HttpStatusCode.OK);
        stop.GetProperty("message").GetString().ShouldBe("Stopped Desk worker, 4 weeks; it stays in your history.");
        stop.GetProperty("program").GetProperty("status").GetString().ShouldBe("stopped");
        after.ShouldBe(HttpStatusCode.NotFound);
        again.ShouldBe(HttpStatusCode.NotFound);
        againProblem.GetProperty("detail").GetString().ShouldBe(ProgrammeFollowing.NoneCurrent);
    }

    [Fact]
    public async Task A_session_played_for_todays_routine_marks_the_day_done()
    {
        await _api.Send(HttpMethod.Post, "/api/program", DeskWorker);

        var (recorded, _) = await _api.Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","level":"gentle","painBefore":5,"painAfter":3}""");
        var (_, programme) = await _api.Send(HttpMethod.Get, "/api/program");

        recorded.ShouldBe(HttpStatusCode.Created);
        programme.GetProperty("today").GetProperty("sessions")[0].GetProperty("done").GetBoolean().ShouldBeTrue();
        programme.GetProperty("weeks")[0].GetProperty("done").GetInt32().ShouldBe(1);
        programme.GetProperty("line").GetString()!.ShouldEndWith("min (done)");
    }

    [Fact]
    public async Task Switching_to_a_planned_programme_stops_the_one_before_and_plays_every_chosen_day()
    {
        await _api.Send(HttpMethod.Post, "/api/program", DeskWorker);

        var (started, change) = await _api.Send(HttpMethod.Post, "/api/program", """{"plan":{"weeks":2,"days":"every-day","minutes":5,"place":"desk","focus":["upper-back"]}}""");

        started.ShouldBe(HttpStatusCode.OK);
        change.GetProperty("message").GetString().ShouldBe("Started 2 weeks at the desk for upper back. Desk worker, 4 weeks is stopped and stays in your history.");
        var programme = change.GetProperty("program");
        programme.GetProperty("program").GetProperty("source").GetString().ShouldBe("planned");
        programme.GetProperty("weeks")[0].GetProperty("planned").GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task The_calendar_has_an_all_day_event_for_each_session_to_come()
    {
        await _api.Send(HttpMethod.Post, "/api/program", DeskWorker);

        using var response = await _api.Http.GetAsync("/api/program/calendar.ics", Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        text.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        text.Split("BEGIN:VEVENT").Length.ShouldBe(1 + 4 * 5, "five sessions a week for four weeks, from today");
        text.ShouldContain("DTSTART;VALUE=DATE:20261118");
        text.ShouldContain("SUMMARY:Unknot: Desk break");
    }

    [Fact]
    public async Task The_openapi_document_lists_the_programme_routes_under_their_tag()
    {
        var document = JsonDocument.Parse(await _api.Http.GetStringAsync("/openapi/v1.json", Cancel)).RootElement;
        var paths = document.GetProperty("paths");

        foreach (var (path, method) in new[] { ("/api/programs", "get"), ("/api/program", "get"), ("/api/program", "post"), ("/api/program/pause", "post"),
                     ("/api/program/resume", "post"), ("/api/program/stop", "post"), ("/api/program/calendar.ics", "get") })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            operation.GetProperty("tags")[0].GetString().ShouldBe("Programmes", path);
            operation.GetProperty("summary").GetString().ShouldNotBeNullOrEmpty(path);
        }
        paths.GetProperty("/api/program").GetProperty("post").GetProperty("responses").TryGetProperty("404", out _).ShouldBeTrue();
        paths.GetProperty("/api/program/pause").GetProperty("post").GetProperty("responses").TryGetProperty("409", out _).ShouldBeTrue();
    }
}
