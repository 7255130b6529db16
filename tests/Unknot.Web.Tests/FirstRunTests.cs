using Microsoft.Playwright;
using Unknot.Testing;
using static Microsoft.Playwright.Assertions;

namespace Unknot.Web.Tests;

/// <summary>The first visit to a new home: a short welcome, answered or skipped once, then the day's routine.</summary>
public sealed class FirstRunTests : IAsyncLifetime
{
    private readonly TempHome _home = new();
    private WebProcess _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await WebProcess.StartAsync(_home.Path);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task The_welcome_asks_level_and_sore_part_once_and_leads_to_a_first_routine_for_it()
    {
        var page = await Page(390, 844);
        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome to Unknot");
        // The not-medical-advice line is said once on this page: in the welcome, not again in a footer.
        await Expect(page.GetByText("not medical advice")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "welcome-phone.png"), FullPage = true });
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();

        // Answered with the keyboard alone.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Gentle" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Radio, new() { Name = "My neck" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Suggest a first routine" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".hero")).ToContainTextAsync("A first routine for your neck");
        var start = page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Start") });
        (await start.GetAttributeAsync("href")).ShouldStartWith("/play/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "welcome-answered-phone.png"), FullPage = true });
        (await Setting(page, "level")).ShouldBe("gentle");
        (await Setting(page, "focus")).ShouldBe("neck");

        // The answer can be changed later in Settings, like the level.
        await page.GotoAsync("/settings");
        var focus = page.GetByLabel("What you most want to loosen");
        await Expect(focus).ToHaveValueAsync("neck");
        await focus.SelectOptionAsync("shoulders");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        (await Setting(page, "focus")).ShouldBe("shoulders");

        // Shown once: the next visit, in another browser too, goes straight to the day's routine.
        var again = await Page(1366, 768);
        await again.GotoAsync("/");
        await Expect(again.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Loosen up the upper back");
        await Expect(again.Locator("footer.site")).ToContainTextAsync("not medical advice");
    }

    [Fact]
    public async Task Skipping_the_welcome_keeps_the_level_and_is_not_asked_again()
    {
        var page = await Page(1366, 768);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skip" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Loosen up the upper back");
        (await Setting(page, "focus")).ShouldBe("all");
        (await Setting(page, "level")).ShouldBe("standard");
        await page.ReloadAsync();
        await Expect(page.Locator(".welcome")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_install_offer_waits_until_the_welcome_is_answered()
    {
        var page = await Page(1366, 768);
        await page.GotoAsync("/");
        (await page.EvaluateAsync<bool>(SiteBrowserTests.InstallPossible)).ShouldBeFalse("the welcome page leaves the browser's own offer alone");
        await Expect(page.Locator("#install-offer")).ToBeHiddenAsync();
    }

    private static string Shots => Path.Combine(Path.GetTempPath(), "unknot-screenshots");

    private async Task<IPage> Page(int width, int height)
    {
        Directory.CreateDirectory(Shots);
        // The accessibility checker is a script the test adds; the pages' own policy would refuse it.
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = _server.Url, BypassCSP = true });
        return await context.NewPageAsync();
    }

    private static async Task<string> Setting(IPage page, string key)
    {
        var settings = (await (await page.APIRequest.GetAsync("/api/settings")).JsonAsync())!.Value;
        return settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == key).GetProperty("value").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
        _home.Dispose();
    }
}
