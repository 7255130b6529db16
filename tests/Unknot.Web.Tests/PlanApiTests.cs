using System.Net;

namespace Unknot.Web.Tests;

/// <summary>Planning over the API: a routine for a request, or why there is none, or why it falls short.</summary>
public sealed class PlanApiTests : IDisposable
{
    private readonly TestApi _api = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Plan_answers_with_a_routine_and_its_timeline_or_a_400_saying_why()
    {
        var (ok, plan) = await _api.Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk","focus":["neck"],"goal":"desk-break","seed":3}""");
        var (unmet, why) = await _api.Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk","focus":["lats"]}""");
        var (bad, field) = await _api.Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"moon"}""");

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
        var (ok, plan) = await _api.Send(HttpMethod.Post, "/api/plan", """{"minutes":120,"place":"gym"}""");
        var (_, full) = await _api.Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk"}""");
        var (bad, field) = await _api.Send(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk","sets":9}""");

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
        var page = await _api.Http.GetStringAsync("/routines?minutes=120&place=gym", Cancel);
        page.ShouldContain(System.Net.WebUtility.HtmlEncode(shortfall.GetProperty("message").GetString()!));
        var query = offers[0].GetProperty("query").GetString()!;
        page.ShouldContain(System.Net.WebUtility.HtmlEncode($"/routines?{query}#plan"));
        var offered = await _api.Http.GetStringAsync($"/routines?{query}", Cancel);
        offered.ShouldContain($"{Unknot.Text.Durations.Clock(offers[0].GetProperty("seconds").GetInt32())} of 2:00:00");
        offered.ShouldContain("4 sets of each");
    }
}
