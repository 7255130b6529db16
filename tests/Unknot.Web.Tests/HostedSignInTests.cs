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
    public async Task Every_sign_in_checks_one_password_hash_whether_the_address_has_an_account_its_password_is_wrong_or_it_is_locked()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ann = $"a{Guid.NewGuid():N}"[..12] + "@example.org";
        (await client.PostAsJsonAsync("/api/account/register", new { email = ann, password = Password }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        async Task<int> Checks(string email, string password)
        {
            var before = app.PasswordChecks;
            var answer = await client.PostAsJsonAsync("/api/account/login", new { email, password }, Cancel);
            answer.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Unauthorized);
            return app.PasswordChecks - before;
        }

        var nobody = await Checks("nobody@example.org", Password);
        var wrong = await Checks(ann, "Wrong-password-1");
        var right = await Checks(ann, Password);
        for (var i = 0; i < 5; i++)
        {
            await Checks(ann, "Wrong-password-1");
        }
        var locked = await Checks(ann, Password);

        new[] { nobody, wrong, right, locked }.ShouldAllBe(checks => checks == 1);
    }

    [Fact]
    public void Hosted_mode_listening_over_plain_http_beyond_this_computer_warns_at_start()
    {
        using var client = app.CreateClient();

        app.Logged.ShouldContain(line => line.StartsWith("Warning: hosted mode listens over plain http on http://0.0.0.0:5099:", StringComparison.Ordinal));
    }
}
