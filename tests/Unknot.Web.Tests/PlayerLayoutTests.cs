using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Unknot.Web.Tests.PlayerPage;

namespace Unknot.Web.Tests;

/// <summary>
/// The player on the screens people play it on: every moment of every built-in routine fits one screen, nothing
/// under the controls, the column steady; a touch screen without key hints. Time in the page is Playwright's fake
/// clock, and moments are reached with the Skip button.
/// </summary>
[Collection(PlayerBrowser.Name)]
public sealed class PlayerLayoutTests(BrowserFixture browser)
{
    // Measures the moment on screen, presses Skip, and again until the last moment; answers what each one showed. Given
    // true, it goes the other way with Back from the last moment: at a segment's start Back goes to the one before.
    private const string EveryMoment = """
        (backward) => {
            const box = (el) => { const b = el.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, width: b.width, height: b.height }; };
            const count = JSON.parse(document.getElementById('setup').textContent).timeline.segments.length;
            const seen = [];
            for (let i = 0; i < count; i++) {
                const shown = {};
                for (const id of ['exercise', 'cue', 'caution', 'next']) {
                    const el = document.getElementById(id);
                    shown[id] = el.textContent ? box(el) : null;
                }
                shown.ring = box(document.querySelector('.ring'));
                seen.push({
                    index: backward ? count - 1 - i : i, cue: document.getElementById('cue').textContent, shown, bottom: box(document.getElementById('bottom')),
                    column: box(document.getElementById('words')).width, player: box(document.getElementById('player')).width,
                    scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight,
                    width: innerWidth, height: innerHeight,
                });
                if (i < count - 1) document.getElementById(backward ? 'back' : 'skip').click();
            }
            return JSON.stringify(backward ? seen.reverse() : seen);
        }
        """;

    private sealed record Box(double Top, double Bottom, double Left, double Right, double Width, double Height)
    {
        public bool Overlaps(Box other) => Left < other.Right && Right > other.Left && Top < other.Bottom && Bottom > other.Top;
    }

    private sealed record Moment(int Index, string Cue, Dictionary<string, Box?> Shown, Box Bottom, double Column, double Player,
        double ScrollWidth, double ScrollHeight, double Width, double Height);

    private static readonly JsonSerializerOptions Camel = new(JsonSerializerDefaults.Web);

    private Task<IPage> Page(int width, int height, ColorScheme scheme) => Open(browser, width, height, scheme);

