using System.Net;
using System.Text.RegularExpressions;
using Unknot.App.Programmes;

namespace Unknot.Web.Tests;

/// <summary>
/// The Programmes page as the server renders it, its forms sent as a browser without script sends them (with the
/// page's antiforgery token), and the programme on Home and History. The clock stands on Wednesday 18 November 2026.
/// </summary>
public sealed partial class ProgrammePageTests : IDisposable
{
    private readonly TestApi _api = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    private async Task<(HttpStatusCode Status, string Html)> Get(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation("Accept", WrongAddressTests.Browser);
        using var response = await _api.Http.SendAsync(request, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>Sends the page's form to <c>/programs?handler=…</c>, following the redirect of a change made.</summary>
    private async Task<(HttpStatusCode Status, string Html)> Post(string handler, params (string Name, string Value)[] fields)
    {
        var token = Token().Match((await Get("/programs")).Html).Groups[1].Value;
        var values = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/programs?handler={handler}") { Content = new FormUrlEncodedContent(values) };
        request.Headers.TryAddWithoutValidation("Accept", WrongAddressTests.Browser);
        using var response = await _api.Http.SendAsync(request, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));

    [Fact]
    public async Task The_page_lists_every_programme_with_a_start_button_and_says_none_is_followed()
    {
        var (status, html) = await Get("/programs");

        status.ShouldBe(HttpStatusCode.OK);
        Text(html).ShouldContain("No programme is being followed; pick one from the programmes and start it.");
        foreach (var id in new[] { "desk-worker-4-weeks", "lifters-upper-back-4-weeks", "neck-mobility-6-weeks" })
        {
            html.ShouldContain($"id=\"program-{id}\"");
            html.ShouldContain($"name=\"program\" value=\"{id}\"");
        }
        Text(html).ShouldContain("Desk break, on Mon, Tue, Wed, Thu and Fri, during the working day");
        Text(html).ShouldContain("First week: gentle, each stretch once, 5 sessions a week.");
        html.ShouldContain("aria-current=\"page\">Programmes</a>");
    }

    [Fact]
    public async Task A_programme_started_from_its_card_is_said_once_and_shown_with_today_and_its_weeks()
    {
        var (status, html) = await Post("Start", ("program", "desk-worker-4-weeks"));
        var (_, again) = await Get("/programs");

        status.ShouldBe(HttpStatusCode.OK);
        Text(html).ShouldContain("Started Desk worker, 4 weeks.");
        Text(again).ShouldNotContain("Started Desk worker", customMessage: "said once, after the change");
        Text(again).ShouldContain("Week 1 · day 1 of 5 — Desk break, ");
        again.ShouldContain("href=\"/play/program?kind=0\"");
        Regex.Count(again, "class=\"day day-").ShouldBe(7);
        again.ShouldContain("class=\"day day-planned today\"");
        again.ShouldContain("href=\"/api/program/calendar.ics\"");
        Text(again).ShouldContain("Week 1: gentle, each stretch once, 5 sessions a week.");
        Text(again).ShouldContain("Neck: 0 minutes of 8.3 minutes");
        Text(again).ShouldContain("Upper back: 0 minutes of 5.8 minutes");
    }

    [Fact]
    public async Task Pause_resume_and_stop_from_the_page_work_without_script_even_on_the_first_day()
    {
        await Post("Start", ("program", "neck-mobility-6-weeks"));

        var (_, paused) = await Post("Pause");
        var (_, resumed) = await Post("Resume");
        var (_, twice) = await Post("Resume");
        var (_, stopped) = await Post("Stop");

        Text(paused).ShouldContain("Paused Neck mobility, 6 weeks: resume it to go on where you were.");
        Text(paused).ShouldContain("Neck mobility, 6 weeks is paused since 18 November: resume it to go on with week 1.");
        paused.ShouldContain("handler=Resume");
        Text(resumed).ShouldContain("Resumed Neck mobility, 6 weeks where you were.");
        Text(twice).ShouldContain("The programme is not paused.");
        Text(stopped).ShouldContain("Stopped Neck mobility, 6 weeks; it stays in your history.");
        Text(stopped).ShouldContain("Started 18 November 2026: Neck mobility, 6 weeks was stopped on 18 November.");
        Text(stopped).ShouldContain("No programme is being followed");
    }

    [Fact]
    public async Task A_change_with_nothing_followed_or_out_of_turn_is_the_page_with_the_reason()
    {
        var (none, noneHtml) = await Post("Pause");
        await Post("Start", ("program", "desk-worker-4-weeks"));
        var (notNow, notNowHtml) = await Post("Resume");
        var (unknown, unknownHtml) = await Post("Start", ("program", "desk-worker-4-week"));

        none.ShouldBe(HttpStatusCode.NotFound);
        noneHtml.ShouldContain("role=\"alert\" id=\"problem\">No programme is being followed; pick one from the programmes and start it.<");
        notNow.ShouldBe(HttpStatusCode.Conflict);
        notNowHtml.ShouldContain("The programme is not paused.");
        unknown.ShouldBe(HttpStatusCode.NotFound);
        unknownHtml.ShouldContain("There is no programme <code>desk-worker-4-week</code>.");
        unknownHtml.ShouldContain("href=\"/programs#program-desk-worker-4-weeks\"");
    }

    [Fact]
    public async Task A_plan_from_the_form_starts_a_programme_and_a_refused_one_comes_back_with_what_was_sent()
    {
        var (refused, refusedHtml) = await Post("Plan", ("weeks", "40"), ("minutes", "5"), ("place", "desk"), ("days", "mon"), ("days", "thu"));
        var (noDays, noDaysHtml) = await Post("Plan", ("weeks", "2"), ("minutes", "5"), ("place", "desk"));
        var (planned, plannedHtml) = await Post("Plan", ("weeks", "3"), ("minutes", "5"), ("place", "desk"), ("focus", "neck"),
            ("days", "mon"), ("days", "tue"), ("days", "wed"), ("days", "thu"), ("days", "fri"), ("days", "sat"), ("days", "sun"));

        refused.ShouldBe(HttpStatusCode.BadRequest);
        Text(refusedHtml).ShouldContain("Weeks: must be a whole number from 1 to 26");
        refusedHtml.ShouldContain("value=\"40\"");
        refusedHtml.ShouldContain("value=\"thu\" checked");
        refusedHtml.ShouldNotContain("value=\"tue\" checked");
        noDays.ShouldBe(HttpStatusCode.BadRequest);
        Text(noDaysHtml).ShouldContain("Days: tick at least one day.");
        planned.ShouldBe(HttpStatusCode.OK);
        Text(plannedHtml).ShouldContain("Started 3 weeks at the desk for neck.");
        Text(plannedHtml).ShouldContain("Week 1 · day 1 of 7 — ");
    }

    [Fact]
    public async Task Home_puts_todays_programme_session_in_place_of_the_suggestion_and_a_done_day_shows_as_done()
    {
        await _api.Send(HttpMethod.Put, "/api/settings/focus", """{"value":"all"}""");
        var (_, before) = await Get("/");
        await _api.Send(HttpMethod.Post, "/api/program", """{"program":"desk-worker-4-weeks"}""");
        var (_, today) = await Get("/");
        await _api.Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","level":"gentle"}""");
        var (_, done) = await Get("/");

        before.ShouldContain("id=\"suggested\"");
        today.ShouldNotContain("id=\"suggested\"");
        Text(today).ShouldContain("Week 1 · day 1 of 5 — Desk break, ");
        today.ShouldContain("<a class=\"button big\" href=\"/play/program?kind=0\">Start<span class=\"visually-hidden\"> Desk break</span></a>");
        Text(done).ShouldContain("min (done)");
        Text(done).ShouldContain("✓ Desk break done today");
        done.ShouldNotContain("href=\"/play/program?kind=0\"");
    }

    [Fact]
    public async Task A_day_off_on_home_says_when_the_next_session_is_and_keeps_the_suggestion()
    {
        await _api.Send(HttpMethod.Put, "/api/settings/focus", """{"value":"all"}""");
        await _api.Send(HttpMethod.Post, "/api/program", """{"program":"neck-mobility-6-weeks"}""");

        var (_, wednesday) = await Get("/");

        Text(wednesday).ShouldContain("Your programme: Week 1 · a day off — next: Thursday");
        wednesday.ShouldContain("id=\"suggested\"");
    }

    [Fact]
    public async Task History_shows_the_programme_week_by_week_in_short()
    {
        await _api.Send(HttpMethod.Post, "/api/program", """{"program":"desk-worker-4-weeks"}""");
        await _api.Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","level":"gentle"}""");
        _api.App.Clock.Advance(TimeSpan.FromDays(2));

        var (status, html) = await Get("/history");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<ol class=\"programme-weeks compact\">");
        html.ShouldContain("class=\"day day-done\" title=\"Wednesday 18 November, Desk break: done\"");
        html.ShouldContain("class=\"day day-missed\" title=\"Thursday 19 November, Desk break: not done\"");
        html.ShouldContain("class=\"day day-planned today\"");
        html.ShouldContain("class=\"day day-carried\" title=\"Saturday 21 November, Desk break (from Thursday): planned\"");
        Text(html).ShouldContain("1 of 5 sessions done");
    }

    [Fact]
    public async Task The_player_of_a_programme_session_with_nothing_today_is_a_page_saying_why()
    {
        var (none, noneHtml) = await Get("/play/program?kind=0");
        await _api.Send(HttpMethod.Post, "/api/program", """{"program":"desk-worker-4-weeks"}""");
        var (other, otherHtml) = await Get("/play/program?kind=1");
        var (_, problem) = await _api.Send(HttpMethod.Get, "/play/program?kind=1");

        none.ShouldBe(HttpStatusCode.NotFound);
        noneHtml.ShouldContain($"<p id=\"why\">{WebUtility.HtmlEncode(Rendering.Sentence.Of(ProgrammeFollowing.NoneCurrent))}</p>");
        noneHtml.ShouldContain("<a href=\"/programs\">Your programme</a>");
        other.ShouldBe(HttpStatusCode.NotFound);
        Text(otherHtml).ShouldContain("Your programme has no such session today: Week 1 · day 1 of 5 — Desk break");
        problem.GetProperty("detail").GetString()!.ShouldStartWith("your programme has no such session today: Week 1");
    }
}
