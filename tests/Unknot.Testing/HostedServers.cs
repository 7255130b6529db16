using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Unknot.Testing;

/// <summary>
/// Hosted mode as it is deployed: a throwaway PostgreSQL server and instances of the real web app on it, each a
/// process of its own on a free loopback port (run from the test's folder, where its build output is), sharing
/// nothing but the database.
/// </summary>
public sealed class HostedServers : IAsyncDisposable
{
    /// <summary>Failed sign-ins that lock an account here.</summary>
    public const int LockoutAttempts = 3;

    /// <summary>
    /// Sign-in attempts one address may make in a minute here: every test signs in from 127.0.0.1, so this is high;
    /// an instance that tests the limit sets its own.
    /// </summary>
    public const int SignInLimit = 100_000;

    private readonly List<Process> _servers = [];
    private readonly Dictionary<string, System.Text.StringBuilder> _outputs = [];
    private readonly Lazy<string> _database;
    private readonly string _webApp;

    /// <summary>
    /// Instances of <paramref name="webApp"/> (by default the Unknot.Web.dll beside the running program), on
    /// <paramref name="postgres"/> (by default a server of their own), which they dispose.
    /// </summary>
    public HostedServers(string? webApp = null, PostgresServer? postgres = null)
    {
        Postgres = postgres ?? new PostgresServer();
        _database = new(() => Postgres.NewDatabase());
        _webApp = webApp ?? Path.Combine(AppContext.BaseDirectory, "Unknot.Web.dll");
    }

    public PostgresServer Postgres { get; }

    public TempHome Home { get; } = new();

    /// <summary>Starts an instance on the shared database with <paramref name="more"/> options; returns its address once it listens.</summary>
    public async Task<string> StartAsync(params string[] more)
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
            WorkingDirectory = Path.GetDirectoryName(_webApp)!,
        };
        string[] arguments = [_webApp, "--hosted", "--connection", _database.Value, "--urls", url,
            "--lockout-attempts", LockoutAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--sign-in-limit", SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), .. more];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["UNKNOT_HOME"] = Home.Path;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // "Now listening on" says the instance is ready, even where the caller turned the other logs down.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
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
            _outputs[url] = output;
        }
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return url;
    }

    /// <summary>What the instance at <paramref name="url"/> has written to its standard output and error so far.</summary>
    public string Output(string url)
    {
        System.Text.StringBuilder output;
        lock (_servers)
        {
            output = _outputs[url];
        }
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>A client of <paramref name="url"/> that keeps no cookies of its own (the test passes them).</summary>
    public static HttpClient Client(string url) => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };

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
