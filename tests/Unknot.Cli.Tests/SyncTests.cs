using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>A hosted instance of the real web app on a throwaway PostgreSQL, for <c>unknot login</c> and <c>unknot sync</c>.</summary>
public sealed class SyncServer : IAsyncLifetime
{
    private readonly HostedServers _servers = new();

    public string Url { get; private set; } = "";

    public async ValueTask InitializeAsync() => Url = await _servers.StartAsync();

    public HttpClient Client() => HostedServers.Client(Url);

    public ValueTask DisposeAsync() => _servers.DisposeAsync();
}

/// <summary>
/// <c>unknot login</c>, <c>sync</c> and <c>logout</c> run in-process against a hosted instance, as a person with a
/// laptop and an account would use them.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SyncTests(SyncServer server) : IClassFixture<SyncServer>
{
    private const string Password = "Stretch-1234";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A new account on the server; returns its email address and a Cookie header signed in to it.</summary>
    private async Task<(string Email, string Cookie)> Account()
    {
        using var http = server.Client();
        var email = $"u{Guid.NewGuid():N}"[..12] + "@example.org";
        (await http.PostAsJsonAsync("/api/account/register", new { email, password = Password }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var login = await http.PostAsJsonAsync("/api/account/login?useCookies=true", new { email, password = Password }, Cancel);
        var set = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("unknot=", StringComparison.Ordinal));
        return (email, set[..set.IndexOf(';')]);
    }

    private async Task<JsonElement> Get(string path, string cookie)
    {
        using var http = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string cookie, object? body = null)
    {
        using var http = server.Client();
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request, Cancel);
    }

    /// <summary>A CLI whose clock reads the server's day, so the sessions of both are recent to both.</summary>
    private static CliRun Cli() => new() { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) };

    [Fact]
    public async Task Login_keeps_a_token_and_not_the_password_and_sync_sends_and_brings_back_each_session_once()
    {
        var (email, cookie) = await Account();
        using var cli = Cli();
        var now = cli.Clock.GetUtcNow();
        var local = new[] { SessionRecords.Completed("desk-break", now.AddHours(-3), before: 6, after: 3), SessionRecords.Completed("cool-down", now.AddHours(-2)) };
        using (var store = SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            foreach (var session in local)
            {
                store.Save(session).ShouldBeTrue();
            }
        }
        var posted = await Send(HttpMethod.Post, "/api/sessions", cookie, new { routine = "warm-up", painBefore = 4 });
        posted.StatusCode.ShouldBe(HttpStatusCode.Created);
        var remote = (await posted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();

        cli.Typed.Enqueue(Password);
        cli.Run($"login {server.Url} --email {email}").ShouldBe(0, cli.Err);

        cli.Out.ShouldContain($"Signed in to {server.Url}.");
        var kept = Path.Combine(cli.Home.Path, "server.json");
        File.GetUnixFileMode(kept).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, "only its owner may read the token");
        var file = File.ReadAllText(kept);
        file.ShouldContain("\"token\": \"unk_");
        file.ShouldNotContain(Password);
        (await Get("/api/account/tokens", cookie)).EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(["unknot on test-laptop"]);

        cli.Run("sync").ShouldBe(0, cli.Err);

        cli.Out.ShouldContain($"Sent 2 new sessions to {server.Url} (0 already there); brought back 1 new session (2 already here).");
        var there = (await Get("/api/sessions", cookie)).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToArray();
        there.Order().ShouldBe(local.Select(s => s.Id).Append(remote).Order());
        (await Get($"/api/sessions/{local[0].Id}", cookie)).GetProperty("painAfter").GetInt32().ShouldBe(3);
        using (var store = SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            store.AllSessions().Select(s => s.Id).Order().ShouldBe(there.Order());
            store.Find(remote).ShouldNotBeNull().PainBefore!.Value.Value.ShouldBe(4);
        }

        // Again, and again after a cut-off: nothing is doubled and nothing lost.
        cli.Run("sync").ShouldBe(0, cli.Err);

        cli.Out.ShouldContain($"Sent 0 new sessions to {server.Url} (3 already there); brought back 0 new sessions (3 already here).");
        (await Get("/api/sessions", cookie)).GetArrayLength().ShouldBe(3);
        using (var store = SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            store.AllSessions().Count().ShouldBe(3);
        }
    }

    [Fact]
    public async Task A_revoked_token_stops_sync_with_one_line_and_logout_revokes_the_token_it_made()
    {
        var (email, cookie) = await Account();
        using var cli = Cli();
        var made = await Send(HttpMethod.Post, "/api/account/tokens", cookie, new { name = "pasted" });
        var token = await made.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        cli.Run($"login {server.Url}/ --token {token.GetProperty("token").GetString()}").ShouldBe(0, cli.Err);
        cli.Run("sync").ShouldBe(0, cli.Err);
        (await Send(HttpMethod.Delete, $"/api/account/tokens/{token.GetProperty("id").GetString()}", cookie)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        cli.Run("sync").ShouldBe(1);

        cli.Err.Trim().ShouldBe($"unknot: {server.Url} refused the token (revoked, or the account is gone); run 'unknot login {server.Url}' again");

        cli.Typed.Enqueue(Password);
        cli.Run($"login {server.Url} --email {email}").ShouldBe(0, cli.Err);
        (await Get("/api/account/tokens", cookie)).GetArrayLength().ShouldBe(1);
        cli.Run("logout").ShouldBe(0, cli.Err);

        cli.Out.ShouldContain($"Signed out of {server.Url}: its token is revoked and forgotten.");
        (await Get("/api/account/tokens", cookie)).GetArrayLength().ShouldBe(0);
        File.Exists(Path.Combine(cli.Home.Path, "server.json")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("login http://unknot.example.org --email a@example.org", 2, "URL: http://unknot.example.org is plain http: the password and token would cross the network readable; use https://unknot.example.org")]
    [InlineData("login unknot.example.org --email a@example.org", 2, "URL: 'unknot.example.org' is not a server address; give one such as https://unknot.example.org")]
    [InlineData("login https://unknot.example.org --token abc", 2, "--token: an access token starts with 'unk_'; make one on https://unknot.example.org/account/tokens")]
    [InlineData("sync", 2, "not signed in to a server; run 'unknot login https://your-server' first")]
    [InlineData("logout", 2, "not signed in to a server; run 'unknot login https://your-server' first")]
    public void Bad_input_gets_one_line_and_exit_code_2_and_nothing_is_kept(string command, int code, string error)
    {
        using var cli = Cli();
        cli.Typed.Enqueue(Password);

        cli.Run(command).ShouldBe(code);

        cli.Err.Trim().ShouldBe(error);
        File.Exists(Path.Combine(cli.Home.Path, "server.json")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_as_bad_input_and_a_server_that_does_not_answer_in_one_line()
    {
        var (email, _) = await Account();
        using var cli = Cli();
        cli.Typed.Enqueue("Wrong-password-1");

        cli.Run($"login {server.Url} --email {email}").ShouldBe(2);

        cli.Err.Trim().ShouldBe("the server refused that email address and password");
        File.Exists(Path.Combine(cli.Home.Path, "server.json")).ShouldBeFalse();

        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closed = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        cli.Typed.Enqueue(Password);
        cli.Run($"login {closed} --email {email}").ShouldBe(1);
        cli.Err.ShouldContain($"unknot: cannot reach {closed}: ");
        cli.Err.Trim().Split('\n').Length.ShouldBe(2, "one line for each refusal");
    }
}
