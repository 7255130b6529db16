using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// The real app started as a process on a free loopback port over a temporary home, and Debian's Chromium
/// driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private Process? _server;
    private IPlaywright? _playwright;

    public TempHome Home { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: outside the repository, for a person to look at.</summary>
    public string Screenshots { get; } = Path.Combine(Path.GetTempPath(), "unknot-screenshots");

    public async ValueTask InitializeAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Unknot.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        start.Environment["UNKNOT_HOME"] = Home.Path;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Ready when Kestrel says so: an event in its output, not an amount of time.
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server = new Process { StartInfo = start };
        _server.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        _server.ErrorDataReceived += (_, _) => { };
        _server.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("the web app exited before listening"));
        _server.EnableRaisingEvents = true;
        _server.Start();
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task<IPage> NewPage(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        Home.Dispose();
    }
}
