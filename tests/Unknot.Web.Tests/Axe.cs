using System.Text.Json;
using Microsoft.Playwright;

namespace Unknot.Web.Tests;

/// <summary>
/// axe-core (pinned in this folder's package.json; <c>npm ci</c> installs it) run in a page against the WCAG 2.2 A and
/// AA rules. The page's context must bypass the pages' script policy (<c>BypassCSP</c>), since the checker is a
/// script the test adds.
/// </summary>
internal static class Axe
{
    private static readonly string Script = Path.Combine(HtmlValidator.Repository(), "tests", "Unknot.Web.Tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Each rule the page breaks, as one line with up to three of the elements that break it.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        File.Exists(Script).ShouldBeTrue("npm ci in tests/Unknot.Web.Tests installs axe-core");
        await page.AddScriptTagAsync(new() { Path = Script });
        var found = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }))
                .violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))
            """);
        return [.. found.EnumerateArray().Select(v => v.GetString()!)];
    }
}
