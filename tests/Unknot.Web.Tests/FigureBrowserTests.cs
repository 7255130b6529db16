using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Unknot.Web.Tests.PlayerPage;

namespace Unknot.Web.Tests;

/// <summary>
/// The figures in Chromium: the player's moving with its clock, and every exercise's key poses. Time in the page is
/// Playwright's fake clock: nothing waits in real time.
/// </summary>
[Collection(SiteBrowser.Name)]
public sealed class FigureBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_figure_moves_with_the_timeline_pauses_with_the_session_and_follows_a_skip()
    {
        var page = await browser.NewPage();
        await Freeze(page);
        await page.GotoAsync("/play/warm-up");
        var (segments, _) = await Timeline(page);
        var motions = (await page.EvaluateAsync<JsonElement>("JSON.parse(document.getElementById('setup').textContent).motions")).EnumerateArray()
            .Select(m => (Exercise: m.GetProperty("exercise").GetString()!, Path: m.GetProperty("path").EnumerateArray().Select(p => p.GetString()!).ToArray(),
                To: m.GetProperty("moveTo").GetDouble()))
            .ToArray();
        await page.ClickAsync("#start");
        var shown = page.Locator("#pose > div:not([hidden]) svg");
        var elapsed = 0L;
        async Task RunTo(double seconds)
        {
            var target = (long)Math.Round(seconds * 1000);
            await page.Clock.RunForAsync(target - elapsed);
            elapsed = target;
        }

        // At each boundary the figure starts from where the plan says and ends where the phase ends.
        var look = Array.FindIndex(motions, m => m.Path.Length > 1 && m.Path[^1] == "2:left");
        for (var i = 0; i < look; i++)
        {
            await RunTo(segments[i].StartSeconds + 0.05);
            await Expect(shown).ToHaveAttributeAsync("data-pose", motions[i].Path[0]);
            await RunTo(segments[i].StartSeconds + segments[i].DurationSeconds - 0.05);
            await Expect(shown).ToHaveAttributeAsync("data-pose", motions[i].Path[^1]);
        }
        motions[1].Path[^1].ShouldBe("1:left", "chin down");
        await Expect(shown).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("Neck rotations and tilts"));

        // Mid-move, a pause stops the figure with the countdown; resuming moves it on.
        await RunTo(segments[look].StartSeconds + motions[look].To / 2);
        var head = page.Locator("#pose > div:not([hidden]) svg [data-id='side:head']");
        var before = await head.GetAttributeAsync("cy");
        await page.ClickAsync("#pause");
        await page.Clock.RunForAsync(5000);
        (await head.GetAttributeAsync("cy")).ShouldBe(before, "paused");
        await page.ClickAsync("#pause");
        await page.Clock.RunForAsync(3000);
        (await head.GetAttributeAsync("cy")).ShouldNotBe(before, "moving again");
        await Expect(shown).ToHaveAttributeAsync("data-pose", "2:left");

        // A skip takes the figure to the next segment's plan at once.
        await page.ClickAsync("#skip");
        await page.Clock.RunForAsync(50);
        var next = look + 1;
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[next].Cue);
        await Expect(shown).ToHaveAttributeAsync("data-pose", motions[next].Path[0]);
        await page.Clock.RunForAsync(segments[next].DurationSeconds * 1000L - 200);
        await Expect(shown).ToHaveAttributeAsync("data-pose", motions[next].Path[^1]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "player-figure-desktop.png") });

        // Stopped on purpose, so the other tests of this shared server are not offered this session to resume.
        await Stop(page, () => page.Keyboard.PressAsync("Escape"));
    }

    [Fact]
    public async Task Every_exercise_page_shows_its_key_poses_on_a_desktop_and_a_phone()
    {
        var page = await browser.NewPage();
        foreach (var id in Unknot.Testing.Builtins.ExpectedIds)
        {
            // Each page once, on both screens: the phone's is the same page laid out again.
            await page.GotoAsync($"/library/{id}");
            foreach (var (width, height, name) in new[] { (1280, 900, "desktop"), (390, 844, "phone") })
            {
                await page.SetViewportSizeAsync(width, height);
                var poses = page.Locator(".key-poses figure");
                (await poses.CountAsync()).ShouldBeGreaterThanOrEqualTo(2, id);
                (await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, $"{id} on the {name}");
                await page.Locator(".key-poses").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(browser.Screenshots, $"figure-{id}-{name}.png") });
            }
        }
        await page.Context.CloseAsync();
    }
}
