using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Unknot.Web.Tests;

/// <summary>The account pages in Chromium, against hosted mode's two instances: the forms a person fills in, with their antiforgery tokens.</summary>
public sealed class HostedBrowserTests(HostedFixture hosted) : IClassFixture<HostedFixture>
{
    [Fact]
    public async Task Signing_out_deletes_the_pages_this_device_kept_for_the_account()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hosted.Instances[0] });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.FillAsync("input[name=email]", $"o{Guid.NewGuid():N}"[..12] + "@example.org");
        await page.FillAsync("input[name=password]", "Stretch-1234");
        await page.ClickAsync("button:has-text('Create my account')");
        await Expect(page.Locator("nav[aria-label=Main]")).ToContainTextAsync("Sign out");

        // Signed in, the account's pages are kept on this device for use without the network.
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        (await page.EvaluateAsync<bool>("() => caches.match('/history').then(r => !!r)")).ShouldBeTrue();

        await page.ClickAsync("nav >> text=Sign out");
        await page.ClickAsync("button:has-text('Sign out everywhere')");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.WaitForFunctionAsync("() => caches.keys().then(names => !names.some(n => n.startsWith('unknot-')))");
        (await page.EvaluateAsync<bool>("() => caches.match('/history').then(r => !!r)")).ShouldBeFalse("nothing of the account stays on this device");
    }

    [Fact]
    public async Task A_person_registers_makes_and_revokes_a_token_changes_the_password_and_deletes_the_account()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hosted.Instances[0] });
        var page = await context.NewPageAsync();
        var email = $"p{Guid.NewGuid():N}"[..12] + "@example.org";

        await page.GotoAsync("/history");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.ClickAsync("text=Create an account");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", "Stretch-1234");
        await page.ClickAsync("button:has-text('Create my account')");
        await Expect(page.Locator("nav[aria-label=Main]")).ToContainTextAsync("Sign out");

        await page.GotoAsync("/account/tokens");
        await page.FillAsync("input[name=name]", "phone");
        await page.ClickAsync("button:has-text('Make a token')");
        var secret = await page.Locator("#new-token").TextContentAsync();
        secret!.ShouldStartWith("unk_");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "unknot-screenshots", "account-tokens.png"), FullPage = true });
        await page.ClickAsync("form[aria-label='Revoke phone'] button");
        await Expect(page.Locator("text=No tokens yet.")).ToBeVisibleAsync();

        // An export with an exercise of their own and its picture, imported on the Settings page, is in their library.
        var export = System.Text.Json.Nodes.JsonNode.Parse($$"""
            {"format":"unknot-export","version":1,"exportedAt":"2026-11-01T09:00:00Z","sessions":[],"routines":[],"settings":{},
             "exercises":[{"file":"clinic.yaml","yaml":""}],"images":[{"file":"clinic.png","data":"{{Convert.ToBase64String(Unknot.Testing.TestPictures.Png)}}"}]}
            """)!;
        export["exercises"]![0]!["yaml"] = new Unknot.Testing.ExerciseYaml("clinic-stretch", Extra: "image: clinic.png\n").Text();
        await page.GotoAsync("/settings");
        await page.SetInputFilesAsync("input[name=file]", new FilePayload { Name = "export.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(export.ToJsonString()) });
        await page.ClickAsync("form[aria-label=Import] button");
        await Expect(page.Locator("#imported")).ToContainTextAsync("2 files");
        await page.GotoAsync("/library/clinic-stretch");
        await Expect(page.Locator("h1")).ToContainTextAsync("Test clinic-stretch");
        var picture = page.Locator("img.own-picture");
        await Expect(picture).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('img.own-picture').complete");
        (await picture.EvaluateAsync<int>("img => img.naturalWidth")).ShouldBe(1, "the picture is served from the database");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "unknot-screenshots", "hosted-own-exercise.png"), FullPage = true });

        await page.GotoAsync("/account/password");
        await page.FillAsync("input[name=current]", "Stretch-1234");
        await page.FillAsync("input[name=password]", "Stretch-5678");
        await page.ClickAsync("button:has-text('Change password')");
        await Expect(page.Locator("main [role=status]")).ToContainTextAsync("Your password is changed");

        await page.GotoAsync("/account/delete");
        await page.FillAsync("input[name=confirm]", "someone-else@example.org");
        await page.ClickAsync("button:has-text('Delete my account')");
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("nothing was deleted");
        await page.FillAsync("input[name=confirm]", email);
        await page.ClickAsync("button:has-text('Delete my account')");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/register"));

        // The account is gone on the other instance too: its password no longer signs in.
        var other = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hosted.Instances[1] })).NewPageAsync();
        await other.GotoAsync("/account/login");
        await other.FillAsync("input[name=email]", email);
        await other.FillAsync("input[name=password]", "Stretch-5678");
        await other.ClickAsync("button:has-text('Sign in')");
        await Expect(other.Locator("[role=alert]")).ToContainTextAsync("do not match an account");
    }

    [Fact]
    public async Task By_invitation_an_account_needs_the_code_and_the_json_register_is_closed()
    {
        using var client = new HttpClient { BaseAddress = new Uri(hosted.ByInvitation) };
        var closed = await client.PostAsJsonAsync("/api/account/register", new { email = "x" + Guid.NewGuid().ToString("N")[..8] + "@example.org", password = "Stretch-1234" }, TestContext.Current.CancellationToken);
        closed.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        (await closed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("registration here is by invitation");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hosted.ByInvitation })).NewPageAsync();
        var email = $"i{Guid.NewGuid():N}"[..12] + "@example.org";
        await page.GotoAsync("/account/register");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", "Stretch-1234");
        await page.FillAsync("input[name=invitation]", "guessed");
        await page.ClickAsync("button:has-text('Create my account')");
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("Registration here is by invitation");

        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", "Stretch-1234");
        await page.FillAsync("input[name=invitation]", HostedFixture.Invitation);
        await page.ClickAsync("button:has-text('Create my account')");
        await Expect(page.Locator("nav[aria-label=Main]")).ToContainTextAsync("Sign out");
    }
}
