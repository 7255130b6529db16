using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Testing;
using Unknot.Text;
using static Microsoft.Playwright.Assertions;

namespace Unknot.Web.Tests;

/// <summary>The app's own server with a finished, a stopped early, a left mid-way and a planned session in its history, and a programme followed.</summary>
public sealed class PlainWordsFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Browser.InitializeAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Browser.BaseUrl) };
        foreach (var report in new object[]
        {
            new { routine = "desk-break", painBefore = 6, painAfter = 3 },
            new { routine = "full-upper-back", completed = false, segments = new[] { "done", "done", "skipped" }, painBefore = 5 },
            new { routine = "desk-break", completed = false, segments = new[] { "done", "done" }, checkpoint = new { segment = 2 } },
            new { routine = "plan", items = new[] { "childs-pose", "traps-lacrosse-ball" }, painBefore = 4, painAfter = 4 },
        })
        {
            using var response = await http.PostAsJsonAsync("/api/sessions", report);
            response.EnsureSuccessStatusCode();
        }
        // A programme planned for two areas whose words are kebab-case, followed every day.
        using var started = await http.PostAsJsonAsync("/api/program", new { plan = new { weeks = 3, days = "every-day", minutes = 5, place = "desk", focus = new[] { "upper-back", "levator-scapulae" } } });
        started.EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync() => Browser.DisposeAsync();
}

