using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// Two instances of the hosted app on one throwaway PostgreSQL database; a third where registration is by invitation
/// and the only proxy believed is one that is not there; and, each started on first use, a fourth behind a proxy on
/// 127.0.0.1 (so a test may forward any client address, host and scheme) with a low limit on sign-ins, and a fifth
/// with the smallest pool of connections, which lets one request at a time use the database.
/// </summary>
public sealed class HostedFixture : IAsyncLifetime
{
    /// <summary>Failed sign-ins that lock an account here.</summary>
    public const int LockoutAttempts = HostedServers.LockoutAttempts;

    /// <summary>The invitation code of the third instance.</summary>
    public const string Invitation = "clinic-2026";

    /// <summary>The proxy the third instance believes: an address of the documentation range, where no test client is.</summary>
    public const string AbsentProxy = "192.0.2.10";

    /// <summary>Sign-in attempts one client address may make in a minute on the instance behind the proxy.</summary>
    public const int SignInLimit = 4;

    private readonly HostedServers _servers = new();
    private readonly Lazy<Task<string>> _behindProxy;
    private readonly Lazy<Task<string>> _smallPool;

    public HostedFixture()
    {
        _behindProxy = new(() => _servers.StartAsync("--proxies", "127.0.0.1", "--sign-in-limit", SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _smallPool = new(() => _servers.StartAsync("--pool-size", Hosted.PoolGate.SmallestPool.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The two instances' addresses.</summary>
    public string[] Instances { get; private set; } = [];

    /// <summary>A third instance on the same database, where registration is by invitation.</summary>
    public string ByInvitation { get; private set; } = "";

    /// <summary>The instance that believes the forwarded headers of 127.0.0.1, started the first time it is asked for.</summary>
    public Task<string> BehindProxy() => _behindProxy.Value;

    /// <summary>The instance with <c>--pool-size 3</c>, started the first time it is asked for.</summary>
    public Task<string> SmallPool() => _smallPool.Value;

    public async ValueTask InitializeAsync()
    {
        // Both start at once, as behind a load balancer: the schema is migrated once, under the advisory lock.
        Instances = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => _servers.StartAsync()));
        ByInvitation = await _servers.StartAsync("--registration", "invitation", "--invitations", Invitation, "--proxies", AbsentProxy);
    }

    /// <summary>The home folder every instance shares.</summary>
    public string Home => _servers.Home.Path;

    /// <summary>What the instance at <paramref name="url"/> has logged so far.</summary>
    public string Output(string url) => _servers.Output(url);

    /// <summary>A client of <paramref name="instance"/> that keeps no cookies of its own (the test passes them).</summary>
    public HttpClient Client(int instance) => HostedServers.Client(Instances[instance]);

    public ValueTask DisposeAsync() => _servers.DisposeAsync();
}
