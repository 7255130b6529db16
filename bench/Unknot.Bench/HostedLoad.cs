using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Unknot.Testing;

namespace Unknot.Bench;

/// <summary>
/// The hosted load run: a throwaway PostgreSQL, two instances of the web app in hosted mode on it, and many users
/// signed in with bearer tokens recording sessions from a number of connections, each request sent to the two
/// instances in turn; one request in ten is sent again to the other instance, as a phone retrying after a lost
/// answer would. The same load against personal mode (SQLite, one user, no accounts) is the baseline. Afterwards
/// every user's sessions are read back and compared with what was acknowledged: none may be lost, doubled or
/// anyone else's.
/// </summary>
internal static class HostedLoad
{
    private const string Password = "Stretch-1234";

    private sealed record Outcome(double PerSecond, double P99, int Failed, int Acknowledged);

    public static async Task<int> Run(string webApp, string baselineUrl, int users, int connections, int seconds)
    {
        await using var servers = new HostedServers(webApp);
        var instances = await Task.WhenAll(servers.StartAsync(), servers.StartAsync());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        // Accounts are made four at a time: each sign-up and sign-in hashes the password (deliberately slow).
        var tokens = new string[users];
        using (var gate = new SemaphoreSlim(4))
        {
            await Task.WhenAll(Enumerable.Range(0, users).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var email = $"load{i}-{Guid.NewGuid():N}"[..20] + "@example.org";
                    var instance = instances[i % 2];
                    (await http.PostAsJsonAsync($"{instance}/api/account/register", new { email, password = Password })).EnsureSuccessStatusCode();
                    var login = await http.PostAsJsonAsync($"{instance}/api/account/login", new { email, password = Password });
                    login.EnsureSuccessStatusCode();
                    tokens[i] = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        Console.Error.WriteLine($"{users} users signed in; the load starts");
        var acknowledged = Enumerable.Range(0, users).Select(_ => new ConcurrentBag<Guid>()).ToArray();
        var retried = 0;
        // A warm-up of the same load (JIT, pools, caches), then the measured run; the same for the baseline.
        await Load(http, instances, tokens, acknowledged, connections, Math.Max(1, seconds / 3), () => Interlocked.Increment(ref retried));
        var hosted = await Load(http, instances, tokens, acknowledged, connections, seconds, () => Interlocked.Increment(ref retried));
        Console.Error.WriteLine("the baseline load starts");
        var personalAcks = new[] { new ConcurrentBag<Guid>() };
        await Load(http, [baselineUrl], [null], personalAcks, connections, Math.Max(1, seconds / 3), () => { });
        var personal = await Load(http, [baselineUrl], [null], personalAcks, connections, seconds, () => { });

        // Every user's sessions, read back through the other instance than most were written to.
        int lost = 0, doubled = 0, foreign = 0, extra = 0, stored = 0;
        var owner = new Dictionary<Guid, int>();
        for (var i = 0; i < users; i++)
        {
            foreach (var id in acknowledged[i])
            {
                owner[id] = i;
            }
        }
        for (var i = 0; i < users; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{instances[(i + 1) % 2]}/api/export?only=sessions");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i]);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var export = await response.Content.ReadFromJsonAsync<JsonElement>();
            var ids = export.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToArray();
            stored += ids.Length;
            var mine = acknowledged[i].ToHashSet();
            doubled += ids.Length - ids.Distinct().Count();
            lost += mine.Count(id => !ids.Contains(id));
            foreign += ids.Count(id => owner.TryGetValue(id, out var o) && o != i);
            // Stored without an acknowledgement: a request whose answer was cut off (none are expected here).
            extra += ids.Distinct().Count(id => !mine.Contains(id) && !owner.ContainsKey(id));
        }

        var acked = acknowledged.Sum(a => a.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hosted {hosted.PerSecond:0} {hosted.P99:0.00} {hosted.Failed} personal {personal.PerSecond:0} {personal.P99:0.00} {personal.Failed} " +
            $"users {users} acknowledged {acked} stored {stored} lost {lost} doubled {doubled} foreign {foreign} unacknowledged {extra} retried {retried}"));
        return lost == 0 && doubled == 0 && foreign == 0 && hosted.Failed == 0 && acked > 0 ? 0 : 1;
    }

    /// <summary>
    /// <paramref name="connections"/> workers posting new sessions for <paramref name="seconds"/>, each request for
    /// the next user on the next instance; every tenth is sent again to the other instance and must answer 200.
    /// </summary>
    private static async Task<Outcome> Load(HttpClient http, string[] instances, string?[] tokens, ConcurrentBag<Guid>[] acknowledged,
        int connections, int seconds, Action retry)
    {
        var latencies = new ConcurrentBag<double>();
        var failed = 0;
        var counter = 0;
        var count = 0;
        var watch = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            while (watch.Elapsed < end)
            {
                var n = Interlocked.Increment(ref counter);
                var user = n % tokens.Length;
                var id = Guid.NewGuid();
                var (status, ms) = await Post(http, instances[n % instances.Length], tokens[user], id);
                latencies.Add(ms);
                Interlocked.Increment(ref count);
                if (status != HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref failed);
                    continue;
                }
                acknowledged[user].Add(id);
                if (n % 10 == 0)
                {
                    retry();
                    var (again, againMs) = await Post(http, instances[(n + 1) % instances.Length], tokens[user], id);
                    latencies.Add(againMs);
                    Interlocked.Increment(ref count);
                    if (again != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            }
        })));
        var elapsed = watch.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        return new Outcome(count / elapsed, sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(sorted.Length * 0.99) - 1)], failed, count);
    }

    private static async Task<(HttpStatusCode Status, double Ms)> Post(HttpClient http, string instance, string? token, Guid id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{instance}/api/sessions")
        {
            Content = new StringContent($$"""{"id":"{{id}}","routine":"desk-break"}""", Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            return (response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (0, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
