using Microsoft.Playwright;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// The real app started as a process on a free loopback port over a temporary home, and Debian's Chromium
/// driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private WebProcess? _server;
    private IPlaywright? _playwright;

    public TempHome Home { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: outside the repository, for a person to look at.</summary>
    public string Screenshots { get; } = Path.Combine(Path.GetTempPath(), "unknot-screenshots");

    public async ValueTask InitializeAsync()
    {
        _server = await WebProcess.StartAsync(Home.Path);
        BaseUrl = _server.Url;
        await Welcomed(BaseUrl);

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>
    /// Answers the first-run welcome for the person at <paramref name="url"/> (no part in particular), as someone who
    /// has used Unknot before: the pages then show what they show every day. The welcome's own tests start without.
    /// </summary>
    public static async Task Welcomed(string url)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var answered = await http.PutAsync("/api/settings/focus", System.Net.Http.Json.JsonContent.Create(new { value = "all" }));
        answered.EnsureSuccessStatusCode();
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
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Home.Dispose();
    }
}
