using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Unknot.Web.Tests.PlayerPage;

namespace Unknot.Web.Tests;

/// <summary>
/// A session in the browser player, end to end in Chromium: played, paused, skipped, resumed, stopped, measured, and on
/// a phone. Time in the page is Playwright's fake clock: nothing waits in real time.
/// </summary>
[Collection(SiteBrowser.Name)]
public sealed class PlayerSessionTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_planned_desk_break_plays_to_the_end_with_pause_skip_and_pain_and_lands_in_history()
    {
        var page = await browser.NewPage();
        await Freeze(page);
        await page.GotoAsync("/routines");
        await page.FillAsync("input[name=minutes]", "5");
        await page.SelectOptionAsync("select[name=place]", "desk");
        await page.SelectOptionAsync("select[name=goal]", "desk-break");
        await page.ClickAsync("button:has-text('Plan')");
        await Expect(page.Locator("#plan h3")).ToContainTextAsync("5-minute desk break");
        await page.ClickAsync("text=Start this plan");

        var (segments, total) = await Timeline(page);
        total.ShouldBeLessThanOrEqualTo(300);
        await page.Locator("#pain-before").FillAsync("6");
        await page.ClickAsync("#start");
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[0].Cue);

        // Each cue appears at its planned moment.
        await page.Clock.RunForAsync((segments[1].StartSeconds * 1000) - 200);
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[0].Cue);
        await page.Clock.RunForAsync(400);
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[1].Cue);
        await Expect(page.Locator("#exercise")).ToHaveTextAsync(segments[1].ExerciseName);

        // Paused, a minute goes by and nothing moves.
        await page.Keyboard.PressAsync(" ");
        var countdown = await page.Locator("#countdown").TextContentAsync();
        await page.Clock.RunForAsync(60_000);
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[1].Cue);
        await Expect(page.Locator("#countdown")).ToHaveTextAsync(countdown!);
        await Expect(page.Locator("#state-note")).ToContainTextAsync("Paused");
        await page.Keyboard.PressAsync(" ");

        // Skip goes straight to the next segment.
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[2].Cue);

        // The rest plays out in one jump: every moment is read from the clock, so the end lands where it would.
        await page.Clock.FastForwardAsync((long)total * 1000);
        await Expect(page.Locator("#after")).ToBeVisibleAsync();
        // Counted in exercises (the one skipped moment leaves its exercise done or skipped, never "segments").
        await Expect(page.Locator("#summary")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(All \\d+ exercises done|\\d+ of \\d+ exercises done, 1 skipped)\\.$"));
        await Expect(page.Locator("#saved")).ToContainTextAsync("Kept in your history");
        await page.Locator("#pain-after").FillAsync("3");
        await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save"), r => r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Ok);

        await page.GotoAsync("/history");
        var row = page.Locator("#sessions tbody tr", new PageLocatorOptions { HasText = "5-minute desk break" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("6 → 3");
        await Expect(row).ToContainTextAsync("finished");
    }

    [Fact]
    public async Task A_reload_mid_session_offers_to_resume_where_it_stopped()
    {
        var page = await browser.NewPage();
        await Freeze(page);
        await page.GotoAsync("/play/cool-down");
        var (segments, _) = await Timeline(page);
        await page.ClickAsync("#start");
        // Straight to 70 s in, as a device that slept would: the player's next tick finds it there. (Running every
        // frame of the minute before only makes the test slow; the desk break above plays its moments one by one.)
        await page.Clock.FastForwardAsync(70_000);
        await page.Clock.RunForAsync(500);
        var index = IndexAt(segments, 70.5);
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[index].Cue);
        // A pause reports where the session is: the report to wait for is the one that says 70 s in.
        var into = 70.5 - segments[index].StartSeconds;
        await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync(" "), r => r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Ok
            && r.Request.PostData is { } body && JsonDocument.Parse(body).RootElement.TryGetProperty("checkpoint", out var at)
            && at.GetProperty("seconds").GetDouble() >= into - 0.5);

        await page.ReloadAsync();

        await Expect(page.Locator("#resume-offer")).ToBeVisibleAsync();
        await Expect(page.Locator("#resume-where")).ToContainTextAsync($"Left unfinished at {segments[index].ExerciseName}");
        await page.ClickAsync("#resume");
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[index].Cue);
        var left = int.Parse((await page.Locator("#countdown").TextContentAsync())!);
        left.ShouldBeInRange(segments[index].StartSeconds + segments[index].DurationSeconds - 71, segments[index].StartSeconds + segments[index].DurationSeconds - 69);
    }

    [Fact]
    public async Task A_closed_tab_leaves_an_unfinished_session_that_home_offers_to_resume_and_a_stopped_one_is_not_offered()
    {
        var page = await browser.NewPage();
        await Freeze(page);
        await page.GotoAsync("/play/warm-up");
        var (segments, _) = await Timeline(page);
        var sessionId = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#start"), r => r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Status == 201);
        var id = (await sessionId.JsonAsync())!.Value.GetProperty("id").GetString()!;
        // Straight to 50 s in, as a device that slept would.
        await page.Clock.FastForwardAsync(50_000);
        await page.Clock.RunForAsync(500);
        var index = IndexAt(segments, 50.5);
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[index].Cue);

        await page.Context.CloseAsync();

        var home = await browser.NewPage();
        var stored = await home.APIRequest.GetAsync($"/api/sessions/{id}");
        var session = (await stored.JsonAsync())!.Value;
        session.GetProperty("resumable").GetBoolean().ShouldBeTrue();
        session.GetProperty("completed").GetBoolean().ShouldBeFalse();
        await home.GotoAsync("/");
        await Expect(home.Locator("#unfinished")).ToContainTextAsync($"Warm-up was left mid-way during {segments[index].ExerciseName}, after ");
        await home.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "home-unfinished.png"), FullPage = true });
        await Freeze(home);
        await home.ClickAsync("#unfinished a");
        await Expect(home.Locator("#resume-where")).ToContainTextAsync($"Left unfinished at {segments[index].ExerciseName}");
        await home.ClickAsync("#resume");
        await Expect(home.Locator("#cue")).ToHaveTextAsync(segments[index].Cue);

        // Esc ends it on purpose: it is stored as stopped and no longer offered.
        // The stop's own report is the one that carries an end.
        await home.RunAndWaitForResponseAsync(() => home.Keyboard.PressAsync("Escape"), EndingReport);
        await Expect(home.Locator("#after-title")).ToHaveTextAsync("Stopped");
        var after = (await (await home.APIRequest.GetAsync($"/api/sessions/{id}")).JsonAsync())!.Value;
        after.GetProperty("resumable").GetBoolean().ShouldBeFalse();
        after.GetProperty("done").GetInt32().ShouldBe(index);
        await home.GotoAsync("/play/warm-up");
        await Expect(home.Locator("#resume-offer")).ToBeHiddenAsync();
        await home.GotoAsync("/");
        await Expect(home.Locator("#unfinished a[href*='" + id + "']")).ToHaveCountAsync(0);
    }

    /// <summary>What the camera check (js/measure.js) announces when it ends, with the figures it reached.</summary>
    private static Task Measured(IPage page, string measurement) =>
        page.EvaluateAsync($"() => document.dispatchEvent(new CustomEvent('unknot:measured', {{ detail: {measurement} }}))");

    [Fact]
    public async Task The_player_keeps_the_neck_checks_before_and_after_with_the_session()
    {
        var page = await browser.NewPage();
        await Freeze(page);
        await page.GotoAsync("/play/cool-down");
        await page.ClickAsync("#measure-before");
        await Expect(page.Locator("#measuring")).ToBeVisibleAsync();
        await Expect(page.Locator("#measuring #begin")).ToBeVisibleAsync();
        await Measured(page, "{ rotationLeft: 50, tiltRight: 25, atLeast: ['rotationLeft'] }");
        await Expect(page.Locator("#measured-before")).ToContainTextAsync("Measured");

        await page.ClickAsync("#start");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#after")).ToBeVisibleAsync();
        await page.ClickAsync("#measure-after");
        // The report that carries the check after (the stop's own report may still be on its way).
        await page.RunAndWaitForResponseAsync(() => Measured(page, "{ rotationLeft: 58, tiltRight: 31 }"),
            r => r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Ok && r.Request.PostData?.Contains("\"after\"", StringComparison.Ordinal) == true);
        await Expect(page.Locator("#measured-after")).ToContainTextAsync("kept with this session");

        var sessions = (await (await page.APIRequest.GetAsync("/api/sessions?limit=50")).JsonAsync())!.Value;
        var measured = sessions.EnumerateArray().First(s => s.GetProperty("routine").GetString() == "cool-down" && s.TryGetProperty("measurements", out _)).GetProperty("measurements");
        (measured.GetProperty("before").GetProperty("rotationLeft").GetInt32(), measured.GetProperty("after").GetProperty("rotationLeft").GetInt32()).ShouldBe((50, 58));
        await page.GotoAsync("/history");
        await Expect(page.Locator("#sessions [data-measurements]").First).ToHaveTextAsync("Neck: turn left at least 50° → 58°, tilt right 25° → 31°");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_player_fits_a_phone_screen_mid_hold()
    {
        var page = await browser.NewPage(360, 740);
        await Freeze(page);
        await page.GotoAsync("/play/desk-break");
        var (segments, _) = await Timeline(page);
        await page.ClickAsync("#start");
        var hold = segments.First(s => s.Kind == "hold" && s.DurationSeconds >= 30);
        // Straight to the middle of the hold, as a device that slept would: the player's next tick finds it there.
        // (Running every frame of the minute and a half before it only makes the test slow.)
        var middle = (hold.StartSeconds + hold.DurationSeconds / 2) * 1000L;
        await page.Clock.FastForwardAsync(middle);
        await page.Clock.RunForAsync(500);

        await Expect(page.Locator("#cue")).ToHaveTextAsync(hold.Cue);
        await Expect(page.Locator(".ring")).ToBeVisibleAsync();
        await Expect(page.Locator("#pause")).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "player-phone-mid-hold.png") });

        var desktop = await browser.NewPage();
        await Freeze(desktop);
        await desktop.GotoAsync("/play/desk-break");
        await desktop.ClickAsync("#start");
        await desktop.Clock.FastForwardAsync(middle);
        await desktop.Clock.RunForAsync(500);
        await Expect(desktop.Locator("#cue")).ToHaveTextAsync(hold.Cue);
        await desktop.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "player-desktop-mid-hold.png") });
    }
}