    private static async Task<string[]> BuiltInRoutines(IPage page)
    {
        var routines = (await (await page.APIRequest.GetAsync("/api/routines")).JsonAsync())!.Value;
        return routines.EnumerateArray().Where(r => r.GetProperty("origin").GetString() == "built-in").Select(r => r.GetProperty("id").GetString()!).ToArray();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1280, 720)]
    [InlineData(390, 844)]
    [InlineData(844, 390)]
    public async Task Every_moment_of_every_routine_fits_the_screen_above_the_controls_in_a_steady_column_light_or_dark(int width, int height)
    {
        var page = await Page(width, height, ColorScheme.Light);
        var routines = await BuiltInRoutines(page);
        routines.Length.ShouldBeGreaterThanOrEqualTo(5);
        foreach (var routine in routines)
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
            await page.GotoAsync($"/play/{routine}");
            await page.ClickAsync("#start");
            // Each moment in both schemes, from one load: forward with Skip in the light one, back with Back in the
            // dark one (the same page with other colours, laid out again).
            var moments = JsonSerializer.Deserialize<Moment[]>(await page.EvaluateAsync<string>(EveryMoment, false), Camel)!;
            await Fits(page, routine, width, height, ColorScheme.Light, moments);
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
            var dark = JsonSerializer.Deserialize<Moment[]>(await page.EvaluateAsync<string>(EveryMoment, true), Camel)!;
            dark.Select(m => m.Cue).ShouldBe(moments.Select(m => m.Cue), $"{routine}: Back goes through the moments Skip went through");
            await Fits(page, routine, width, height, ColorScheme.Dark, dark);
            if (routine == "cool-down")
            {
                // Child's pose, on the floor, and the move down to it, as the screenshots to look at.
                var transition = Array.FindLastIndex(moments, m => m.Cue.StartsWith("Next: Child", StringComparison.Ordinal));
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    await Stop(page);
                    await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                    await page.GotoAsync($"/play/{routine}");
                    await page.ClickAsync("#start");
                    await page.EvaluateAsync("n => { for (let i = 0; i < n; i++) document.getElementById('skip').click(); }", transition);
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, $"player-transition-{width}x{height}-{scheme}.png".ToLowerInvariant()) });
                    await page.ClickAsync("#skip");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, $"player-childs-pose-{width}x{height}-{scheme}.png".ToLowerInvariant()) });
                }
            }
            await Stop(page);
        }
        await page.Context.CloseAsync();
    }

    /// <summary>Every moment of <paramref name="routine"/> as it showed in <paramref name="scheme"/>: on the screen, above the controls, in a steady column.</summary>
    private static async Task Fits(IPage page, string routine, int width, int height, ColorScheme scheme, Moment[] moments)
    {
        foreach (var m in moments)
        {
            var where = $"{routine} at {width}×{height} ({scheme}), moment {m.Index + 1} of {moments.Length} ('{m.Cue}')";
            m.ScrollWidth.ShouldBeLessThanOrEqualTo(m.Width, $"{where}: the page scrolls sideways");
            m.ScrollHeight.ShouldBeLessThanOrEqualTo(m.Height, $"{where}: the page scrolls");
            foreach (var (part, box) in m.Shown)
            {
                if (box is null)
                {
                    new[] { "exercise", "cue", "ring" }.ShouldNotContain(part, $"{where}: nothing shows the {part}");
                    continue;
                }
                box.Height.ShouldBeGreaterThan(0, $"{where}: the {part} has no room");
                (box.Top >= 0 && box.Left >= 0 && box.Bottom <= m.Height + 0.5 && box.Right <= m.Width + 0.5)
                    .ShouldBeTrue($"{where}: the {part} ({box}) is off the {m.Width}×{m.Height} screen");
                box.Overlaps(m.Bottom).ShouldBeFalse($"{where}: the controls ({m.Bottom}) cover the {part} ({box})");
            }
        }
        moments.Select(m => m.Column).Distinct().Count().ShouldBe(1, $"{routine} at {width}×{height} ({scheme}): the column of words changes width");
        moments.Select(m => m.Player).Distinct().Count().ShouldBe(1, $"{routine} at {width}×{height} ({scheme}): the player changes width");
        if (width < 500 || height < 500)
        {
            // Readable from a mat: the countdown ring is a third of the screen's width at least; every control
            // is a target of 44 px at least.
            moments[0].Shown["ring"]!.Width.ShouldBeGreaterThanOrEqualTo(width / 3.0, $"{routine} at {width}×{height} ({scheme}): the ring is small");
            var targets = await page.EvaluateAsync<double[][]>(
                "() => [...document.querySelectorAll('#bottom button, #bottom label, #player .top a')].map(e => { const b = e.getBoundingClientRect(); return [b.width, b.height]; })");
            targets.Length.ShouldBe(6);
            targets.ShouldAllBe(t => t[0] >= 44 && t[1] >= 44, $"{routine} at {width}×{height} ({scheme}): a control is smaller than 44 px");
        }
    }

    [Fact]
    public async Task A_touch_screen_gets_no_key_hints_but_keeps_the_advice()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, BaseURL = browser.BaseUrl, HasTouch = true, IsMobile = true,
        });
        var page = await context.NewPageAsync();
        await Freeze(page);
        await page.GotoAsync("/play/desk-break");
        await page.ClickAsync("#start");
        await Expect(page.Locator("#bottom .hint")).ToHaveTextAsync("If a stretch hurts more, skip it.", new() { UseInnerText = true });
        await Expect(page.Locator("#bottom .keys")).ToBeHiddenAsync();
        await Stop(page);
        await context.CloseAsync();
    }
}
