using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Unknot.Web.Tests;

/// <summary>Hosted mode in this process, where the work a sign-in does can be counted and what it logs at start read.</summary>
public sealed class HostedSignInTests(HostedTestApp app) : IClassFixture<HostedTestApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Password = "Stretch-1234";

    [Fact]
    public async Task A_failed_sign_in_does_the_same_work_whether_the_address_has_no_account_the_password_is_wrong_or_the_account_is_locked()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ann = $"a{Guid.NewGuid():N}"[..12] + "@example.org";
        (await client.PostAsJsonAsync("/api/account/register", new { email = ann, password = Password }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        async Task<HostedTestApp.Work> SignIn(string email, string password, HttpStatusCode expected)
        {
            var before = app.Done;
            (await client.PostAsJsonAsync("/api/account/login", new { email, password }, Cancel)).StatusCode.ShouldBe(expected);
            return app.Done.Since(before);
        }

        // Signing in first, so what is done once in a process (reading the key ring) is not in what is compared.
        var right = await SignIn(ann, Password, HttpStatusCode.OK);
        var nobody = await SignIn("nobody@example.org", Password, HttpStatusCode.Unauthorized);
        var wrong = await SignIn(ann, "Wrong-password-1", HttpStatusCode.Unauthorized);
        for (var i = 0; i < 5; i++)
        {
            await SignIn(ann, "Wrong-password-1", HttpStatusCode.Unauthorized);
        }
        var locked = await SignIn(ann, Password, HttpStatusCode.Unauthorized);

        right.Checks.ShouldBe(1);
        foreach (var (failure, work) in new[] { ("an address nobody has", nobody), ("a wrong password", wrong), ("a locked account", locked) })
        {
            work.Checks.ShouldBe(1, $"{failure}: one password is checked against a hash");
            work.Hashes.ShouldBe(0, $"{failure}: no password is hashed anew");
            work.Commands.ShouldBe(wrong.Commands, $"{failure}: the database is asked what a wrong password asks of it");
        }
        wrong.Commands.ShouldContain("UPDATE", "a wrong password is written down, to lock the account after too many");
    }

    [Fact]
    public void Hosted_mode_listening_over_plain_http_beyond_this_computer_warns_at_start()
    {
        using var client = app.CreateClient();

        app.Logged.ShouldContain(line => line.StartsWith("Warning: hosted mode listens over plain http on http://0.0.0.0:5099:", StringComparison.Ordinal));
    }
}
