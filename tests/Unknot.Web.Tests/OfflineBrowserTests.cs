using System.Text.Json;
using Microsoft.Playwright;
using Unknot.Testing;
using static Microsoft.Playwright.Assertions;

namespace Unknot.Web.Tests;

/// <summary>
/// Unknot with no network, in Chromium: each test has a server of its own that it stops (nothing answers on its
/// address, and the browser is told it is offline) and starts again on the same address. Time in the page is
/// Playwright's fake clock.
/// </summary>
public sealed class OfflineBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Installing the worker fetches every page it keeps: longer than an ordinary wait.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Installing = new() { Timeout = 60_000 };

    private async Task<IBrowserContext> Context(string url) =>
        await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

    /// <summary>Waits until the service worker has kept its pages and serves this page's requests.</summary>
    private static Task KeptOnThisDevice(IPage page) =>
        page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new PageWaitForFunctionOptions { Timeout = 60_000 });

    [Fact]
    public async Task A_routine_plays_to_the_end_offline_waits_in_history_and_lands_there_once_when_the_network_is_back()
    {
        using var home = new TempHome();
        await using var server = await WebProcess.StartAsync(home.Path);
        await BrowserFixture.Welcomed(server.Url);
        var context = await Context(server.Url);
        var page = await context.NewPageAsync();
        var now = DateTime.UtcNow;
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = now });
        await page.Clock.PauseAtAsync(now.AddSeconds(1));

        // Once, online: the app is kept on this device.
        await page.GotoAsync("/");
        await KeptOnThisDevice(page);

        // No network at all: the server is gone and the browser knows it.
        await server.StopAsync();
        await context.SetOfflineAsync(true);
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Loosen up the upper back");
        await Expect(page.Locator("#offline-note")).ToBeVisibleAsync();
        // The camera check too: its page, and the library, model and WebAssembly it loads only when a check starts.
        await page.ClickAsync("nav >> text=Measure");
        await Expect(page.Locator("#begin")).ToBeVisibleAsync();
        var loaded = await page.EvaluateAsync<string[]>("""
            async () => {
                const { Human } = await import('/vendor/human/human.esm.js');
                const human = new Human({ backend: 'wasm', wasmPath: '/vendor/human/wasm/', wasmPlatformFetch: false, modelBasePath: '/vendor/human/models/',
                    cacheModels: false, debug: false, body: { enabled: false }, hand: { enabled: false }, object: { enabled: false }, gesture: { enabled: false },
                    face: { enabled: true, mesh: { enabled: true }, iris: { enabled: false }, emotion: { enabled: false }, description: { enabled: false },
                        antispoof: { enabled: false }, liveness: { enabled: false }, attention: { enabled: false } } });
                await human.init();
                await human.load();
                return [human.tf.getBackend(), ...human.models.loaded()];
            }
            """);
        loaded[0].ShouldBe("wasm");
        loaded.Length.ShouldBeGreaterThanOrEqualTo(3, "the face detector and the face mesh load from this device's copy");
        await page.ClickAsync("nav >> text=Routines");
        await page.ClickAsync("a[href='/play/desk-break']");
        await page.WaitForSelectorAsync("#setup", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var setup = await page.EvaluateAsync<JsonElement>("JSON.parse(document.getElementById('setup').textContent)");
        var timeline = setup.GetProperty("timeline").GetProperty("segments").EnumerateArray()
            .Select(s => (Cue: s.GetProperty("cue").GetString()!, Seconds: s.GetProperty("durationSeconds").GetInt32())).ToArray();
        var segments = timeline.Length;
        await page.Locator("#pain-before").FillAsync("6");
        await page.ClickAsync("#start");
        // Segment after segment, each to its end (jumping over the animation frames between: the player reads
        // every moment from the clock, so it lands where a real run would).
        for (var i = 0; i < segments; i++)
        {
            await Expect(page.Locator("#cue")).ToHaveTextAsync(timeline[i].Cue);
            await page.Clock.FastForwardAsync(timeline[i].Seconds * 1000L);
        }
        await Expect(page.Locator("#after")).ToBeVisibleAsync();
        var exercises = setup.GetProperty("routine").GetProperty("items").GetArrayLength();
        await Expect(page.Locator("#summary")).ToHaveTextAsync($"All {exercises} exercises done.");
        var total = timeline.Sum(t => t.Seconds);
        await Expect(page.Locator("#elapsed")).ToHaveTextAsync($"{total / 60}:{total % 60:00}");
        await Expect(page.Locator("#saved")).ToContainTextAsync("kept on this device");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "offline-player-done.png") });
        // The session waits in this device's outbox, as offline.js (the module the page runs) keeps it.
        var id = await page.EvaluateAsync<string>("() => import('/js/offline.js').then(outbox => outbox.waiting()).then(w => w[0].id)");

        // History, as this device kept it, lists the session as waiting to sync.
        await page.GotoAsync("/history");
        var waiting = page.Locator("#waiting li");
        await Expect(waiting).ToHaveCountAsync(1);
        await Expect(waiting).ToContainTextAsync("Desk break");
        await Expect(waiting).ToContainTextAsync($"finished, {segments} done, 0 skipped · waiting to sync");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "offline-history.png"), FullPage = true });

        // The network is back: the session is sent, and History shows it once, from the server.
        await server.StartAsync();
        await context.SetOfflineAsync(false);
        var row = page.Locator("#sessions tbody tr", new PageLocatorOptions { HasText = "Desk break" });
        await Expect(row).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        await Expect(row).ToContainTextAsync("6 before, after not rated");
        await Expect(row).ToContainTextAsync("finished");
        await Expect(page.Locator("#waiting")).ToBeHiddenAsync();
        await Expect(page.Locator("#offline-note")).ToBeHiddenAsync();
        (await page.Locator("#sessions tbody tr[data-session]").CountAsync()).ShouldBe(1);

        // The server holds it once, as played; sending the same report again changes nothing.
        var stored = await page.APIRequest.GetAsync("/api/sessions");
        var sessions = (await stored.JsonAsync())!.Value.EnumerateArray().ToArray();
        sessions.Length.ShouldBe(1);
        sessions[0].GetProperty("id").GetString().ShouldBe(id);
        sessions[0].GetProperty("completed").GetBoolean().ShouldBeTrue();
        sessions[0].GetProperty("painBefore").GetInt32().ShouldBe(6);
        // Nothing waits on this device any more.
        (await page.EvaluateAsync<int>("() => import('/js/offline.js').then(outbox => outbox.waiting()).then(w => w.length)")).ShouldBe(0);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_new_deployment_replaces_the_copy_on_this_device_after_one_reload_with_a_notice()
    {
        using var home = new TempHome();
        await using var server = await WebProcess.StartAsync(home.Path);
        await BrowserFixture.Welcomed(server.Url);
        var context = await Context(server.Url);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/library");
        await KeptOnThisDevice(page);
        await Expect(page.Locator("#update-note")).ToBeHiddenAsync();

        // The new deployment: the same program with a changed stylesheet, on the same address.
        using var deployed = new TempHome();
        var webRoot = Path.Combine(deployed.Path, "wwwroot");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "wwwroot"), webRoot);
        File.AppendAllText(Path.Combine(webRoot, "css", "site.css"), "\n.brand::after { content: \" 2\"; }\n");
        await server.StopAsync();
        await server.StartAsync("--webroot", webRoot);

        await page.ReloadAsync();
        await Expect(page.Locator("#update-note")).ToBeVisibleAsync(Installing);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "update-notice.png") });

        // Offline, the copy this device serves is the new one, and the old one is gone.
        await server.StopAsync();
        await context.SetOfflineAsync(true);
        await page.GotoAsync("/library");
        await Expect(page.Locator("#offline-note")).ToBeVisibleAsync();
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.brand'), '::after').content")).ShouldBe("\" 2\"");
        (await page.EvaluateAsync<string[]>("() => caches.keys()")).Count(k => k.StartsWith("unknot-", StringComparison.Ordinal)).ShouldBe(1);
        await context.CloseAsync();
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
