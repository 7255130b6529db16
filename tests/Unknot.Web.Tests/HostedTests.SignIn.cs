using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Unknot.Web.Tests;

/// <summary>
/// Signing in tells nobody which addresses have accounts, one address may try only so often, passwords are long,
/// cookies are Secure over https, and no malformed credential or sign-in gets a 5xx.
/// </summary>
public sealed partial class HostedTests
{
    /// <summary>The status and the problem document, without its trace id (which differs for every request).</summary>
    private static async Task<string> Answer(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject();
        body.Remove("traceId");
        return $"{(int)response.StatusCode} {body.ToJsonString()}";
    }

    /// <summary>The status and the problems the sign-in page shows.</summary>
    private static async Task<string> PageAnswer(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {Regex.Match(await response.Content.ReadAsStringAsync(Cancel), "<ul class=\"errors\"[^>]*>(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value.Trim()}";

    [Fact]
    public async Task Signing_in_answers_alike_for_an_address_nobody_has_a_wrong_password_and_a_locked_account()
    {
        var wrong = NewEmail();
        var locked = NewEmail();
        await SignUp(0, wrong);
        await SignUp(0, locked);
        using var client = hosted.Client(1);
        for (var i = 0; i < HostedFixture.LockoutAttempts; i++)
        {
            await Send(client, HttpMethod.Post, "/api/account/login", new { email = locked, password = "Wrong-password-1" });
        }

        var json = new List<string>();
        var page = new List<string>();
        foreach (var (email, password) in new[] { (NewEmail(), Password), (wrong, "Wrong-password-1"), (locked, Password) })
        {
            json.Add(await Answer(await Send(client, HttpMethod.Post, "/api/account/login", new { email, password })));
            page.Add(await PageAnswer(await PostForm(client, "/account/login", new() { ["email"] = email, ["password"] = password })));
        }

        json.Distinct().ShouldHaveSingleItem().ShouldStartWith("401 ");
        json[0].ShouldNotContain("LockedOut");
        page.Distinct().ShouldHaveSingleItem().ShouldStartWith("400 ");
        page[0].ShouldContain("do not match an account");
    }

    [Fact]
    public async Task One_address_that_tries_too_many_sign_ins_is_answered_429_with_retry_after_and_other_addresses_are_not()
    {
        using var client = Unknot.Testing.HostedServers.Client(await hosted.BehindProxy());
        var nobody = NewEmail();
        async Task<HttpResponseMessage> Json(string from) =>
            await Send(client, HttpMethod.Post, "/api/account/login", new { email = nobody, password = Password }, headers: ("X-Forwarded-For", from));
        async Task<HttpResponseMessage> Page(string from) =>
            await PostForm(client, "/account/login", new() { ["email"] = nobody, ["password"] = Password }, headers: ("X-Forwarded-For", from));

        for (var i = 0; i < HostedFixture.SignInLimit; i++)
        {
            (await (i % 2 == 0 ? Json("198.51.100.7") : Page("198.51.100.7"))).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest);
        }
        var json = await Json("198.51.100.7");
        var page = await Page("198.51.100.7");

        foreach (var refused in new[] { json, page })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
            (await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString()!.ShouldStartWith("too many password attempts from this address");
        }
        (await Json("198.51.100.8")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "another address has its own count");
        // An IPv6 client counts by its /64: another address in the same block shares its count.
        for (var i = 0; i < HostedFixture.SignInLimit; i++)
        {
            await Json("2001:db8:7:7::1");
        }
        (await Json("2001:db8:7:7:ffff::2")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await Json("2001:db8:7:8::1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_the_password_checks_the_current_one_only_as_often_as_one_address_may_sign_in()
    {
        using var client = Unknot.Testing.HostedServers.Client(await hosted.BehindProxy());
        var email = NewEmail();
        var cookie = await SignUp(0, email);
        using var first = hosted.Client(0);
        var login = await Send(first, HttpMethod.Post, "/api/account/login", new { email, password = Password });
        var bearer = (await login.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString();
        // What someone holding a stolen token or cookie would try: one guess at the current password after another.
        async Task<HttpResponseMessage> Json(string from) => await Send(client, HttpMethod.Post, "/api/account/manage/info",
            new { oldPassword = "Wrong-password-1", newPassword = "Stretch-5678-new" }, bearer: bearer, headers: ("X-Forwarded-For", from));
        async Task<HttpResponseMessage> Page(string from) =>
            await PostForm(client, "/account/password", new() { ["current"] = "Wrong-password-1", ["password"] = "Stretch-5678-new" }, cookie, ("X-Forwarded-For", from));

        for (var i = 0; i < HostedFixture.SignInLimit; i++)
        {
            (await (i % 2 == 0 ? Json("198.51.100.20") : Page("198.51.100.20"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a wrong current password");
        }
        var json = await Json("198.51.100.20");
        var page = await Page("198.51.100.20");

        foreach (var refused in new[] { json, page })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        }
        (await Json("198.51.100.21")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "another address has its own count");
    }

    [Fact]
    public async Task A_password_under_12_characters_or_holding_the_email_address_is_refused_saying_what_would_do()
    {
        using var client = hosted.Client(0);
        var email = NewEmail();

        var shortOne = await Send(client, HttpMethod.Post, "/api/account/register", new { email, password = "Stretch-123" });
        var itsEmail = await Send(client, HttpMethod.Post, "/api/account/register", new { email, password = email.ToUpperInvariant() });
        var onThePage = await PostForm(client, "/account/register", new() { ["email"] = email, ["password"] = "Stretch-123" });
        var longAndPlain = await Send(client, HttpMethod.Post, "/api/account/register", new { email, password = "stretchstret" });

        shortOne.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await shortOne.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").GetProperty("PasswordTooShort")[0].GetString()
            .ShouldBe("A password needs at least 12 characters; a few words that do not belong together make a long one easy to remember.");
        itsEmail.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await itsEmail.Content.ReadAsStringAsync(Cancel)).ShouldContain("must not be your email address");
        (await onThePage.Content.ReadAsStringAsync(Cancel)).ShouldContain("A password needs at least 12 characters");
        longAndPlain.StatusCode.ShouldBe(HttpStatusCode.OK, "no digits, capitals or symbols are asked for");
    }

    [Fact]
    public void An_instance_listening_on_loopback_warns_of_nothing()
    {
        hosted.Output(hosted.Instances[0]).ShouldNotContain("plain http");
        Hosted.HostedMode.PlainHttpWarning("http://127.0.0.1:5001;http://localhost:5002;https://0.0.0.0:5003").ShouldBeNull();
        Hosted.HostedMode.PlainHttpWarning("http://127.0.0.1:5001;http://0.0.0.0:5002")!.ShouldStartWith("hosted mode listens over plain http on http://0.0.0.0:5002:");
    }

    [Fact]
    public async Task Every_cookie_is_secure_over_https_and_only_then()
    {
        var email = NewEmail();
        await SignUp(0, email);
        using var proxied = Unknot.Testing.HostedServers.Client(await hosted.BehindProxy());
        using var plain = hosted.Client(0);
        (string, string)[] https = [("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.11")];

        async Task<string[]> Cookies(HttpClient client, params (string, string)[] headers)
        {
            var login = await Send(client, HttpMethod.Post, "/api/account/login?useCookies=true", new { email, password = Password }, headers: headers);
            login.StatusCode.ShouldBe(HttpStatusCode.OK);
            var form = await Send(client, HttpMethod.Get, "/account/login", headers: headers);
            return [.. login.Headers.GetValues("Set-Cookie"), .. form.Headers.GetValues("Set-Cookie")];
        }

        var overHttps = await Cookies(proxied, https);
        var overHttp = await Cookies(plain);

        overHttps.Length.ShouldBe(2);
        overHttps.ShouldAllBe(cookie => cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        overHttp.ShouldAllBe(cookie => !cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Malformed_credentials_sign_ins_and_forwarded_headers_answer_4xx_never_5xx()
    {
        using var client = hosted.Client(1);
        using var proxied = Unknot.Testing.HostedServers.Client(await hosted.BehindProxy());
        var failures = new List<string>();
        async Task Check(HttpClient to, HttpMethod method, string path, object? body = null, string? cookie = null, params (string, string)[] headers)
        {
            var answer = await Send(to, method, path, body, cookie, null, headers);
            if ((int)answer.StatusCode >= 500)
            {
                failures.Add($"{(int)answer.StatusCode} {method} {path} {string.Join(' ', headers.Select(h => h.Item1 + ": " + h.Item2[..Math.Min(20, h.Item2.Length)]))}");
            }
        }

        foreach (var authorization in new[] { "Bearer", "Bearer ", "Bearer x", "Bearer unk_", "Bearer unk_" + new string('a', 8000), "Bearer " + new string('A', 8000),
                     "Bearer CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Basic Zm9vOmJhcg==", "bearer unk_x" })
        {
            await Check(client, HttpMethod.Get, "/api/sessions", headers: ("Authorization", authorization));
            await Check(client, HttpMethod.Post, "/api/account/tokens", new { name = "x" }, headers: ("Authorization", authorization));
            await Check(client, HttpMethod.Get, "/history", headers: ("Authorization", authorization));
        }
        foreach (var cookie in new[] { "unknot=", "unknot=garbage", "unknot=CfDJ8" + new string('x', 3000), "unknot=%00" })
        {
            await Check(client, HttpMethod.Get, "/api/sessions", cookie: cookie);
            await Check(client, HttpMethod.Post, "/api/account/logout", cookie: cookie);
        }
        foreach (var body in new object[] { new { }, new { email = (string?)null, password = (string?)null }, new { email = "", password = "" },
                     new { email = new string('e', 300_000), password = Password }, new { email = NewEmail(), password = new string('p', 1_000_000) }, new { email = 5, password = true } })
        {
            await Check(client, HttpMethod.Post, "/api/account/login", body);
            await Check(client, HttpMethod.Post, "/api/account/register", body);
            await Check(client, HttpMethod.Post, "/api/account/refresh", body);
        }
        foreach (var forwarded in new[] { ("X-Forwarded-For", "not-an-address"), ("X-Forwarded-For", "203.0.113.30, 203.0.113.31, ::1"), ("X-Forwarded-For", "[::1]:99999"),
                     ("X-Forwarded-Proto", "gopher"), ("X-Forwarded-Proto", ""), ("X-Forwarded-Host", "a b"), ("X-Forwarded-Host", new string('h', 5000)) })
        {
            await Check(proxied, HttpMethod.Get, "/account/login", headers: forwarded);
            await Check(proxied, HttpMethod.Get, "/history", headers: forwarded);
        }

        failures.ShouldBeEmpty();
    }
}
