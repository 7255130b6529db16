using System.Text.Json;
using Microsoft.Playwright;

namespace Unknot.Web.Tests;

/// <summary>A page on another site, in a real browser, tries to write into the running app and fails.</summary>
public sealed class CrossSiteBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_page_on_another_site_changes_nothing_with_a_form_or_a_fetch()
    {
        // The attacker's page: any page of another origin on this computer (localhost is another site than
        // 127.0.0.1); what it runs is the attacker's script. A page from the internet is kept off loopback
        // addresses by the browser itself, so this is the case the server has to stop on its own.
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/");
        var target = browser.BaseUrl;

        var opaque = await page.EvaluateAsync<string>($$"""
            fetch("{{target}}/api/sessions", { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain" },
                body: JSON.stringify({ routine: "desk-break", note: "forged-fetch" }) }).then(r => r.type)
            """);
        var preflighted = await page.EvaluateAsync<string>($$"""
            fetch("{{target}}/api/settings/level", { method: "PUT", headers: { "Content-Type": "application/json" },
                body: JSON.stringify({ value: "deep" }) }).then(r => "answered " + r.status, e => "blocked")
            """);
        // A form builds JSON without any script: the field name and value join into {"routine":…,"x":"="}.
        var response = await page.RunAndWaitForResponseAsync(() => page.EvaluateAsync($$"""
            (() => {
                const form = document.createElement("form");
                form.method = "post"; form.enctype = "text/plain"; form.action = "{{target}}/api/sessions";
                const input = document.createElement("input");
                input.name = '{"routine":"desk-break","note":"forged-form","x":"'; input.value = '"}';
                form.appendChild(input); document.body.appendChild(form); form.submit();
            })()
            """), r => r.Url == $"{target}/api/sessions" && r.Request.Method == "POST");

        opaque.ShouldBe("opaque");
        preflighted.ShouldBe("blocked");
        response.Status.ShouldBe(403);
        using var http = new HttpClient { BaseAddress = new Uri(target) };
        var sessions = await http.GetStringAsync("/api/sessions?limit=1000", TestContext.Current.CancellationToken);
        sessions.ShouldNotContain("forged");
        var settings = JsonDocument.Parse(await http.GetStringAsync("/api/settings", TestContext.Current.CancellationToken)).RootElement;
        settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "level").GetProperty("value").GetString().ShouldNotBe("deep");
    }
}
