using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Unknot.Web.Tests.PlayerPage;

namespace Unknot.Web.Tests;

/// <summary>
/// The player's controls: its keys, the pain sliders, the end screen, the caution and the voice. Time in the page is
/// Playwright's fake clock, and moments are reached with the Skip button.
/// </summary>
[Collection(PlayerBrowser.Name)]
public sealed class PlayerControlsTests(BrowserFixture browser)
{
    private Task<IPage> Page(int width, int height, bool voice = false) => Open(browser, width, height, voice: voice);

    [Fact]
    public async Task Space_acts_on_the_focused_control_and_pauses_only_from_the_page()
    {
        var page = await Page(1280, 720, voice: true);
        await page.GotoAsync("/play/desk-break");
        await page.ClickAsync("#start");
        var voice = page.Locator("#voice");
        var before = await voice.IsCheckedAsync();

        // Tab to Voice: Space ticks or unticks it, and the session plays on.
        for (var i = 0; i < 20 && !await voice.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await Expect(voice).ToBeFocusedAsync();
        await page.Keyboard.PressAsync(" ");
        (await voice.IsCheckedAsync()).ShouldBe(!before);
        await Expect(page.Locator("#pause")).ToHaveTextAsync("Pause");
        await Expect(page.Locator("#state-note")).ToBeEmptyAsync();
        // The focus ring is the player's own: thick and in the accent colour.
        var ring = await voice.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return `${s.outlineStyle} ${s.outlineWidth}`; }");
        ring.ShouldBe("solid 3px");

        // Space on a focused Skip skips, once, and does not pause.
        var cue = await page.Locator("#cue").TextContentAsync();
        await page.FocusAsync("#skip");
        await page.Keyboard.PressAsync(" ");
        await Expect(page.Locator("#cue")).Not.ToHaveTextAsync(cue!);
        var setup = await page.EvaluateAsync<JsonElement>("JSON.parse(document.getElementById('setup').textContent)");
        await Expect(page.Locator("#cue")).ToHaveTextAsync(setup.GetProperty("timeline").GetProperty("segments")[1].GetProperty("cue").GetString()!);
        await Expect(page.Locator("#pause")).ToHaveTextAsync("Pause");

        // From the page itself, Space pauses.
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await page.Keyboard.PressAsync(" ");
        await Expect(page.Locator("#state-note")).ToContainTextAsync("Paused");
        await Expect(page.Locator("#pause")).ToHaveTextAsync("Resume");
        await Stop(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_pain_sliders_have_names_start_unset_and_untouched_give_no_rating()
    {
        var page = await Page(1280, 720);
        await page.GotoAsync("/play/cool-down");
        var now = page.GetByRole(AriaRole.Slider, new() { Name = "How much does it hurt right now?" });
        await Expect(now).ToBeVisibleAsync();
        await Expect(now).ToHaveAttributeAsync("aria-valuetext", "not rated");
        await Expect(now).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bunset\\b"));
        await Expect(page.Locator("#pain-before-value")).ToHaveTextAsync("not rated");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Skip the pain rating" })).ToHaveCountAsync(0);
        // Before Start: the exercises with their times and figures, not a count of moments.
        var list = page.Locator("#play-list li");
        await Expect(list).ToHaveCountAsync(4);
        await Expect(list.First).ToContainTextAsync("Chest stretch");
        await Expect(list.First.Locator(".play-time")).ToHaveTextAsync("30 s");
        await Expect(list.First.Locator("img.thumb")).ToHaveCountAsync(1);
        await Expect(page.Locator("#before")).Not.ToContainTextAsync("segment");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "player-before.png"), FullPage = true });

        var started = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#start"), r => r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Status == 201);
        JsonDocument.Parse(started.Request.PostData!).RootElement.GetProperty("painBefore").ValueKind.ShouldBe(JsonValueKind.Null);
        var id = (await started.JsonAsync())!.Value.GetProperty("id").GetString()!;
        await page.ClickAsync("#stop");
        await Expect(page.Locator("#after-title")).ToHaveTextAsync("Stopped");
        await Expect(page.Locator("#next-up")).ToContainTextAsync("kept in your history as stopped");
        var after = page.GetByRole(AriaRole.Slider, new() { Name = "How much does it hurt now?" });
        await Expect(after).ToHaveAttributeAsync("aria-valuetext", "not rated");
        await Expect(page.Locator("#pain-was")).ToHaveTextAsync("not rated");
        await Expect(page.Locator("#saved")).ToContainTextAsync("Kept in your history");
        await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save"), r => r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Ok);
        var stored = (await (await page.APIRequest.GetAsync($"/api/sessions/{id}")).JsonAsync())!.Value;
        stored.TryGetProperty("painBefore", out _).ShouldBeFalse("an untouched slider is no rating");
        stored.TryGetProperty("painAfter", out _).ShouldBeFalse("an untouched slider is no rating");

