using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Unknot.Web.Tests.PlayerPage;

namespace Unknot.Web.Tests;

/// <summary>
/// Settings in Chromium: an import, the settings a plan is kept with, and the browser's break reminders. Time in the
/// page is Playwright's fake clock: nothing waits in real time.
/// </summary>
[Collection(SiteBrowser.Name)]
public sealed class SettingsBrowserTests(BrowserFixture browser)
{
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
