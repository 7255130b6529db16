using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Unknot.Web.Tests;

/// <summary>
/// The site around the player in Chromium: where it answers, the install offer, the library, the builder, and no error
/// in any page's console.
/// </summary>
[Collection(SiteBrowser.Name)]
public sealed class SiteBrowserTests(BrowserFixture browser)
{
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
}
