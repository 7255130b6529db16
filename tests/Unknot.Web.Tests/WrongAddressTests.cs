using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// A wrong address answers a person (a browser's Accept) with a page in the layout: what was not found, the nearest
/// match linked, and ways back; and a program, or anything under /api, with the problem document, same status.
/// </summary>
public sealed class WrongAddressTests : IDisposable
{
    /// <summary>What Chromium and Firefox send when a person opens an address.</summary>
    public const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly TestApp _app = new();
    private readonly HttpClient _http;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public WrongAddressTests() => _http = _app.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    internal static async Task<(HttpStatusCode Status, string? Type, string Body)> Get(HttpClient http, string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        using var response = await http.SendAsync(request, Cancel);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>The page every wrong address shows a person: 404, the layout's navigation, and links home and to the library.</summary>
    internal static string ShouldBeTheNotFoundPage((HttpStatusCode Status, string? Type, string Body) answer)
    {
        answer.Status.ShouldBe(HttpStatusCode.NotFound, answer.Body);
        answer.Type.ShouldBe("text/html", answer.Body);
        answer.Body.ShouldContain("<nav aria-label=\"Main\" id=\"main-nav\">");
        answer.Body.ShouldContain("<h1>Not found</h1>");
        answer.Body.ShouldContain("<a href=\"/\">Home</a>");
        answer.Body.ShouldContain("<a href=\"/library\">The library</a>");
        return answer.Body;
    }

    [Fact]
    public async Task A_mistyped_exercise_is_a_page_that_links_the_nearest_one()
    {
        var html = ShouldBeTheNotFoundPage(await Get(_http, "/library/lateral-neck", Browser));

        html.ShouldContain("There is no exercise <code>lateral-neck</code>.");
        html.ShouldContain("Did you mean <a href=\"/library/lateral-neck-stretch\">Lateral neck stretch</a>?");
    }

    [Theory]
    [InlineData("/play/desk-brake", "/play/desk-break")]
    [InlineData("/routines/desk-brake/print", "/routines/desk-break/print")]
    public async Task A_mistyped_routine_is_a_page_that_links_the_nearest_one_of_the_same_kind(string url, string nearest)
    {
        var html = ShouldBeTheNotFoundPage(await Get(_http, url, Browser));

        html.ShouldContain("There is no routine <code>desk-brake</code>.");
        html.ShouldContain($"Did you mean <a href=\"{nearest}\">Desk break</a>?");
    }

    [Theory]
    [InlineData("/library/nope", "There is no exercise <code>nope</code>.")]
    [InlineData("/play/nope", "There is no routine <code>nope</code>.")]
    [InlineData("/library/%20", "There is no exercise <code></code>.")]
    [InlineData("/routines/%20/print", "There is no routine <code></code>.")]
    [InlineData("/nope", "There is no page at <code>/nope</code>.")]
    [InlineData("/library/cat-cow/nope?x=1", "There is no page at <code>/library/cat-cow/nope?x=1</code>.")]
    public async Task Far_misses_and_unknown_paths_are_a_page_without_a_guess(string url, string said)
    {
        var html = ShouldBeTheNotFoundPage(await Get(_http, url, Browser));

        html.ShouldContain(said);
        html.ShouldNotContain("Did you mean");
    }

    [Theory]
    [InlineData("/library/lateral-neck", "application/json", "unknown exercise 'lateral-neck' — did you mean 'lateral-neck-stretch'?")]
    [InlineData("/play/nope", "application/json", "unknown routine 'nope' — known: ")]
    [InlineData("/routines/nope/print", null, "unknown routine 'nope'")]
    [InlineData("/nope", "*/*", null)]
    [InlineData("/api/exercises/nope", Browser, "unknown exercise 'nope'")]
    [InlineData("/api/nope", Browser, null)]
    public async Task Programs_and_the_api_still_get_the_problem_document(string url, string? accept, string? detail)
    {
        var (status, type, body) = await Get(_http, url, accept);

        status.ShouldBe(HttpStatusCode.NotFound, body);
        type.ShouldBe("application/problem+json", body);
        using var problem = System.Text.Json.JsonDocument.Parse(body);
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(404);
        if (detail is not null)
        {
            problem.RootElement.GetProperty("detail").GetString().ShouldStartWith(detail);
        }
    }

    [Fact]
    public async Task A_page_that_answers_a_mistake_itself_keeps_its_own_400()
    {
        var (status, type, body) = await Get(_http, "/play/desk-break?level=extreme", Browser);

        status.ShouldBe(HttpStatusCode.BadRequest);
        type.ShouldBe("text/html");
        body.ShouldNotContain("<h1>Not found</h1>");
    }

    [Fact]
    public async Task The_not_found_page_is_not_kept_by_the_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/library/nope");
        request.Headers.TryAddWithoutValidation("Accept", Browser);
        using var response = await _http.SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task In_hosted_mode_a_signed_in_person_gets_the_page_with_the_account_links()
    {
        await using var hosted = new HostedTestApp();
        using var client = hosted.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var account = new { email = "ann@example.org", password = "Stretch-1234-long" };
        (await client.PostAsJsonAsync("/api/account/register", account, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/account/login?useCookies=true", account, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var html = ShouldBeTheNotFoundPage(await Get(client, "/library/lateral-neck", Browser));
        var unknown = ShouldBeTheNotFoundPage(await Get(client, "/nope", Browser));
        var (status, type, _) = await Get(client, "/library/lateral-neck", "application/json");

        html.ShouldContain("Did you mean <a href=\"/library/lateral-neck-stretch\">Lateral neck stretch</a>?");
        html.ShouldContain("<a href=\"/account/logout\">Sign out</a>");
        unknown.ShouldContain("There is no page at <code>/nope</code>.");
        status.ShouldBe(HttpStatusCode.NotFound);
        type.ShouldBe("application/problem+json");
    }
}
