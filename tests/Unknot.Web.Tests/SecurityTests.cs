using System.Net;
using System.Text;

namespace Unknot.Web.Tests;

/// <summary>Personal mode against forged requests: other sites, rebound host names, content types that need no preflight.</summary>
public sealed class SecurityTests : IDisposable
{
    private const string Session = """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11","routine":"desk-break"}""";
    private readonly TestApp _app = new();
    private readonly HttpClient _http;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public SecurityTests() => _http = _app.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    private async Task<HttpResponseMessage> Post(string path, string body, string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await _http.SendAsync(request, Cancel);
    }

    private async Task<int> StoredSessions()
    {
        using var response = await _http.GetAsync("/api/sessions", Cancel);
        return (await TestApp.Read(response)).GetArrayLength();
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "http://localhost:8000")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_change_sent_from_another_site_is_refused_and_nothing_is_stored(string header, string value)
    {
        using var sessions = await Post("/api/sessions", Session, headers: (header, value));
        using var import = await Post("/api/import", """{"format":"unknot-export","version":1,"exportedAt":"2026-01-01T00:00:00Z","exercises":[],"routines":[],"settings":{"level":"deep"},"sessions":[]}""", headers: (header, value));
        using var setting = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/settings/level")
        {
            Content = new StringContent("""{"value":"deep"}""", Encoding.UTF8, "application/json"),
            Headers = { { header, value } },
        }, Cancel);

        using var programme = await Post("/api/program", """{"program":"desk-worker-4-weeks"}""", headers: (header, value));
        using var form = await Post("/programs?handler=Start", "program=desk-worker-4-weeks", "application/x-www-form-urlencoded", (header, value));

        sessions.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        import.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        programme.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        form.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using (var followed = await _http.GetAsync("/api/program", Cancel))
        {
            followed.StatusCode.ShouldBe(HttpStatusCode.NotFound, "no programme was started");
        }
        setting.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sessions.Content.ReadAsStringAsync(Cancel)).ShouldContain("refused");
        (await StoredSessions()).ShouldBe(0);
        using var settings = await _http.GetAsync("/api/settings", Cancel);
        (await settings.Content.ReadAsStringAsync(Cancel)).ShouldNotContain("\"deep\"");
    }

    [Fact]
    public async Task A_programme_is_neither_paused_nor_stopped_from_another_site()
    {
        using var started = await Post("/api/program", """{"program":"desk-worker-4-weeks"}""");
        started.StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var path in new[] { "/api/program/pause", "/api/program/stop", "/programs?handler=Pause", "/programs?handler=Stop" })
        {
            using var refused = await Post(path, "", "application/x-www-form-urlencoded", ("Sec-Fetch-Site", "cross-site"));
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }

        using var followed = await _http.GetAsync("/api/program", Cancel);
        (await TestApp.Read(followed)).GetProperty("status").GetString().ShouldBe("active");
    }

    [Fact]
    public async Task Its_own_pages_scripts_and_curl_keep_working()
    {
        using var samePage = await Post("/api/sessions", Session, headers: [("Origin", "http://localhost"), ("Sec-Fetch-Site", "same-origin")]);
        using var script = await Post("/api/sessions", Session.Replace("9c11", "9c12"));

        samePage.StatusCode.ShouldBe(HttpStatusCode.Created);
        script.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await StoredSessions()).ShouldBe(2);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public async Task A_body_a_form_on_another_page_could_send_without_asking_is_refused(string contentType)
    {
        using var response = await Post("/api/sessions", Session, contentType);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await StoredSessions()).ShouldBe(0);
    }

    [Fact]
    public async Task A_routine_name_cannot_close_the_players_setup_script()
    {
        const string name = "</script><script>alert(1)</script>";
        using var created = await Post("/api/routines", $$"""{"id":"sneaky","name":"{{name.Replace("/", "\\/")}}","items":[{"exercise":"chest-stretch"}]}""");
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        using var page = await _http.GetAsync("/play/sneaky", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);

        html.ShouldNotContain("<script>alert(1)");
        var setup = System.Text.RegularExpressions.Regex.Match(html, "<script type=\"application/json\" id=\"setup\">(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        setup.Success.ShouldBeTrue();
        System.Text.Json.JsonDocument.Parse(setup.Groups[1].Value).RootElement.GetProperty("routine").GetProperty("name").GetString().ShouldBe(name);
    }

    [Theory]
    [InlineData("evil.example", false)]
    [InlineData("evil.example:5080", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("localhost:5080", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.2:5080", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("[::ffff:7f00:1]:5080", true)]
    public async Task Only_loopback_hosts_are_answered_as_the_addresses_listened_on_are_judged(string host, bool loopback)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/export");
        request.Headers.Host = host;

        using var response = await _http.SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(loopback ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Cancel)).Contains("unknot-export", StringComparison.Ordinal).ShouldBe(loopback);
        (PersonalMode.CheckListenAddress($"http://{host}") is null).ShouldBe(loopback);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/exercises")]
    [InlineData("/history")]
    [InlineData("/no-such-page")]
    public async Task Every_response_forbids_inline_script_framing_and_sniffing(string path)
    {
        using var response = await _http.GetAsync(path, Cancel);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);
        directives["script-src"].ShouldBe("'self'");
        directives["frame-ancestors"].ShouldBe("'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
    }

    [Theory]
    [InlineData("/measure")]
    [InlineData("/play/desk-break")]
    public async Task The_pages_that_measure_alone_may_compile_webassembly_and_still_run_no_script_from_strings(string path)
    {
        using var response = await _http.GetAsync(path, Cancel);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);
        directives["script-src"].ShouldBe("'self' 'wasm-unsafe-eval'");
        directives["connect-src"].ShouldBe("'self'", "the model comes from this origin only");
        directives["frame-ancestors"].ShouldBe("'none'");
    }

    [Theory]
    [InlineData("http://0.0.0.0:5099")]
    [InlineData("http://*:5099")]
    [InlineData("http://+:5099")]
    [InlineData("http://192.168.1.20:5099")]
    [InlineData("http://127.0.0.1:5099;http://[::]:5099")]
    public void Personal_mode_will_not_listen_beyond_this_computer(string url)
    {
        PersonalMode.CheckListenAddress(url).ShouldStartWith("personal mode serves this computer only");
        Should.Throw<ListenAddressException>(() => WebApp.Create(["--urls", url]));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5099")]
    [InlineData("http://localhost:5099")]
    [InlineData("http://[::1]:5099")]
    [InlineData("http://127.0.0.2:5099")]
    [InlineData("http://[::ffff:127.0.0.1]:5099")]
    public void Loopback_addresses_are_fine(string url) => PersonalMode.CheckListenAddress(url).ShouldBeNull();
}
