using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Unknot.Web.Tests;

/// <summary>
/// The real web app as a process of its own on a loopback port, over a given home folder; it can be stopped and
/// started again on the same address (the same origin, for a browser), with other arguments (another web root: a new
/// deployment).
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private Process? _server;

    private WebProcess(string url, string home)
    {
        Url = url;
        Home = home;
    }

    public string Url { get; }

    public string Home { get; }

    /// <summary>A free loopback port, for a server that will listen on it.</summary>
    public static string FreeAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    public static async Task<WebProcess> StartAsync(string home, string? url = null, params string[] args)
    {
        var web = new WebProcess(url ?? FreeAddress(), home);
        await web.StartAsync(args);
        return web;
    }

    /// <summary>Starts the app (again), ready when Kestrel says it listens: an event in its output, not an amount of time.</summary>
    public async Task StartAsync(params string[] args)
    {
        if (_server is { HasExited: false })
        {
            throw new InvalidOperationException("the web app is already running");
        }
        var start = StartInfo(Url, Home, args);
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new Process { StartInfo = start, EnableRaisingEvents = true };
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        server.ErrorDataReceived += (_, _) => { };
        server.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("the web app exited before listening"));
        _server?.Dispose();
        _server = server;
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Runs the app on <paramref name="url"/> until it ends by itself (it could not start), with what it wrote.</summary>
    public static async Task<(int Code, string Output, string Error)> RunToEndAsync(string home, string url)
    {
        using var web = Process.Start(StartInfo(url, home, []))!;
        var output = web.StandardOutput.ReadToEndAsync();
        var error = web.StandardError.ReadToEndAsync();
        await web.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (web.ExitCode, await output, await error);
    }

    private static ProcessStartInfo StartInfo(string url, string home, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Unknot.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["UNKNOT_HOME"] = home;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    /// <summary>Stops the app: nothing answers on its address any more.</summary>
    public async Task StopAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _server?.Dispose();
    }
}
