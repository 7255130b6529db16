using System.Net;
using System.Text.RegularExpressions;

namespace Unknot.Web.Tests;

/// <summary>
/// The page scripts are ES modules. Each module a page imports is linked in its markup (modulepreload) by the very
/// address its import asks for, so the browser fetches it at once and the service worker, which keeps what a page's
/// markup names, keeps it for use without the network.
/// </summary>
public sealed partial class ModuleTests : IDisposable
{
    private readonly TestApp _app = new();
    private readonly HttpClient _http;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ModuleTests() => _http = _app.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    public static TheoryData<string> Pages =>
    [
        "/", "/library", "/library/cat-cow", "/routines", "/routines/new", "/routines/desk-break/edit", "/routines/desk-break/print",
        "/play/desk-break", "/play/plan?minutes=5&place=desk", "/history", "/measure", "/settings", "/offline",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_module_a_page_imports_is_linked_in_its_markup_and_each_runs_once(string page)
    {
        var html = await _http.GetStringAsync(page, Cancel);
        var entries = ModuleScript().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        var linked = Preload().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        entries.ShouldContain(e => e.StartsWith("/js/site.js?v=", StringComparison.Ordinal), $"{page}: every page runs site.js, with its version in the address");
        Regex.IsMatch(html, "<script(?![^>]*type=\"(module|application/json)\")[^>]*>").ShouldBeFalse($"{page}: a script that is not a module");

        var imported = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(entries.Select(e => e.Split('?')[0]));
        while (queue.TryDequeue(out var module))
        {
            foreach (var next in await Imports(module))
            {
                if (imported.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        imported.ShouldNotBeEmpty(page);
        foreach (var module in imported)
        {
            linked.ShouldContain(module, $"{page} imports {module} without linking it: the service worker would not keep it");
        }
        foreach (var link in linked)
        {
            imported.ShouldContain(link, $"{page} links {link}, which none of its scripts imports");
        }
        foreach (var entry in entries)
        {
            // Under its versioned address a module imported too would be a second copy of it, run twice.
            imported.ShouldNotContain(entry.Split('?')[0], $"{page} runs {entry} and imports it as well");
        }
    }

    [Fact]
    public async Task The_player_and_the_camera_check_are_modules_of_the_pages_that_use_them()
    {
        var player = ModuleScript().Matches(await _http.GetStringAsync("/play/desk-break", Cancel)).Select(m => m.Groups[1].Value.Split('?')[0]);
        player.ShouldContain("/js/player.js");
        var exercise = ModuleScript().Matches(await _http.GetStringAsync("/library/cat-cow", Cancel)).Select(m => m.Groups[1].Value.Split('?')[0]);
        exercise.ShouldContain("/js/figure-demo.js");
        (await Imports("/js/player.js")).ShouldContain("/js/player-clock.js");
    }

    [Fact]
    public void No_script_shares_a_global_on_window()
    {
        var scripts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "wwwroot", "js"), "*.js");
        scripts.Length.ShouldBeGreaterThan(10);
        foreach (var script in scripts)
        {
            var text = File.ReadAllText(script);
            WindowGlobal().IsMatch(text).ShouldBeFalse($"{Path.GetFileName(script)} sets a property of window");
            text.Split('\n').Length.ShouldBeLessThanOrEqualTo(300, $"{Path.GetFileName(script)} is past 300 lines");
        }
    }

    /// <summary>The addresses a module imports, as the browser resolves them against its own.</summary>
    private async Task<string[]> Imports(string module)
    {
        using var response = await _http.GetAsync(module, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, module);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return StaticImport().Matches(text).Select(m => new Uri(new Uri("http://localhost" + module), m.Groups[1].Value).AbsolutePath).ToArray();
    }

    [GeneratedRegex("<script type=\"module\" src=\"([^\"]+)\"")]
    private static partial Regex ModuleScript();

    [GeneratedRegex("<link rel=\"modulepreload\" href=\"([^\"]+)\"")]
    private static partial Regex Preload();

    [GeneratedRegex(@"^import\s+(?:[^'""]+\s+from\s+)?['""]([^'""]+)['""]", RegexOptions.Multiline)]
    private static partial Regex StaticImport();

    [GeneratedRegex(@"\bwindow\.\w+\s*=(?!=)")]
    private static partial Regex WindowGlobal();
}
