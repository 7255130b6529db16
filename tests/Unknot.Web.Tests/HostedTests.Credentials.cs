using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Unknot.Web.Tests;

/// <summary>Every kind of credential ends, on every instance, when the account signs out everywhere, changes its password or is deleted.</summary>
public sealed partial class HostedTests
{
    /// <summary>One account's every kind of credential: the cookie, Identity's bearer and refresh tokens, and a personal access token.</summary>
    private sealed record Credentials(string Email, string Cookie, string Bearer, string Refresh, string Token);

    private async Task<Credentials> EveryCredential(int instance)
    {
        var email = NewEmail();
        var cookie = await SignUp(instance, email);
        using var client = hosted.Client(instance);
        var login = await Send(client, HttpMethod.Post, "/api/account/login", new { email, password = Password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var made = await Send(client, HttpMethod.Post, "/api/account/tokens", new { name = "laptop" }, cookie);
        made.StatusCode.ShouldBe(HttpStatusCode.Created);
        return new Credentials(email, cookie, tokens.GetProperty("accessToken").GetString()!, tokens.GetProperty("refreshToken").GetString()!,
            (await made.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("token").GetString()!);
    }

    /// <summary>The antiforgery pair of the form on <paramref name="page"/>: the Cookie header to send (with <paramref name="cookie"/>) and the hidden field.</summary>
    private static async Task<(string Cookie, string Field)> Form(HttpClient client, string page, string? cookie = null, params (string Name, string Value)[] headers)
    {
        var form = await Send(client, HttpMethod.Get, page, cookie: cookie, headers: headers);
        form.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        var field = Regex.Match(await form.Content.ReadAsStringAsync(Cancel), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var pair = antiforgery[..antiforgery.IndexOf(';')];
        return (cookie is null ? pair : $"{cookie}; {pair}", field);
    }

    /// <summary>Posts the form on <paramref name="page"/> with <paramref name="fields"/>, as the page's own form would.</summary>
    private static async Task<HttpResponseMessage> PostForm(HttpClient client, string page, Dictionary<string, string> fields, string? cookie = null,
        params (string Name, string Value)[] headers)
    {
        var (cookies, field) = await Form(client, page, cookie, headers);
        using var post = new HttpRequestMessage(HttpMethod.Post, page) { Content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", field))) };
        post.Headers.Add("Cookie", cookies);
        foreach (var (name, value) in headers)
        {
            post.Headers.TryAddWithoutValidation(name, value);
        }
        return await client.SendAsync(post, Cancel);
    }

    [Theory]
    [InlineData("signs out everywhere")]
    [InlineData("changes its password")]
    [InlineData("is deleted")]
    public async Task Every_kind_of_credential_is_refused_on_every_instance_once_the_account(string change)
    {
        var ann = await EveryCredential(0);
        using var first = hosted.Client(0);
        using var second = hosted.Client(1);
        // Each works on the other instance before.
        (await Send(second, HttpMethod.Get, "/api/sessions", cookie: ann.Cookie)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(second, HttpMethod.Get, "/api/sessions", bearer: ann.Bearer)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(second, HttpMethod.Get, "/api/sessions", bearer: ann.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changed = change switch
        {
            "signs out everywhere" => await Send(first, HttpMethod.Post, "/api/account/logout", cookie: ann.Cookie),
            "changes its password" => await Send(first, HttpMethod.Post, "/api/account/manage/info", new { oldPassword = Password, newPassword = "Stretch-5678-new" }, bearer: ann.Bearer),
            _ => await PostForm(first, "/account/delete", new() { ["confirm"] = ann.Email }, ann.Cookie),
        };
        ((int)changed.StatusCode).ShouldBeLessThan(400, await changed.Content.ReadAsStringAsync(Cancel));

        var answers = new List<string>();
        foreach (var (kind, cookie, bearer) in new (string, string?, string?)[] { ("access token", null, ann.Token), ("cookie", ann.Cookie, null), ("bearer token", null, ann.Bearer) })
        {
            foreach (var (method, path, body) in new (HttpMethod, string, object?)[]
            {
                (HttpMethod.Get, "/api/sessions", null),
                (HttpMethod.Post, "/api/sessions", new { routine = "desk-break" }),
                (HttpMethod.Post, "/api/account/tokens", new { name = "another" }),
                (HttpMethod.Get, "/api/account/manage/info", null),
            })
            {
                var answer = await Send(second, method, path, body, cookie, bearer);
                answers.Add($"{kind} {method} {path}: {(int)answer.StatusCode}");
            }
        }
        var refreshed = await Send(second, HttpMethod.Post, "/api/account/refresh", new { refreshToken = ann.Refresh });
        answers.Add($"refresh token: {(int)refreshed.StatusCode}");

        answers.ShouldAllBe(answer => answer.EndsWith(": 401"), string.Join("; ", answers));
    }
}
