using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// Two instances with small pools on a PostgreSQL server that takes few connections, as the sum rule of
/// docs/hosting.md sizes them: <c>instances × --pool-size + headroom ≤ max_connections</c>.
/// </summary>
public sealed class HostedDatabaseFixture : IAsyncLifetime
{
    /// <summary>The most connections the server takes.</summary>
    public const int MaxConnections = 20;

    /// <summary>Connections per instance: two of them, and room to spare.</summary>
    public const int PoolSize = 6;

    private readonly HostedServers _servers = new(postgres: PostgresServer.Taking(MaxConnections));

    public string[] Instances { get; private set; } = [];

    public PostgresServer Postgres => _servers.Postgres;

    public async ValueTask InitializeAsync() =>
        Instances = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => _servers.StartAsync("--pool-size", PoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public ValueTask DisposeAsync() => _servers.DisposeAsync();
}

/// <summary>The database under load, and away: every answer is a success or a 503 with Retry-After, never a 500.</summary>
public sealed class HostedDatabaseTests(HostedDatabaseFixture hosted) : IClassFixture<HostedDatabaseFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A new account through <paramref name="client"/>, signed in with a cookie; returns the Cookie header to send.</summary>
    private static async Task<string> SignUp(HttpClient client)
    {
        var email = $"d{Guid.NewGuid():N}"[..12] + "@example.org";
        (await client.PostAsJsonAsync("/api/account/register", new { email, password = "Stretch-1234" }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var login = await client.PostAsJsonAsync("/api/account/login?useCookies=true", new { email, password = "Stretch-1234" }, Cancel);
        var set = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("unknot=", StringComparison.Ordinal));
        return set[..set.IndexOf(';')];
    }

    /// <summary>A signed-in read or write, alternately; returns the status and whether Retry-After came with it.</summary>
    private static async Task<(int Status, bool RetryAfter)> Use(HttpClient client, string cookie, int i)
    {
        using var request = i % 2 == 0
            ? new HttpRequestMessage(HttpMethod.Get, "/api/sessions?limit=5")
            : new HttpRequestMessage(HttpMethod.Post, "/api/sessions") { Content = JsonContent.Create(new { routine = "desk-break" }) };
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, Cancel);
        return ((int)response.StatusCode, response.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task Two_instances_with_small_pools_answer_a_hundred_requests_at_once_each_without_a_500()
    {
        var answers = new ConcurrentBag<int>();
        await Task.WhenAll(hosted.Instances.Select(async url =>
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 100 }) { BaseAddress = new Uri(url) };
            await Ready(client);
            var cookies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SignUp(client)));
            await Task.WhenAll(Enumerable.Range(0, 100).Select(async i => answers.Add((await Use(client, cookies[i % cookies.Length], i)).Status)));
        }));

        answers.Count.ShouldBe(200);
        answers.GroupBy(status => status).ToDictionary(g => g.Key, g => g.Count()).Keys.ShouldBe([200, 201], ignoreOrder: true);
    }

    [Fact]
    public async Task While_the_database_is_away_signed_in_requests_answer_503_with_retry_after_and_all_work_again_once_it_is_back()
    {
        using var client = new HttpClient { BaseAddress = new Uri(hosted.Instances[0]) };
        var cookies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SignUp(client)));
        var answers = new ConcurrentBag<(int Status, bool RetryAfter)>();
        using var stop = new CancellationTokenSource();
        // Four clients keep reading and writing while the server stops and starts again.
        var load = Task.WhenAll(Enumerable.Range(0, 4).Select(async worker =>
        {
            for (var i = 0; i < 2000 && !stop.IsCancellationRequested; i++)
            {
                answers.Add(await Use(client, cookies[worker % cookies.Length], worker + i));
            }
        }));

        await Task.Run(hosted.Postgres.Stop, Cancel);
        var down = new List<(int Status, bool RetryAfter)>();
        for (var i = 0; i < 10; i++)
        {
            down.Add(await Use(client, cookies[0], i));
        }
        var alive = await Send(client, "/healthz", cookies[0]);
        var ready = await Send(client, "/readyz", null);
        var readySignedIn = await Send(client, "/readyz", cookies[0]);
        var signIn = await client.PostAsJsonAsync("/api/account/login", new { email = "nobody@example.org", password = "Stretch-1234" }, Cancel);
        await Task.Run(hosted.Postgres.Start, Cancel);
        var tries = 0;
        while ((await Use(client, cookies[1], 0)).Status != 200 && ++tries < 500)
        {
        }
        var after = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            after.Add((await Use(client, cookies[2], i)).Status);
        }
        var readyAgain = await Send(client, "/readyz", cookies[0]);
        await stop.CancelAsync();
        await load;

        down.ShouldAllBe(answer => answer.Status == 503 && answer.RetryAfter);
        alive.StatusCode.ShouldBe(HttpStatusCode.OK, "the process is alive");
        foreach (var answer in new[] { ready, readySignedIn, signIn })
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            answer.Headers.RetryAfter.ShouldNotBeNull();
        }
        (await ready.Content.ReadAsStringAsync(Cancel)).ShouldContain("cannot be reached");
        tries.ShouldBeLessThan(500, "it works again once the database is back");
        after.ShouldAllBe(status => status == 200 || status == 201);
        readyAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
        answers.Where(a => a.Status >= 300).ShouldAllBe(a => a.Status == 503 && a.RetryAfter, string.Join(", ", answers.Where(a => a.Status >= 300 && a.Status != 503).Take(5)));
    }

    /// <summary>
    /// Returns once the instance answers /readyz: after the other test restarted the server, an instance meets the
    /// connections it ended once (and answers that one request with 503), then opens new ones.
    /// </summary>
    private static async Task Ready(HttpClient client)
    {
        for (var tries = 0; (await Send(client, "/readyz", null)).StatusCode != HttpStatusCode.OK; tries++)
        {
            tries.ShouldBeLessThan(100, "the instance is ready");
        }
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string path, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return await client.SendAsync(request, Cancel);
    }
}
