using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Unknot.Web.Tests;

/// <summary>The routine builder in Chromium: changed in place with script, and still whole without it.</summary>
public sealed class BuilderBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "shots-builder");

    private static ILocator Row(IPage page, int number) => page.Locator($".builder-row:nth-child({number})");

    private static ILocator Thumb(IPage page, int number) => Row(page, number).Locator(".thumb-slot img");

    /// <summary>A new page that counts its main frame's navigations and carries a mark that a page load would wipe.</summary>
    private async Task<(IPage Page, Func<int> Navigations)> Builder(string address = "/routines/new")
    {
        var page = await browser.NewPage();
        await page.GotoAsync(address);
        var navigations = 0;
        page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) navigations++; };
        await page.EvaluateAsync("() => { window.__builderMark = 'still here'; }");
        return (page, () => navigations);
    }

    private static async Task<string> MarkOf(IPage page) => await page.EvaluateAsync<string>("() => window.__builderMark || 'gone'");

    /// <summary>What the server says the exercises chosen now come to, asked the way any client would.</summary>
    private static async Task<string> TotalOf(IPage page, params string[] exercises)
    {
        var answer = await page.APIRequest.PostAsync("/api/routines/preview", new() { DataObject = new { items = exercises.Select(e => new { exercise = e }).ToArray() } });
        return JsonDocument.Parse(await answer.TextAsync()).RootElement.GetProperty("total").GetString()!;
    }

    private static async Task<string[]> Stored(IPage page, string id)
    {
        var answer = await page.APIRequest.GetAsync($"/api/routines/{id}");
        answer.Status.ShouldBe(200, $"the routine '{id}' is stored");
        return JsonDocument.Parse(await answer.TextAsync()).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("exercise").GetString()!).ToArray();
    }

    private static async Task<int> SavedCount(IPage page) =>
        JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/routines")).TextAsync()).RootElement.EnumerateArray().Count(r => r.GetProperty("origin").GetString() == "saved");

    [Fact]
    public async Task Exercises_are_added_moved_and_removed_without_a_page_load_and_the_picture_and_total_follow()
    {
        var (page, navigations) = await Builder();
        var first = await page.Locator("select[name='Items[0].Exercise']").InputValueAsync();
        await page.FillAsync("input[name=Name]", "In place");

        await page.SelectOptionAsync("select[name='Items[0].Exercise']", "chest-stretch");
        await Expect(Thumb(page, 1)).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/api/exercises/chest-stretch/figure\\.svg"));
        await Expect(page.Locator("#builder-total strong")).ToHaveTextAsync(await TotalOf(page, "chest-stretch"));

        await page.ClickAsync("button:has-text('Add an exercise')");
        await Expect(page.Locator(".builder-row")).ToHaveCountAsync(2);
        await Expect(page.Locator("select[name='Items[1].Exercise']")).ToBeFocusedAsync();
        await page.SelectOptionAsync("select[name='Items[1].Exercise']", "cat-cow");
        await Expect(Thumb(page, 2)).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/api/exercises/cat-cow/figure\\.svg"));
        await Expect(page.Locator("#builder-total strong")).ToHaveTextAsync(await TotalOf(page, "chest-stretch", "cat-cow"));

        await page.ClickAsync("button[aria-label='Move exercise 2 up']");
        await Expect(page.Locator("select[name='Items[0].Exercise']")).ToHaveValueAsync("cat-cow");
        await Expect(page.Locator("select[name='Items[1].Exercise']")).ToHaveValueAsync("chest-stretch");
        await Expect(Thumb(page, 1)).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/api/exercises/cat-cow/"));
        await Expect(page.Locator("button[aria-label='Move exercise 1 up']")).ToBeFocusedAsync();

        await page.ClickAsync("button:has-text('Add an exercise')");
        await Expect(page.Locator("select[name='Items[2].Exercise']")).ToHaveValueAsync(first);
        await page.ClickAsync("button[aria-label='Remove exercise 1']");
        await Expect(page.Locator(".builder-row")).ToHaveCountAsync(2);
        await Expect(page.Locator("select[name='Items[0].Exercise']")).ToHaveValueAsync("chest-stretch");
        await Expect(page.Locator("#builder-total strong")).ToHaveTextAsync(await TotalOf(page, "chest-stretch", first));

        navigations().ShouldBe(0);
        (await MarkOf(page)).ShouldBe("still here");

        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        (await Stored(page, "in-place")).ShouldBe(["chest-stretch", first]);
        (await MarkOf(page)).ShouldBe("still here", "saving did not load a page");
        page.Url.ShouldEndWith("/routines/in-place/edit", Case.Sensitive, "the address is the saved routine's, for a reload or a bookmark");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Edit In place");

        // Saved again, it is changed in place, not saved a second time under another id.
        await page.FillAsync("input[name='Items[1].RestAfter']", "20");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("");
        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        var routines = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/routines")).TextAsync()).RootElement.EnumerateArray();
        routines.Count(r => r.GetProperty("name").GetString() == "In place").ShouldBe(1, "saved again under the same id");
        var saved = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/routines/in-place")).TextAsync()).RootElement;
        saved.GetProperty("items")[1].GetProperty("restAfter").GetInt32().ShouldBe(20);
        (await page.APIRequest.DeleteAsync("/api/routines/in-place")).Status.ShouldBe(204);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_bad_rest_is_told_next_to_its_field_with_every_other_problem_and_nothing_is_saved()
    {
        var (page, navigations) = await Builder();
        var before = await SavedCount(page);
        await page.FillAsync("input[name=Name]", "");
        await page.FillAsync("input[name='Items[0].RestAfter']", "700");

        var rest = page.Locator(".builder-rest").Filter(new() { Has = page.Locator("input[name='Items[0].RestAfter']") });
        const string tooLong = "Rest must be a whole number of seconds from 0 to 600, got 700.";
        await Expect(rest.Locator(".field-problem")).ToHaveTextAsync(tooLong, new() { Timeout = 5000 });
        await Expect(page.Locator("#builder-total [data-unknown]")).ToBeVisibleAsync();

        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.Locator(".field").Filter(new() { Has = page.Locator("input[name=Name]") }).Locator(".field-problem")).ToHaveTextAsync("The name must not be empty.");
        await Expect(rest.Locator(".field-problem")).ToHaveTextAsync(tooLong);
        await Expect(page.Locator("input[name='Items[0].RestAfter']")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Name" })).ToHaveAccessibleDescriptionAsync("The name must not be empty.");
        await Expect(page.Locator("#builder-problems")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("");
        (await SavedCount(page)).ShouldBe(before, "nothing is saved");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "builder-problems-1366-light.png"), FullPage = true });

        await page.FillAsync("input[name=Name]", "Rested");
        await page.FillAsync("input[name='Items[0].RestAfter']", "30");
        await Expect(rest.Locator(".field-problem")).ToHaveTextAsync("");
        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Expect(page.Locator("#builder-problems")).ToBeHiddenAsync();
        await Expect(page.Locator("input[name='Items[0].RestAfter']")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        (await Stored(page, "rested")).Length.ShouldBe(1);
        navigations().ShouldBeLessThanOrEqualTo(1, "at most the address changed to the saved routine's");
        (await MarkOf(page)).ShouldBe("still here");
        (await page.APIRequest.DeleteAsync("/api/routines/rested")).Status.ShouldBe(204);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_script_the_form_still_adds_moves_tells_problems_and_saves()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl, JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/routines/new");
        await page.FillAsync("input[name=Name]", "No script");
        await page.SelectOptionAsync("select[name='Items[0].Exercise']", "chest-stretch");
        await page.ClickAsync("button:has-text('Add an exercise')");
        await page.SelectOptionAsync("select[name='Items[1].Exercise']", "cat-cow");
        await Expect(Thumb(page, 2)).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/api/exercises/"));
        await page.ClickAsync("button[aria-label='Move exercise 2 up']");
        await Expect(page.Locator("select[name='Items[0].Exercise']")).ToHaveValueAsync("cat-cow");
        await Expect(Thumb(page, 1)).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/api/exercises/cat-cow/"));
        await Expect(page.Locator("#builder-total strong")).ToHaveTextAsync(await TotalOf(page, "cat-cow", "chest-stretch"));

        // The server's words, not the browser's: the form is checked by the rule the API uses.
        await page.FillAsync("input[name='Items[1].RestAfter']", "900");
        await page.FillAsync("input[name=Name]", "");
        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.Locator(".builder-rest").Filter(new() { Has = page.Locator("input[name='Items[1].RestAfter']") }).Locator(".field-problem"))
            .ToHaveTextAsync("Rest must be a whole number of seconds from 0 to 600, got 900.");
        await Expect(page.Locator("#builder-problems")).ToBeVisibleAsync();
        await Expect(page.Locator(".field").Filter(new() { Has = page.Locator("input[name=Name]") }).Locator(".field-problem")).ToHaveTextAsync("The name must not be empty.");
        (await page.APIRequest.GetAsync("/api/routines/no-script")).Status.ShouldBe(404);

        await page.FillAsync("input[name=Name]", "No script");
        await page.FillAsync("input[name='Items[1].RestAfter']", "15");
        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.Locator(".routine-card[data-routine=no-script]")).ToContainTextAsync("2 exercises");
        (await Stored(page, "no-script")).ShouldBe(["cat-cow", "chest-stretch"]);
        (await page.APIRequest.DeleteAsync("/api/routines/no-script")).Status.ShouldBe(204);
        await context.CloseAsync();
    }

    [Theory]
    [InlineData(390, 844, ColorScheme.Light)]
    [InlineData(390, 844, ColorScheme.Dark)]
    [InlineData(1366, 768, ColorScheme.Light)]
    [InlineData(1366, 768, ColorScheme.Dark)]
    public async Task The_builder_fits_a_phone_and_a_laptop_with_tap_targets_of_44_pixels(int width, int height, ColorScheme scheme)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl, ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/routines/new?from=desk-break");
        var name = $"builder-{width}-{scheme.ToString().ToLowerInvariant()}";
        await Expect(page.Locator("#builder-total [data-known]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}.png"), FullPage = true });

        await page.FillAsync("input[name='Items[1].RestAfter']", "700");
        await Expect(page.Locator(".field-problem:not(:empty)")).ToHaveTextAsync("Rest must be a whole number of seconds from 0 to 600, got 700.");
        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.Locator("#builder-problems")).ToBeVisibleAsync();
        foreach (var control in await page.Locator("form.builder :is(button, select, input):visible").AllAsync())
        {
            var box = (await control.BoundingBoxAsync()).ShouldNotBeNull();
            var what = await control.EvaluateAsync<string>("e => e.getAttribute('aria-label') || e.name || e.textContent");
            box.Height.ShouldBeGreaterThanOrEqualTo(44, what);
            box.Width.ShouldBeGreaterThanOrEqualTo(44, what);
        }
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, "nothing runs off the side");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-problem.png"), FullPage = true });

        await page.FillAsync("input[name='Items[1].RestAfter']", "30");
        await page.ClickAsync("button:has-text('Save routine')");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await page.Locator(".builder-actions").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-saved.png") });
        var id = page.Url.Split('/')[^2];
        (await page.APIRequest.DeleteAsync($"/api/routines/{id}")).Status.ShouldBe(204);
        await context.CloseAsync();
    }
}
