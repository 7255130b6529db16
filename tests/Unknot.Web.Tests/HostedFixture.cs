using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>Two instances of the hosted app on one throwaway PostgreSQL database, and a third where registration is by invitation.</summary>
public sealed class HostedFixture : IAsyncLifetime
{
    /// <summary>Failed sign-ins that lock an account here.</summary>
    public const int LockoutAttempts = HostedServers.LockoutAttempts;

    /// <summary>The invitation code of the third instance.</summary>
    public const string Invitation = "clinic-2026";

    private readonly HostedServers _servers = new();

    /// <summary>The two instances' addresses.</summary>
    public string[] Instances { get; private set; } = [];

    /// <summary>A third instance on the same database, where registration is by invitation.</summary>
    public string ByInvitation { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        // Both start at once, as behind a load balancer: the schema is migrated once, under the advisory lock.
        Instances = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => _servers.StartAsync()));
        ByInvitation = await _servers.StartAsync("--registration", "invitation", "--invitations", Invitation);
    }

    /// <summary>The home folder every instance shares.</summary>
    public string Home => _servers.Home.Path;

    /// <summary>A client of <paramref name="instance"/> that keeps no cookies of its own (the test passes them).</summary>
    public HttpClient Client(int instance) => HostedServers.Client(Instances[instance]);

    public ValueTask DisposeAsync() => _servers.DisposeAsync();
}