        // Touched, it shows and keeps the number.
        await after.FillAsync("4");
        await Expect(page.Locator("#pain-after-value")).ToHaveTextAsync("4");
        await Expect(after).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bunset\\b"));
        await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save"), r => r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Ok);
        stored = (await (await page.APIRequest.GetAsync($"/api/sessions/{id}")).JsonAsync())!.Value;
        stored.GetProperty("painAfter").GetInt32().ShouldBe(4);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_end_shows_pain_before_and_after_the_streak_and_one_way_home()
    {
        var page = await Page(390, 844);
        await page.GotoAsync("/play/lacrosse-release");
        await page.Locator("#pain-before").FillAsync("6");
        await page.ClickAsync("#start");
        var total = await page.EvaluateAsync<int>("JSON.parse(document.getElementById('setup').textContent).timeline.totalSeconds");
        await page.Clock.FastForwardAsync(total * 1000L);
        await Expect(page.Locator("#after-title")).ToHaveTextAsync("Well done");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("All 2 exercises done.");
        await Expect(page.Locator("#pain-was")).ToHaveTextAsync("6");
        // The streak is the statistics' own, with this session in it.
        await Expect(page.Locator("#streak")).ToBeVisibleAsync();
        var streak = (await (await page.APIRequest.GetAsync("/api/stats")).JsonAsync())!.Value.GetProperty("currentStreak").GetInt32();
        streak.ShouldBeGreaterThanOrEqualTo(1);
        await Expect(page.Locator("#streak")).ToHaveTextAsync($"{streak} {(streak == 1 ? "day" : "days")} in a row");
        await Expect(page.Locator("#next-up")).ToHaveTextAsync($"Next: come back tomorrow to make it {streak + 1} days in a row.");
        // One primary button; the rest are secondary.
        await Expect(page.Locator("#after .actions > :not(.secondary)")).ToHaveCountAsync(1);
        await Expect(page.Locator("#after .actions > :not(.secondary)")).ToHaveTextAsync("Done");
        await page.Locator("#pain-after").FillAsync("2");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "player-end-phone.png"), FullPage = true });

        // Done keeps the rating given since, then goes home.
        await page.ClickAsync("#done");
        // Home is asked for once the rating is kept; its own loading is not what this test is about (and on a
        // busy machine, with every browser test running, it can take a while).
        await page.WaitForURLAsync(browser.BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        var sessions = (await (await page.APIRequest.GetAsync("/api/sessions?limit=5")).JsonAsync())!.Value;
        var latest = sessions.EnumerateArray().First(s => s.GetProperty("routine").GetString() == "lacrosse-release");
        (latest.GetProperty("painBefore").GetInt32(), latest.GetProperty("painAfter").GetInt32()).ShouldBe((6, 2));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_caution_shows_only_in_the_phase_it_belongs_to()
    {
        var page = await Page(1280, 720);
        await page.GotoAsync("/play/desk-break");
        await page.ClickAsync("#start");
        var setup = await page.EvaluateAsync<JsonElement>("JSON.parse(document.getElementById('setup').textContent)");
        var segments = setup.GetProperty("timeline").GetProperty("segments").EnumerateArray().ToArray();
        segments[1].GetProperty("phase").GetString().ShouldBe("chin down");
        var tilt = Array.FindIndex(segments, s => s.GetProperty("kind").GetString() == "hold" && s.GetProperty("side").GetString() == "left");

        await page.ClickAsync("#skip");
        await Expect(page.Locator("#meta")).ToContainTextAsync("chin down");
        await Expect(page.Locator("#caution")).ToBeEmptyAsync();
        for (var i = 1; i < tilt; i++)
        {
            await page.ClickAsync("#skip");
        }
        await Expect(page.Locator("#meta")).ToContainTextAsync("left side");
        await Expect(page.Locator("#caution")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Careful: In the side tilt"));

        // The move to the next exercise says "Next:" once, in its cue; under it comes what to do then.
        var transition = Array.FindIndex(segments, s => s.GetProperty("kind").GetString() == "transition");
        for (var i = tilt; i < transition; i++)
        {
            await page.ClickAsync("#skip");
        }
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[transition].GetProperty("cue").GetString()!);
        await Expect(page.Locator("#next")).ToHaveTextAsync("Then: " + segments[transition + 1].GetProperty("cue").GetString());
        var words = await page.Locator("#words").InnerTextAsync();
        System.Text.RegularExpressions.Regex.Count(words, "Next:").ShouldBe(1, words);
        await Stop(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_voice_reads_each_cue_once_per_exercise_then_counts()
    {
        var page = await Page(1280, 720, voice: true);
        await page.GotoAsync("/play/warm-up");
        if (!await page.Locator("#voice").IsCheckedAsync())
        {
            await page.CheckAsync("#voice");
        }
        await page.ClickAsync("#start");
        var setup = await page.EvaluateAsync<JsonElement>("JSON.parse(document.getElementById('setup').textContent)");
        var segments = setup.GetProperty("timeline").GetProperty("segments").EnumerateArray()
            .Select(s => (Item: s.GetProperty("item").GetInt32(), Kind: s.GetProperty("kind").GetString()!, Cue: s.GetProperty("cue").GetString()!,
                Rep: s.TryGetProperty("rep", out var rep) ? rep.GetInt32() : 0))
            .ToArray();
        segments.ShouldContain(s => s.Rep > 1, "the warm-up has repetitions");
        for (var i = 1; i < segments.Length; i++)
        {
            await page.ClickAsync("#skip");
        }
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[^1].Cue);

        var said = await page.EvaluateAsync<string[]>("() => window.__said");
        said.Length.ShouldBe(segments.Length, "one utterance as each moment starts");
        foreach (var cue in segments.Where(s => s.Kind is "work" or "hold").Select(s => s.Cue).Distinct())
        {
            said.Count(s => s == cue).ShouldBe(1, $"'{cue}' read more than once");
        }
        var later = segments.Select((s, i) => (s, i)).First(x => x.s.Rep == 2);
        said[later.i].ShouldStartWith("2. ");
        said[later.i].Length.ShouldBeLessThan(later.s.Cue.Length);
        await Stop(page);
        await page.Context.CloseAsync();
    }
}
