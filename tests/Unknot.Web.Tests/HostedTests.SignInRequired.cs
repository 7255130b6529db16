using System.Net;
using System.Text.Json;

namespace Unknot.Web.Tests;

/// <summary>
/// Hosted mode asks a stranger to sign in before anything of a person's: every operation of the OpenAPI document (the
/// programme's among them) answers 401 with a problem, and every page goes to the sign-in form, but for the sign-in
/// pages and the account API's own ways in.
/// </summary>
public sealed partial class HostedTests
{
    /// <summary>The account operations made for people not signed in yet (Identity's, but those under /manage).</summary>
    private static bool WayIn(string path) =>
        path.StartsWith("/api/account/", StringComparison.Ordinal) && !path.Contains("/manage", StringComparison.Ordinal)
        && !path.StartsWith("/api/account/tokens", StringComparison.Ordinal) && path != "/api/account/logout";

    [Fact]
    public async Task Every_endpoint_and_page_but_the_ways_in_asks_a_stranger_to_sign_in_first()
    {
        using var client = hosted.Client(1);
        var cookie = await SignUp(1, NewEmail());
        using var document = JsonDocument.Parse(await (await Send(client, HttpMethod.Get, "/openapi/v1.json", cookie: cookie)).Content.ReadAsStringAsync(Cancel));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Method: new HttpMethod(m.Name.ToUpperInvariant()), Path: p.Name)))
            .Where(o => !WayIn(o.Path))
            .ToArray();
        var failures = new List<string>();

        foreach (var (method, path) in operations)
        {
            var address = path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{key}", "level", StringComparison.Ordinal);
            using var response = await Send(client, method, address, method == HttpMethod.Get || method == HttpMethod.Delete ? null : new { });
            if (response.StatusCode != HttpStatusCode.Unauthorized || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode}");
            }
        }
        foreach (var page in IsolationSweepTests.PageRoutes().Except(["/account/login", "/account/register", "/error"]))
        {
            var address = page.Replace("{id}", "desk-break", StringComparison.Ordinal);
            using var response = await Send(client, HttpMethod.Get, address);
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } to || new Uri(client.BaseAddress!, to).AbsolutePath != "/account/login")
            {
                failures.Add($"page {page}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        using var programme = await Send(client, HttpMethod.Post, "/programs?handler=Pause");

        operations.Select(o => $"{o.Method} {o.Path}").ShouldContain("POST /api/program/pause");
        operations.Select(o => $"{o.Method} {o.Path}").ShouldContain("GET /api/program/calendar.ics");
        IsolationSweepTests.PageRoutes().ShouldContain("/programs");
        programme.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a form sent by a stranger goes to the sign-in form too");
        failures.ShouldBeEmpty();
    }
}
