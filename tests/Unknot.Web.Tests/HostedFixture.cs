using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// Hosted mode as it is deployed: a throwaway PostgreSQL server and two instances of the real app on it, each a
/// process of its own on a free loopback port, sharing nothing but the database.
/// </summary>
public sealed class HostedFixture : IAsyncLifetime
{
    /// <summary>Failed sign-ins that lock an account here.</summary>
    public const int LockoutAttempts = 3;

    private readonly List<Process> _servers = [];

    public PostgresServer Postgres { get; } = new();

    public TempHome Home { get; } = new();

    /// <summary>The invitation code of the third instance.</summary>
    public const string Invitation = "clinic-2026";

    /// <summary>The two instances' addresses.</summary>
    public string[] Instances { get; private set; } = [];

    /// <summary>A third instance on the same database, where registration is by invitation.</summary>
    public string ByInvitation { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var database = Postgres.NewDatabase();
        // Both start at once, as behind a load balancer: the schema is migrated once, under the advisory lock.
        Instances = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Start(database)));
        ByInvitation = await Start(database, "--registration", "invitation", "--invitations", Invitation);
    }

    private async Task<string> Start(string database, params string[] more)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "Unknot.Web.dll"), "--hosted", "--connection", database, "--urls", url,
            "--lockout-attempts", LockoutAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture), .. more];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["UNKNOT_HOME"] = Home.Path;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        var server = new Process { StartInfo = start, EnableRaisingEvents = true };
        server.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        server.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        server.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"the hosted app exited before listening: {output}"));
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        lock (_servers)
        {
            _servers.Add(server);
        }
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return url;
    }

    /// <summary>A client of <paramref name="instance"/> that keeps no cookies of its own (the test passes them).</summary>
    public HttpClient Client(int instance) => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(Instances[instance]) };

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
            server.Dispose();
        }
        Postgres.Dispose();
        Home.Dispose();
    }
}
