using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Unknot.Web.Tests;

/// <summary>End to end in Chromium. Time in the page is Playwright's fake clock: nothing waits in real time.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private sealed record Seg(int StartSeconds, int DurationSeconds, string Cue, string Kind, string ExerciseName);

    private static async Task<(Seg[] Segments, int Total)> Timeline(IPage page)
    {
        // The player's page may still be loading after the click that opened it: wait until its setup is there.
        await page.WaitForSelectorAsync("#setup", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var setup = await page.EvaluateAsync<JsonElement>("JSON.parse(document.getElementById('setup').textContent)");
        var timeline = setup.GetProperty("timeline");
        var segments = timeline.GetProperty("segments").EnumerateArray()
            .Select(s => new Seg(s.GetProperty("startSeconds").GetInt32(), s.GetProperty("durationSeconds").GetInt32(), s.GetProperty("cue").GetString()!,
                s.GetProperty("kind").GetString()!, s.GetProperty("exerciseName").GetString()!))
            .ToArray();
        return (segments, timeline.GetProperty("totalSeconds").GetInt32());
    }

    /// <summary>Playwright's fake clock, paused: time in the page moves only when the test runs it forward.</summary>
    private static async Task Freeze(IPage page)
    {
        var now = DateTime.UtcNow;
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = now });
        await page.Clock.PauseAtAsync(now.AddSeconds(1));
    }

    private static int IndexAt(Seg[] segments, double seconds) =>
        Array.FindIndex(segments, s => seconds < s.StartSeconds + s.DurationSeconds);

    [Fact]
    public async Task The_running_web_app_records_where_it_answers_for_a_desktop_reminder_to_open()
    {
        var web = App.Hosting.RunningWeb.Read(browser.Home.Path).ShouldNotBeNull("the web app keeps its address in the home folder");
        web.Url.ShouldBe(browser.BaseUrl);
        var page = await browser.NewPage();
        var alive = await page.APIRequest.GetAsync(web.Url + "/healthz");
        alive.Status.ShouldBe(200);
        (await alive.TextAsync()).ShouldBe("ok");
        await page.Context.CloseAsync();
    }

    /// <summary>What Chromium fires when the app can be installed, with a stand-in for its dialog that counts the times it opened.</summary>
    internal const string InstallPossible = """
        () => {
            const e = new Event('beforeinstallprompt', { cancelable: true });
            e.prompt = () => { window.__prompted = (window.__prompted || 0) + 1; return Promise.resolve(); };
            e.userChoice = Promise.resolve({ outcome: 'dismissed' });
            window.dispatchEvent(e);
            return e.defaultPrevented;
        }
        """;

    [Fact]
    public async Task The_install_offer_opens_the_browsers_dialog_and_no_thanks_is_kept_for_good()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/");
        var offer = page.Locator("#install-offer");
        await Expect(offer).ToBeHiddenAsync();

        (await page.EvaluateAsync<bool>(InstallPossible)).ShouldBeTrue("the offer replaces the browser's own");
        await Expect(offer).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "install-offer.png") });
        await page.ClickAsync("#install-offer [data-install]");
        (await page.EvaluateAsync<int>("() => window.__prompted")).ShouldBe(1);
        await Expect(offer).ToBeHiddenAsync();

        // Closing the browser's dialog is not an answer: the offer comes back the next time.
        await page.ReloadAsync();
        await page.EvaluateAsync<bool>(InstallPossible);
        await Expect(offer).ToBeVisibleAsync();
        await page.ClickAsync("#install-offer [data-dismiss]");
        await Expect(offer).ToBeHiddenAsync();

        await page.GotoAsync("/library");
        await page.EvaluateAsync<bool>(InstallPossible);
        await Expect(offer).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_library_filters_by_target()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/library");
        await Expect(page.Locator(".exercise-card")).ToHaveCountAsync(12);

        await page.SelectOptionAsync("select[name=target]", "neck");
        await page.ClickAsync("button:has-text('Filter')");

        var cards = page.Locator(".exercise-card");
        await Expect(cards).ToHaveCountAsync(4);
        foreach (var card in await cards.AllAsync())
        {
            await Expect(card.Locator(".tags")).ToContainTextAsync("neck");
        }
        await page.ClickAsync("text=Lateral neck stretch");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Lateral neck stretch");
        await Expect(page.Locator("body")).ToContainTextAsync("Austin Martinez");
    }

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
        await page.Clock.RunForAsync(70_000);
        var index = IndexAt(segments, 70);
        await Expect(page.Locator("#cue")).ToHaveTextAsync(segments[index].Cue);
        // A pause reports where the session is: the report to wait for is the one that says 70 s in.
        var into = 70 - segments[index].StartSeconds;
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
        await page.Clock.RunForAsync(50_000);
        var index = IndexAt(segments, 50);
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
        await home.RunAndWaitForResponseAsync(() => home.Keyboard.PressAsync("Escape"),
            r => r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Ok && r.Request.PostData?.Contains("\"endedAt\"", StringComparison.Ordinal) == true);
        await Expect(home.Locator("#after-title")).ToHaveTextAsync("Stopped");
        var after = (await (await home.APIRequest.GetAsync($"/api/sessions/{id}")).JsonAsync())!.Value;
        after.GetProperty("resumable").GetBoolean().ShouldBeFalse();
        after.GetProperty("done").GetInt32().ShouldBe(index);
        await home.GotoAsync("/play/warm-up");
        await Expect(home.Locator("#resume-offer")).ToBeHiddenAsync();
        await home.GotoAsync("/");
        await Expect(home.Locator("#unfinished a[href*='" + id + "']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_settings_page_imports_a_file_and_replaces_a_built_in_only_when_the_box_is_ticked()
    {
        var page = await browser.NewPage();
        var exported = System.Text.Json.Nodes.JsonNode.Parse(await (await page.APIRequest.GetAsync("/api/export")).TextAsync())!;
        ((System.Text.Json.Nodes.JsonArray)exported["routines"]!).Add(new System.Text.Json.Nodes.JsonObject
        {
            ["file"] = "lacrosse-release.yaml",
            ["yaml"] = "id: lacrosse-release\nname: Lacrosse release\ndescription: Mine.\nitems:\n  - exercise: childs-pose\n  - exercise: chest-stretch\n",
        });
        var file = Path.Combine(browser.Home.Path, "export-with-lacrosse-release.json");
        await File.WriteAllTextAsync(file, exported.ToJsonString(), TestContext.Current.CancellationToken);

        await page.GotoAsync("/settings");
        await page.SetInputFilesAsync("input[name=file]", file);
        await page.ClickAsync("button:has-text('Import')");
        await Expect(page.Locator("#import-problem")).ToContainTextAsync("would replace the built-in routine 'lacrosse-release' — nothing was imported");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "settings-import-refused.png"), FullPage = true });
        await page.GotoAsync("/routines");
        await Expect(page.Locator(".routine-card[data-routine=lacrosse-release] .replaced")).ToHaveCountAsync(0);

        await page.GotoAsync("/settings");
        await page.SetInputFilesAsync("input[name=file]", file);
        await page.CheckAsync("#allow-override");
        await page.ClickAsync("button:has-text('Import')");
        await Expect(page.Locator("#imported")).ToContainTextAsync("and 1 file.");
        await page.GotoAsync("/routines");
        await Expect(page.Locator(".routine-card[data-routine=lacrosse-release] .replaced")).ToContainTextAsync("Your version, in place of the built-in one");
        await page.Locator(".routine-card[data-routine=lacrosse-release]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(browser.Screenshots, "routine-card-replaced.png") });
        File.Delete(Path.Combine(browser.Home.Path, "routines", "lacrosse-release.yaml"));
    }

    [Fact]
    public async Task A_routine_is_built_reordered_edited_and_deleted()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/routines/new");
        await page.FillAsync("input[name=Name]", "Browser built");
        await page.SelectOptionAsync("select[name='Items[0].Exercise']", "chest-stretch");
        await page.ClickAsync("button:has-text('Add an exercise')");
        await page.SelectOptionAsync("select[name='Items[1].Exercise']", "cat-cow");
        await page.ClickAsync("button[aria-label='Move exercise 2 up']");
        await Expect(page.Locator("select[name='Items[0].Exercise']")).ToHaveValueAsync("cat-cow");
        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await page.GotoAsync("/routines");

        var card = page.Locator(".routine-card[data-routine=browser-built]");
        await Expect(card).ToContainTextAsync("2 exercises");
        var api = await page.APIRequest.GetAsync("/api/routines/browser-built");
        var items = JsonDocument.Parse(await api.TextAsync()).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("exercise").GetString());
        items.ShouldBe(["cat-cow", "chest-stretch"]);

        await card.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.FillAsync("input[name=Name]", "Browser built, edited");
        await page.ClickAsync("button[aria-label='Remove exercise 1']");
        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await page.GotoAsync("/routines");
        await Expect(card).ToContainTextAsync("Browser built, edited");
        await Expect(card).ToContainTextAsync("1 exercise ");

        await card.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.ClickAsync("button:has-text('Delete this routine')");
        await Expect(page.Locator(".routine-card[data-routine=browser-built]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_plan_can_be_saved_as_an_own_routine_and_settings_are_kept()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/routines?minutes=8&place=home&goal=cool-down");
        await page.FillAsync("input[name=name]", "Evening unwind");
        await page.ClickAsync("button:has-text('Save as my routine')");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Edit Evening unwind");
        var saved = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/routines/evening-unwind")).TextAsync()).RootElement;
        saved.GetProperty("origin").GetString().ShouldBe("saved");
        saved.GetProperty("standardSeconds").GetInt32().ShouldBeLessThanOrEqualTo(8 * 60);

        await page.GotoAsync("/settings");
        await page.SelectOptionAsync("select[name=level]", "gentle");
        await page.SelectOptionAsync("select[name=voice]", "off");
        await page.FillAsync("input[name=beepVolume]", "20");
        await page.SelectOptionAsync("select[name=remind-player]", "terminal");
        await page.ClickAsync("button:has-text('Save')");
        await Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Saved.");
        await Expect(page.Locator("select[name=level]")).ToHaveValueAsync("gentle");
        await Expect(page.Locator("select[name=remind-player]")).ToHaveValueAsync("terminal");
        var stored = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/settings")).TextAsync()).RootElement.EnumerateArray();
        stored.Single(e => e.GetProperty("key").GetString() == "remind-player").GetProperty("value").GetString().ShouldBe("terminal");
        (await page.APIRequest.PutAsync("/api/settings/remind-player", new() { DataObject = new { value = "default" } })).Ok.ShouldBeTrue();

        var timeline = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/routines/desk-break/timeline")).TextAsync()).RootElement;
        timeline.GetProperty("level").GetString().ShouldBe("gentle");
        await page.GotoAsync("/settings");
        await page.FillAsync("input[name=timeZone]", "Mars/Olympus");
        await page.ClickAsync("button:has-text('Save')");
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("Unknot does not know the time zone ‘Mars/Olympus’");
        await page.SelectOptionAsync("select[name=level]", "standard");
        await page.FillAsync("input[name=timeZone]", "Etc/UTC");
        await page.ClickAsync("button:has-text('Save')");
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
        await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Escape"),
            r => r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Ok && r.Request.PostData?.Contains("\"endedAt\"", StringComparison.Ordinal) == true);
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
    public async Task No_page_writes_an_error_to_the_console_with_the_service_worker_at_work()
    {
        var page = await browser.NewPage();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var saved = await page.APIRequest.PostAsync("/api/routines", new APIRequestContextOptions
        {
            DataObject = new { name = "Console check", items = new[] { new { exercise = "chair-rotation" } } },
        });
        var own = (await saved.JsonAsync())!.Value.GetProperty("id").GetString();
        var listed = (await (await page.APIRequest.GetAsync("/api/offline")).JsonAsync())!.Value.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!);
        string[] more = ["/library?target=neck", "/settings", "/routines/new", $"/routines/{own}/edit", "/routines/desk-break/print", "/play/plan?minutes=5&place=desk", "/measure"];
        var visited = 0;
        foreach (var address in listed.Concat(more))
        {
            var response = await page.GotoAsync(address);
            response!.Ok.ShouldBeTrue(address);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            visited++;
        }
        visited.ShouldBeGreaterThan(20);
        listed.ShouldContain($"/play/{own}");
        errors.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_exercise_page_shows_its_key_poses_on_a_desktop_and_a_phone()
    {
        foreach (var (width, height, name) in new[] { (1280, 900, "desktop"), (390, 844, "phone") })
        {
            var page = await browser.NewPage(width, height);
            foreach (var id in Unknot.Testing.Builtins.ExpectedIds)
            {
                await page.GotoAsync($"/library/{id}");
                var poses = page.Locator(".key-poses figure");
                (await poses.CountAsync()).ShouldBeGreaterThanOrEqualTo(2, id);
                (await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, id);
                await page.Locator(".key-poses").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(browser.Screenshots, $"figure-{id}-{name}.png") });
            }
        }
    }

    [Fact]
    public async Task Browser_reminders_ask_for_permission_only_when_turned_on_and_their_click_starts_the_break()
    {
        var page = await browser.NewPage();
        await page.AddInitScriptAsync("""
            window.__asked = 0;
            window.__notes = [];
            window.__noted = new Promise(resolve => { window.__resolveNote = resolve; });
            window.Notification = class {
                constructor(title, options) { this.title = title; this.body = options.body; window.__notes.push(this); window.__resolveNote(this); }
                close() {}
                static get permission() { return window.__asked ? 'granted' : 'default'; }
                static requestPermission() { window.__asked++; return Promise.resolve('granted'); }
            };
            """);
        // Sessions other tests of this shared server left unfinished would count as playing, and hold reminders back.
        var sessions = (await (await page.APIRequest.GetAsync("/api/sessions?limit=1000")).JsonAsync())!.Value;
        foreach (var left in sessions.EnumerateArray().Where(s => s.TryGetProperty("resumable", out var r) && r.GetBoolean()))
        {
            (await page.APIRequest.DeleteAsync($"/api/sessions/{left.GetProperty("id").GetString()}")).Ok.ShouldBeTrue();
        }
        var settings = new[] { ("remind-every", "10s"), ("remind-hours", "00:00-23:59"), ("remind-days", "every-day") };
        foreach (var (key, value) in settings)
        {
            (await page.APIRequest.PutAsync($"/api/settings/{key}", new() { DataObject = new { value } })).Ok.ShouldBeTrue(key);
        }
        try
        {
            await Freeze(page);
            await page.GotoAsync("/settings");
            await page.Mouse.MoveAsync(50, 50);
            await page.Clock.RunForAsync(30_000);
            (await page.EvaluateAsync<int>("window.__asked")).ShouldBe(0, "no permission asked before the user turns reminders on");
            (await page.EvaluateAsync<int>("window.__notes.length")).ShouldBe(0);

            await page.CheckAsync("#remind-browser");
            await Expect(page.Locator("#remind-browser-state")).ToContainTextAsync("On:");
            (await page.EvaluateAsync<int>("window.__asked")).ShouldBe(1);

            // Active in the tab: the next report covers 15 s with input in it, more than the 10 s asked for.
            await page.Mouse.MoveAsync(120, 80);
            await page.RunAndWaitForResponseAsync(() => page.Clock.RunForAsync(15_000), r => r.Url.EndsWith("/api/remind/tick", StringComparison.Ordinal));
            // A deadline for the page's answer, not a wait for time: the clock in the page stays still.
            var title = await page.EvaluateAsync<string>("window.__noted.then(n => n.title)").WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
            title.ShouldBe("Time for a break");
            (await page.EvaluateAsync<string>("window.__notes[0].body")).ShouldContain("10s of active time since your last break");
            (await page.EvaluateAsync<string>("window.__notes[0].body")).ShouldContain("A 3-minute break at the desk");

            await page.RunAndWaitForResponseAsync(() => page.EvaluateAsync("window.__notes[0].onclick()"), r => r.Url.EndsWith("/api/remind/answer", StringComparison.Ordinal) && r.Status == 204);
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/play/plan\\?minutes=3&place=desk&goal=relief&level=[a-z]+&seed=0"));
            await Expect(page.Locator("#start")).ToBeVisibleAsync();
            var stats = (await (await page.APIRequest.GetAsync("/api/stats")).JsonAsync())!.Value;
            stats.GetProperty("breaks").GetProperty("taken").GetInt32().ShouldBe(1);
        }
        finally
        {
            foreach (var (key, _) in settings)
            {
                await page.APIRequest.PutAsync($"/api/settings/{key}", new() { DataObject = new { value = "default" } });
            }
        }
    }
}
