using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// Every page, as the server renders it in personal and in hosted mode (with sessions, a saved routine and a token
/// so that its tables and cards are there, and the pages that answer a mistake), read by the HTML validator.
/// </summary>
public sealed class ValidHtmlTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_page_in_personal_and_hosted_mode_is_valid_html()
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var personal = new TestApp())
        {
            Add(pages, await PersonalPages(personal));
        }
        await using (var hosted = new HostedTestApp())
        {
            Add(pages, await HostedPages(hosted));
        }

        var errors = await HtmlValidator.ErrorsAsync(pages, Cancel);

        pages.Count.ShouldBeGreaterThan(50);
        if (errors.Count > 0)
        {
            Assert.Fail($"{errors.Count} HTML errors in {pages.Count} pages:\n{string.Join('\n', errors)}");
        }
    }

    private static void Add(Dictionary<string, string> pages, RenderedPages rendered)
    {
        foreach (var (name, html) in rendered.Html)
        {
            pages[name] = html;
        }
    }

    private const string Measured = """
        "measurements":{"before":{"rotationLeft":55,"rotationRight":60,"tiltLeft":30,"tiltRight":28,"flexion":45,"extension":50,"atLeast":["rotationLeft"]},"after":{"rotationLeft":62,"tiltRight":33},"form":[{"segment":12,"exercise":"neck-rotations-and-tilts","direction":"tiltLeft","from":20,"to":45,"heldSeconds":12,"ofSeconds":15}]}
        """;

    private const string Unfinished = "7b1e6f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b";

    private static async Task<RenderedPages> PersonalPages(TestApp app)
    {
        var client = app.CreateClient();
        var pages = new RenderedPages(client, "personal");
        // A first visit: the welcome, and the welcome answered with a part it does not offer.
        await pages.Get("/");
        await pages.Post("/", "/?handler=Welcome", "a part it does not offer", ("level", "gentle"), ("focus", "elbow"));
        await Seed(client);
        // What a device keeps offline is every page a visitor reaches by links: home, library, each exercise, the
        // routines, each routine's player, history, the camera check and the page for one that was not kept.
        using (var offline = JsonDocument.Parse(await client.GetStringAsync("/api/offline", Cancel)))
        {
            foreach (var page in offline.RootElement.GetProperty("pages").EnumerateArray())
            {
                await pages.Get(page.GetString()!);
            }
        }
        using (var routines = JsonDocument.Parse(await client.GetStringAsync("/api/routines", Cancel)))
        {
            foreach (var routine in routines.RootElement.EnumerateArray())
            {
                await pages.Get($"/routines/{routine.GetProperty("id").GetString()}/print");
            }
        }
        foreach (var address in new[]
        {
            "/settings", "/settings?saved=true", "/library?target=neck", "/routines?minutes=5&place=desk", "/routines/new",
            "/routines/new?from=desk-break", "/routines/train-seat/edit", "/play/plan?minutes=5&place=desk",
            $"/play/desk-break?resume={Unfinished}", "/history?limit=1",
            // Pages that answer a mistake (400) with the page and what is wrong.
            "/play/desk-break?level=bogus", "/play/plan?minutes=0&place=desk", "/library?target=elbow", "/routines?minutes=5&place=moon",
            // Wrong addresses (404): a near miss with its suggestion, a far one, and a path no page answers.
            "/library/lateral-neck", "/play/desk-brake", "/routines/nope/print", "/nope",
        })
        {
            await pages.Get(address);
        }
        await pages.Post("/settings", "/settings", "a time zone that does not exist",
            ("level", "standard"), ("voice", "off"), ("voiceName", ""), ("beepVolume", "60"), ("timeZone", "Mars/Olympus"));
        await pages.Post("/history", $"/history?handler=Edit&id={Unfinished}", "a pain score above 10", ("painAfter", "11"), ("note", ""));
        await pages.Post("/routines/new", "/routines/new", "an exercise added", ("Name", "Mine"), ("Items[0].Exercise", "cat-cow"), ("action", "add"));
        await pages.Post("/routines/new", "/routines/new", "no name", ("Name", ""), ("Items[0].Exercise", "cat-cow"), ("action", "save"));
        await pages.Get("/programs");
        await Following(client, pages);
        return pages;
    }

    /// <summary>The pages that show a programme followed: its page (with each change said), home, history and the player of today's session.</summary>
    private static async Task Following(HttpClient client, RenderedPages into)
    {
        var pages = new RenderedPages(client, "personal, following a programme");
        await pages.Post("/programs", "/programs?handler=Start", "a programme started", ("program", "desk-worker-4-weeks"));
        await pages.Post("/programs", "/programs?handler=Resume", "not paused", ("x", ""));
        await pages.Post("/programs", "/programs?handler=Plan", "too many weeks", ("weeks", "40"), ("minutes", "5"), ("place", "desk"), ("days", "mon"));
        foreach (var address in new[] { "/programs", "/", "/history", "/play/program?kind=0", "/play/program?kind=7" })
        {
            await pages.Get(address);
        }
        await pages.Post("/programs", "/programs?handler=Pause", "paused", ("x", ""));
        foreach (var (name, html) in pages.Html)
        {
            into.Html[name] = html;
        }
    }

    /// <summary>A saved routine, two sessions (one with the camera's measurements), and one left unfinished.</summary>
    private static async Task Seed(HttpClient client)
    {
        foreach (var (url, body) in new[]
        {
            ("/api/routines", """{"id":"train-seat","name":"Train seat","description":"On the way","items":[{"exercise":"chair-rotation"},{"exercise":"lateral-neck-stretch","level":"gentle","restAfter":10}]}"""),
            ("/api/sessions", $$"""{"routine":"desk-break","endedAt":"2026-11-17T09:10:00Z","painBefore":5,"painAfter":3,"note":"stiff <b>morning</b>",{{Measured}}}"""),
            ("/api/sessions", """{"routine":"warm-up","endedAt":"2026-11-16T18:00:00Z","painBefore":4,"painAfter":4}"""),
            ("/api/sessions", $$"""{"id":"{{Unfinished}}","routine":"desk-break","completed":false,"checkpoint":{"segment":3,"seconds":2} }"""),
        })
        {
            using var answer = await client.PostAsync(url, TestApp.Json(body), Cancel);
            answer.IsSuccessStatusCode.ShouldBeTrue($"{url}: {await answer.Content.ReadAsStringAsync(Cancel)}");
        }
    }

    private static async Task<RenderedPages> HostedPages(HostedTestApp app)
    {
        var stranger = new RenderedPages(app.CreateClient(), "hosted");
        await stranger.Get("/account/login");
        await stranger.Get("/account/register");
        await stranger.Post("/account/login", "/account/login", "a wrong password", ("email", "nobody@example.org"), ("password", "Wrong-password-1"));
        await stranger.Post("/account/register", "/account/register", "a short password", ("email", "short@example.org"), ("password", "short"));

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        var member = new RenderedPages(client, "hosted, signed in");
        // Registering signs in and leads home.
        await member.Post("/account/register", "/account/register", "a new account", ("email", "ann@example.org"), ("password", "Stretch-1234-long"));
        await Seed(client);
        foreach (var address in new[] { "/library", "/library/cat-cow", "/routines", "/programs", "/play/desk-break", "/history", "/settings", "/measure",
                     "/account/tokens", "/account/password", "/account/delete", "/account/logout", "/library/lateral-neck", "/nope" })
        {
            await member.Get(address);
        }
        await member.Post("/account/tokens", "/account/tokens?handler=Create", "a token made", ("name", "laptop"));
        await member.Post("/account/password", "/account/password", "a wrong current password", ("current", "nope"), ("password", "Another-1234-long"));
        await member.Post("/account/delete", "/account/delete", "a wrong confirmation", ("confirm", "someone@example.org"));
        foreach (var (name, html) in member.Html)
        {
            stranger.Html[name] = html;
        }
        return stranger;
    }
}
