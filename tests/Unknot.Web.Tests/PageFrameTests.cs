using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Unknot.Web.Tests;

/// <summary>
/// What every page shares, at the four sizes people use (a laptop, a small laptop, a phone upright and a phone on
/// its side on a mat), light and dark: nothing wider than the screen, controls big enough to tap, focus that can be
/// seen, a name for every control (axe-core), and the navigation on one line or behind a menu.
/// </summary>
public sealed class PageFrameTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1280, 720)]
    [InlineData(390, 844)]
    [InlineData(844, 390)]
    public async Task No_page_is_wider_than_the_screen_light_or_dark(int width, int height)
    {
        var page = await Page(width, height, ColorScheme.Light);
        var wide = new List<string>();
        foreach (var address in await Addresses(page))
        {
            await page.GotoAsync(address);
            // Each page once, in both schemes: the dark one is the same page with other colours, laid out again.
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0)
                {
                    wide.Add($"{address} ({scheme}) is {overflow} px wider than the screen");
                }
            }
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        }
        wide.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(390, 844, ColorScheme.Light)]
    [InlineData(1366, 768, ColorScheme.Dark)]
    public async Task Every_page_passes_the_accessibility_checker(int width, int height, ColorScheme scheme)
    {
        // The checker is a script the test adds to each page; the pages' own policy would refuse it.
        var page = await Page(width, height, scheme, bypassPolicy: true);
        var problems = new List<string>();
        foreach (var address in await Addresses(page))
        {
            await page.GotoAsync(address);
            problems.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{address}: {v}"));
        }
        problems.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(844, 390)]
    public async Task On_a_phone_every_control_is_big_enough_to_tap(int width, int height)
    {
        var page = await Page(width, height, ColorScheme.Light, touch: true);
        var small = new List<string>();
        foreach (var address in await Addresses(page))
        {
            await page.GotoAsync(address);
            // Buttons, fields and links that stand on their own (a link inside a sentence is exempt, as WCAG 2.5.8 says).
            var found = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('button, a.button, input:not([type=hidden]), select, textarea, summary, nav a, label.check')]
                    .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                    .filter(e => !(e.matches('input[type=checkbox], input[type=radio]') && e.closest('label.check')))
                    .map(e => [e, e.getBoundingClientRect()])
                    .filter(([, r]) => r.height < 43.5 || r.width < 24)
                    .map(([e, r]) => `${e.tagName.toLowerCase()} "${(e.textContent || e.name || e.id).trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`)
                """);
            small.AddRange(found.Select(f => $"{address}: {f}"));
        }
        small.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_navigation_folds_behind_a_menu_and_on_a_laptop_it_is_one_line()
    {
        var phone = await Page(390, 844, ColorScheme.Light);
        await phone.GotoAsync("/library");
        var menu = phone.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var history = phone.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "History" });
        await Expect(history).ToBeHiddenAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        (await phone.Locator("header.site").BoundingBoxAsync())!.Height.ShouldBeLessThan(70);

        await menu.ClickAsync();
        await Expect(history).ToBeVisibleAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Library" })).ToHaveAttributeAsync("aria-current", "page");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(browser.Screenshots, "menu-open-phone.png") });
        await phone.Keyboard.PressAsync("Escape");
        await Expect(history).ToBeHiddenAsync();
        await Expect(menu).ToBeFocusedAsync();

        var laptop = await Page(1366, 768, ColorScheme.Light);
        await laptop.GotoAsync("/library");
        await Expect(laptop.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToBeHiddenAsync();
        var middles = await laptop.EvaluateAsync<double[]>("() => [...document.querySelectorAll('header.site a')].map(a => { const r = a.getBoundingClientRect(); return r.top + r.height / 2; })");
        (middles.Max() - middles.Min()).ShouldBeLessThan(4, "the brand and every link on one line");
        await phone.Context.CloseAsync();
        await laptop.Context.CloseAsync();
    }

    [Fact]
    public async Task The_focused_control_has_a_ring_that_can_be_seen()
    {
        var page = await Page(1366, 768, ColorScheme.Light);
        await page.GotoAsync("/routines");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var ring = await page.EvaluateAsync<JsonElement>("() => { const s = getComputedStyle(document.activeElement); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }; }");
        ring.GetProperty("style").GetString().ShouldBe("solid");
        ring.GetProperty("width").GetDouble().ShouldBeGreaterThanOrEqualTo(3);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_players_controls_are_named_as_a_screen_reader_says_them()
    {
        var page = await Page(390, 844, ColorScheme.Light);
        await page.GotoAsync("/play/desk-break");
        await Expect(page.Locator("#before")).ToMatchAriaSnapshotAsync("""
            - heading "Desk break" [level=1]
            - slider "How much does it hurt right now?"
            - button "Start"
            """);
        await page.ClickAsync("#start");
        await page.ClickAsync("#pause");
        await Expect(page.Locator("#bottom")).ToMatchAriaSnapshotAsync("""
            - progressbar "Routine progress"
            - button "Back"
            - button "Resume"
            - button "Skip"
            - button "Stop"
            - checkbox "Voice"
            """);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Every page a person reaches: what a device keeps offline (home, library, each exercise, routines, each player,
    /// history, the camera check) and the rest. A programme is followed, one with a session every day, so home, history,
    /// the programmes page and the player of today's session are as a person following one sees them.
    /// </summary>
    private static async Task<List<string>> Addresses(IPage page)
    {
        if ((await page.APIRequest.GetAsync("/api/program")).Status == 404)
        {
            var started = await page.APIRequest.PostAsync("/api/program", new() { DataObject = new { plan = new { weeks = 3, days = "every-day", minutes = 5, place = "desk" } } });
            started.Ok.ShouldBeTrue(await started.TextAsync());
        }
        var offline = (await (await page.APIRequest.GetAsync("/api/offline")).JsonAsync())!.Value;
        var routines = (await (await page.APIRequest.GetAsync("/api/routines")).JsonAsync())!.Value;
        return
        [
            .. offline.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!),
            .. routines.EnumerateArray().Take(1).Select(r => $"/routines/{r.GetProperty("id").GetString()}/print"),
            "/settings", "/routines/new", "/routines?minutes=5&place=desk", "/library/lateral-neck", "/nope", "/programs", "/play/program?kind=0",
        ];
    }

    private async Task<IPage> Page(int width, int height, ColorScheme scheme, bool touch = false, bool bypassPolicy = false)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            BaseURL = browser.BaseUrl,
            ColorScheme = scheme,
            HasTouch = touch,
            IsMobile = touch,
            BypassCSP = bypassPolicy,
        });
        return await context.NewPageAsync();
    }
}
