using System.Net;

namespace Unknot.Web.Tests;

/// <summary>Forwarded headers are believed from the proxies named in --proxies only.</summary>
public sealed partial class HostedTests
{
    private static readonly (string, string)[] Forged =
        [("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.9")];

    [Theory]
    [InlineData("without --proxies")]
    [InlineData("with --proxies naming another address")]
    public async Task Forwarded_headers_from_a_client_that_is_not_a_listed_proxy_change_neither_redirects_nor_the_cross_site_check(string instance)
    {
        var url = instance == "without --proxies" ? hosted.Instances[0] : hosted.ByInvitation;
        var ann = await SignUp(0, NewEmail());
        using var client = Unknot.Testing.HostedServers.Client(url);

        var page = await Send(client, HttpMethod.Get, "/history", headers: Forged);
        var write = await Send(client, HttpMethod.Post, "/api/sessions", new { routine = "desk-break" }, ann, headers: [.. Forged, ("Origin", "https://evil.example")]);

        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.GetLeftPart(UriPartial.Authority).ShouldBe(url, "the redirect stays on the address the client asked");
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await Send(client, HttpMethod.Get, "/api/sessions", cookie: ann)).Content.ReadAsStringAsync(Cancel)).ShouldBe("[]");
    }

    [Fact]
    public async Task A_listed_proxy_gives_the_public_host_and_scheme_and_the_cross_site_check_compares_with_them()
    {
        var url = await hosted.BehindProxy();
        var ann = await SignUp(0, NewEmail());
        using var client = Unknot.Testing.HostedServers.Client(url);
        (string, string)[] proxied = [("X-Forwarded-Host", "unknot.example.org"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.10")];

        var page = await Send(client, HttpMethod.Get, "/history", headers: proxied);
        var own = await Send(client, HttpMethod.Post, "/api/sessions", new { routine = "desk-break" }, ann, headers: [.. proxied, ("Origin", "https://unknot.example.org")]);
        var other = await Send(client, HttpMethod.Post, "/api/sessions", new { routine = "desk-break" }, ann, headers: [.. proxied, ("Origin", "https://evil.example")]);

        page.Headers.Location!.GetLeftPart(UriPartial.Authority).ShouldBe("https://unknot.example.org");
        own.StatusCode.ShouldBe(HttpStatusCode.Created);
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