/// <summary>
/// The pages speak plainly: no ids or kebab-case words, no "segments", no seed, no commands, no "0.1 min"; History
/// fits a phone; the planner's "Show me another"; a form's problems each beside its field.
/// </summary>
public sealed class PlainWordsTests(PlainWordsFixture fixture) : IClassFixture<PlainWordsFixture>
{
    private BrowserFixture Browser => fixture.Browser;

    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "shots-words");

    private async Task<IPage> Page(int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = Browser.BaseUrl,
            ColorScheme = scheme,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Every kebab-case word a page could leak: the catalog's exercise and routine ids, its tags, and each vocabulary's words.</summary>
    private static IReadOnlyList<string> KebabWords() =>
        Builtins.Catalog.All.Select(e => e.Id.Value)
            .Concat(Builtins.Routines.All.Select(r => r.Id))
            .Concat(ExerciseTags.Known(Builtins.Catalog))
            .Concat(Kebab.All<Target>()).Concat(Kebab.All<Equipment>()).Concat(Kebab.All<Unknot.Catalog.Position>()).Concat(Kebab.All<ExerciseKind>())
            .Concat(Kebab.All<ExerciseContext>()).Concat(Kebab.All<Goal>()).Concat(Kebab.All<Place>()).Concat(Kebab.All<Dosing.Level>())
            .Concat(Kebab.All<Progress.SessionStatus>()).Concat(Kebab.All<Reminders.BreakPlayer>())
            .Concat(Programmes.ProgrammeSet.Load(Builtins.Catalog, Builtins.Routines, null).Programmes.All.Select(p => p.Id))
            .Where(w => w.Contains('-') && !Plain.EnglishWords.Contains(w))
            .Distinct()
            .ToArray();

    private static readonly (string Why, Regex Pattern)[] DeveloperWords =
    [
        ("the word segment", new Regex(@"segment", RegexOptions.IgnoreCase)),
        ("a seed", new Regex(@"\bSeed\b")),
        ("a command", new Regex(@"\bunknot [a-z]")),
        ("a fraction of a minute", new Regex(@"\b0[.,]\d+\s*min")),
    ];

    [Fact]
    public async Task No_page_shows_an_id_a_kebab_case_word_a_command_or_a_fraction_of_a_minute()
    {
        var words = KebabWords();
        words.ShouldContain("lacrosse-ball");
        words.ShouldContain("childs-pose");
        words.ShouldContain("desk-worker-4-weeks");
        var addresses = new List<string> { "/", "/library", "/routines", "/routines?minutes=5&place=desk", "/routines?minutes=10&place=gym&equipment=lacrosse-ball", "/history", "/settings", "/measure",
            "/programs", "/play/program?kind=0" };
        addresses.AddRange(Builtins.Catalog.All.Select(e => $"/library/{e.Id.Value}"));
        addresses.AddRange(Builtins.Routines.All.Select(r => $"/routines/{r.Id}/print"));
        var page = await Page(1366, 768);
        var found = new List<string>();

        foreach (var address in addresses)
        {
            await page.GotoAsync(address);
            var text = await page.InnerTextAsync("body");
            found.AddRange(words.Where(w => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(w)}(?![\w-])")).Select(w => $"{address}: '{w}'"));
            found.AddRange(DeveloperWords.Where(d => d.Pattern.IsMatch(text)).Select(d => $"{address}: {d.Why} ('{d.Pattern.Match(text).Value}')"));
        }

        found.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task History_on_a_phone_is_a_card_per_session_with_pain_status_and_change_on_screen()
    {
        var page = await Page(390, 844);
        await page.GotoAsync("/history");

        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        var rows = page.Locator("#sessions tbody tr");
        (await rows.CountAsync()).ShouldBe(4);
        for (var i = 0; i < 4; i++)
        {
            foreach (var part in new[] { "[data-pain]", "[data-label=Status]", "summary" })
            {
                var box = (await rows.Nth(i).Locator(part).BoundingBoxAsync()).ShouldNotBeNull();
                box.X.ShouldBeGreaterThanOrEqualTo(0, $"{part} of session {i + 1}");
                (box.X + box.Width).ShouldBeLessThanOrEqualTo(390, $"{part} of session {i + 1}");
            }
        }
        // Each cell says what it is, as the table's head does on a wide screen.
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#sessions td[data-pain]'), '::before').content")).ShouldBe("\"Pain\"");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task History_on_a_wide_screen_is_a_table_and_tells_stopped_from_left_mid_way()
    {
        var page = await Page(1366, 768);
        await page.GotoAsync("/history");

        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#sessions tbody tr')).display")).ShouldBe("table-row");
        await Expect(page.Locator("#sessions thead")).ToBeVisibleAsync();
        var stopped = page.Locator("#sessions [data-status=stopped]");
        var midWay = page.Locator("#sessions [data-status=unfinished]");
        await Expect(stopped).ToHaveTextAsync("stopped early");
        await Expect(stopped.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await Expect(midWay).ToContainTextAsync("left mid-way");
        await Expect(midWay.GetByRole(AriaRole.Link, new() { Name = "Resume it" })).ToHaveAttributeAsync("href", new Regex("^/play/desk-break\\?resume="));
        await Expect(page.Locator("#status-help")).ToContainTextAsync("you pressed Stop");
        await Expect(page.Locator("#sessions [data-pain]").Filter(new() { HasText = "6 → 3" })).ToHaveTextAsync("6 → 3, 3 lower");
        await Expect(page.Locator("#sessions [data-pain]").Filter(new() { HasText = "4 → 4" })).ToHaveTextAsync("4 → 4, no change");
        // The exercises by their names, the average change in words.
        await Expect(page.Locator("main")).ToContainTextAsync("Child's pose");
        await Expect(page.Locator(".stat-row")).ToContainTextAsync("pain 1.5 lower on average");
        await page.Context.CloseAsync();
    }

    private static async Task<string[]> Picks(IPage page) => (await page.Locator("#plan .plan-pick strong").AllInnerTextsAsync()).ToArray();

    [Fact]
    public async Task Show_me_another_plans_a_different_routine_for_the_same_choices()
    {
        var page = await Page(1366, 768);
        await page.GotoAsync("/routines");
        await Expect(page.GetByLabel("Seed")).ToHaveCountAsync(0);
        await page.FillAsync("#field-minutes", "5");
        await page.SelectOptionAsync("#field-place", "desk");
        // Each click leads to a new page: wait for that page before reading it, however busy the machine is.
        await page.ClickAsync("#plan-form button[type=submit]");
        await page.WaitForURLAsync(new Regex("minutes=5"), new() { Timeout = 60_000 });
        var first = await Picks(page);
        first.ShouldNotBeEmpty();

        await page.ClickAsync("#another");
        await page.WaitForURLAsync(new Regex("seed=[1-9]"), new() { Timeout = 60_000 });

        var second = await Picks(page);
        second.ShouldNotBeEmpty();
        second.ShouldNotBe(first);
        (await page.InputValueAsync("#field-minutes")).ShouldBe("5");
        (await page.InputValueAsync("#field-place")).ShouldBe("desk");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_planner_form_with_two_bad_fields_says_both_in_sentences_beside_them()
    {
        var page = await Page(390, 844);
        await page.GotoAsync("/routines");
        await page.FillAsync("#field-minutes", "500");
        await page.FillAsync("#field-sets", "9");
        await page.ClickAsync("#plan-form button[type=submit]");

        await Expect(page.Locator("#problems li")).ToHaveTextAsync(["Choose between 1 and 120 minutes.", "Choose between 1 and 4 sets of each."]);
        foreach (var (field, sentence) in new[] { ("minutes", "Choose between 1 and 120 minutes."), ("sets", "Choose between 1 and 4 sets of each.") })
        {
            var input = page.Locator($"#field-{field}");
            await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(input).ToHaveAttributeAsync("aria-describedby", $"problem-{field}");
            await Expect(input).ToHaveAccessibleDescriptionAsync(sentence);
            await Beside(input, page.Locator($"#problem-{field}"));
        }
        (await page.InputValueAsync("#field-minutes")).ShouldBe("500");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "routines-problems-390.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_settings_form_says_every_refused_value_beside_its_field_and_keeps_what_was_typed()
    {
        var page = await Page(1366, 768);
        await page.GotoAsync("/settings");
        await page.FillAsync("#field-beep-volume", "150");
        await page.FillAsync("#field-time-zone", "Mars/Olympus");
        await page.ClickAsync("form[aria-label=Preferences] button[type=submit]");

        await Expect(page.Locator("#problems li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#problem-beep-volume")).ToHaveTextAsync("Choose a volume between 0 and 100.");
        await Expect(page.Locator("#problem-time-zone")).ToContainTextAsync("does not know the time zone");
        await Beside(page.Locator("#field-beep-volume"), page.Locator("#problem-beep-volume"));
        await Beside(page.Locator("#field-time-zone"), page.Locator("#problem-time-zone"));
        (await page.InputValueAsync("#field-time-zone")).ShouldBe("Mars/Olympus");
        await page.Context.CloseAsync();
    }

    /// <summary>The sentence starts within a line's height below its field, and overlaps it across.</summary>
    private static async Task Beside(ILocator field, ILocator sentence)
    {
        var f = (await field.BoundingBoxAsync()).ShouldNotBeNull();
        var s = (await sentence.BoundingBoxAsync()).ShouldNotBeNull();
        (s.Y - (f.Y + f.Height)).ShouldBeInRange(-1, 40);
        (s.X < f.X + f.Width && f.X < s.X + s.Width).ShouldBeTrue();
    }

    [Fact]
    public async Task Screenshots_of_the_plain_pages_on_a_phone_and_a_laptop_light_and_dark()
    {
        Directory.CreateDirectory(Shots);
        foreach (var (width, height) in new[] { (390, 844), (1366, 768) })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var page = await Page(width, height, scheme);
                foreach (var (name, address, part) in new[]
                {
                    ("history", "/history", "#sessions"), ("library", "/library", ".cards"), ("exercise", "/library/traps-lacrosse-ball", ".tags"),
                    ("routines", "/routines?minutes=5&place=desk", "#plan"), ("settings", "/settings", "form[aria-label=Preferences]"),
                })
                {
                    await page.GotoAsync(address);
                    (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, $"{address} at {width} px");
                    var shot = $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}";
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{shot}.png"), FullPage = true });
                    // The part this work changed, at its real size, to look at closely.
                    await page.Locator(part).First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Shots, $"{shot}-part.png") });
                }
                await page.Context.CloseAsync();
            }
        }
    }
}
