using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Unknot.Web.Tests.PlayerPage;

namespace Unknot.Web.Tests;

/// <summary>
/// A programme in Chromium, on a server of its own: planned and started on the Programmes page, today's session played
/// to the end on Playwright's fake clock, and the day done on Home and in its week on History. The programme has a
/// session every day, so the test plays whatever day it runs on.
/// </summary>
public sealed class ProgrammeBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Where the screenshots go, for a person to look at.</summary>
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "shots");

    [Fact]
    public async Task A_programme_started_on_its_page_and_played_today_shows_the_day_done_on_home_and_in_its_week_on_history()
    {
        Directory.CreateDirectory(Shots);
        var page = await Open(browser, 1366, 768);
        await page.GotoAsync("/programs");
        await Expect(page.Locator("#none")).ToContainTextAsync("No programme is being followed");
        await page.FillAsync("#field-weeks", "3");
        await page.FillAsync("#field-minutes", "5");
        await page.SelectOptionAsync("#field-place", "desk");
        await page.CheckAsync("input[name=days][value=sat]");
        await page.CheckAsync("input[name=days][value=sun]");
        await page.ClickAsync("#plan-form button[type=submit]");

        await Expect(page.Locator("#said")).ToHaveTextAsync("Started 3 weeks at the desk.");
        await Expect(page.Locator("#current")).ToContainTextAsync("Week 1 · day 1 of 7 — 5-minute desk routine, ");
        await Expect(page.Locator(".programme-week .day.today")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("day-planned"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "programmes-started-1366.png"), FullPage = true });

        await page.ClickAsync("#programme a.button.big");
        await Expect(page.Locator("#programme-line")).ToContainTextAsync("Week 1 · day 1 of 7");
        await Expect(page.Locator("#leave")).ToHaveAttributeAsync("href", "/programs");
        var (_, total) = await Timeline(page);
        await page.ClickAsync("#start");
        await page.RunAndWaitForResponseAsync(() => page.Clock.FastForwardAsync((long)total * 1000 + 1000), EndingReport);
        await Expect(page.Locator("#after")).ToBeVisibleAsync();
        await Expect(page.Locator("#saved")).ToContainTextAsync("Kept in your history");

        await page.GotoAsync("/");
        await Expect(page.Locator("#programme-today")).ToContainTextAsync("min (done)");
        await Expect(page.Locator("#programme [data-done]")).ToHaveTextAsync("✓ 5-minute desk routine done today");
        await Expect(page.Locator("#programme a.button.big")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "home-done-1366.png"), FullPage = true });

        await page.GotoAsync("/history");
        var week = page.Locator("#programme .programme-week").First;
        await Expect(week.Locator(".day.today")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("day-done"));
        await Expect(week.Locator("[data-done]")).ToHaveTextAsync("1 of 7 sessions done");
        await page.Locator("#programme").ScreenshotAsync(new() { Path = Path.Combine(Shots, "history-week-1366.png") });
        await page.Context.CloseAsync();

        // The same pages on a phone, the day done.
        var phone = await Open(browser, 390, 844);
        foreach (var (name, address) in new[] { ("programmes", "/programs"), ("home", "/"), ("history", "/history") })
        {
            await phone.GotoAsync(address);
            (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, address);
            await phone.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-done-390.png"), FullPage = true });
            // The programme's part at its real size, to look at closely.
            await phone.Locator("#programme").ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-programme-390.png") });
        }
        await Expect(phone.Locator("#programme .day.today").First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("day-done"));
        await phone.Context.CloseAsync();
    }
}
