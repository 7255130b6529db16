using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Unknot.Web.Tests;

/// <summary>Hosted mode end to end: accounts, two instances sharing one PostgreSQL database, sign-out everywhere, lockout, isolation.</summary>
public sealed partial class HostedTests(HostedFixture hosted) : IClassFixture<HostedFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string NewEmail() => $"u{Guid.NewGuid():N}"[..12] + "@example.org";

    private const string Password = "Stretch-1234";

    /// <summary>Sends <paramref name="body"/> as JSON with the Cookie header <paramref name="cookie"/>, or <c>Authorization: Bearer</c> with <paramref name="bearer"/>, and more headers.</summary>
    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body = null, string? cookie = null,
        string? bearer = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bearer}");
        }
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Registers on <paramref name="instance"/> and signs in with a cookie; returns the Cookie header to send.</summary>
    private async Task<string> SignUp(int instance, string email)
    {
        using var client = hosted.Client(instance);
        (await Send(client, HttpMethod.Post, "/api/account/register", new { email, password = Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var login = await Send(client, HttpMethod.Post, "/api/account/login?useCookies=true", new { email, password = Password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var set = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("unknot=", StringComparison.Ordinal));
        set.ShouldContain("httponly", Case.Insensitive);
        return set[..set.IndexOf(';')];
    }

    [Fact]
    public async Task A_cookie_from_one_instance_works_on_the_other_until_signing_out_ends_it_on_both()
    {
        var cookie = await SignUp(0, NewEmail());
        using var first = hosted.Client(0);
        using var second = hosted.Client(1);

        var created = await Send(first, HttpMethod.Post, "/api/sessions", new { routine = "desk-break", painBefore = 6, painAfter = 3 }, cookie);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString();

        var read = await Send(second, HttpMethod.Get, $"/api/sessions/{id}", cookie: cookie);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await read.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("painBefore").GetInt32().ShouldBe(6);
        (await Send(second, HttpMethod.Get, "/history", cookie: cookie)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Send(first, HttpMethod.Post, "/api/account/logout", cookie: cookie)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        foreach (var client in new[] { first, second })
        {
            (await Send(client, HttpMethod.Get, $"/api/sessions/{id}", cookie: cookie)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            var page = await Send(client, HttpMethod.Get, "/history", cookie: cookie);
            page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            page.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
        }
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_browser_signed_in_whatever_order_the_answers_to_its_other_requests_arrive_in()
    {
        // A browser sends requests side by side: while the password changes, the device may be fetching pages to keep.
        // Each answer's Set-Cookie lands in the browser's jar in the order the answers arrive.
        var before = await SignUp(0, NewEmail());
        using var client = hosted.Client(0);
        var site = new Uri(hosted.Instances[0]);
        var jar = new CookieContainer();

        // Answered before the change, arriving after it.
        var early = await Send(client, HttpMethod.Get, "/history", cookie: before);
        early.StatusCode.ShouldBe(HttpStatusCode.OK);

        var form = await Send(client, HttpMethod.Get, "/account/password", cookie: before);
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        using var change = new HttpRequestMessage(HttpMethod.Post, "/account/password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["current"] = Password, ["password"] = "Stretch-5678", ["__RequestVerificationToken"] = token }),
        };
        change.Headers.Add("Cookie", $"{before}; {antiforgery[..antiforgery.IndexOf(';')]}");
        var changed = await client.SendAsync(change, TestContext.Current.CancellationToken);
        (await changed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Your password is changed");

        // Sent with the old cookie, answered after the change: the old cookie is refused…
        var late = await Send(client, HttpMethod.Get, "/history", cookie: before);
        late.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        late.Headers.Location!.AbsolutePath.ShouldBe("/account/login");

        // …but neither answer takes the new one away from the browser.
        foreach (var answer in new[] { changed, early, late })
        {
            if (answer.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies)
                {
                    jar.SetCookies(site, cookie);
                }
            }
        }
        jar.GetCookies(site)["unknot"].ShouldNotBeNull("the browser still holds a cookie");
        var now = await Send(client, HttpMethod.Get, "/history", cookie: jar.GetCookieHeader(site));
        now.StatusCode.ShouldBe(HttpStatusCode.OK, "the browser that changed the password is still signed in");
    }

    [Fact]
    public async Task The_api_without_credentials_answers_401_with_a_problem_document()
    {
        using var client = hosted.Client(1);

        var response = await Send(client, HttpMethod.Get, "/api/sessions");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("detail").GetString()!.ShouldStartWith("sign in first");
        (await Send(client, HttpMethod.Get, "/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The sign-in pages need their styles and scripts before anyone is signed in.
        foreach (var open in new[] { "/account/login", "/account/register", "/css/site.css", "/css/figure.css", "/js/site.js", "/js/remind.js", "/js/offline.js", "/js/dom.js", "/js/api.js" })
        {
            (await Send(client, HttpMethod.Get, open)).StatusCode.ShouldBe(HttpStatusCode.OK, open);
        }
        (await Send(client, HttpMethod.Get, "/readyz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        var email = NewEmail();
        await SignUp(0, email);
        using var client = hosted.Client(1);

        var wrong = "";
        for (var i = 0; i < HostedFixture.LockoutAttempts; i++)
        {
            var failed = await Send(client, HttpMethod.Post, "/api/account/login?useCookies=true", new { email, password = "wrong-Password-1" });
            failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            wrong = await Answer(failed);
        }
        var locked = await Send(client, HttpMethod.Post, "/api/account/login?useCookies=true", new { email, password = Password });

        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Answer(locked)).ShouldBe(wrong, "a locked account answers as a wrong password does");
        locked.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task A_users_own_exercises_pictures_and_routine_files_live_in_the_database_are_theirs_alone_and_come_back_in_the_export()
    {
        var ann = await SignUp(1, NewEmail());
        var bob = await SignUp(0, NewEmail());
        using var client = hosted.Client(1);
        using var other = hosted.Client(0);
        (await Send(client, HttpMethod.Post, "/api/sessions", new { routine = "cool-down" }, ann)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var export = await (await Send(client, HttpMethod.Get, "/api/export", cookie: ann)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var document = System.Text.Json.Nodes.JsonNode.Parse(export.GetRawText())!.AsObject();
        document["exercises"] = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(new[]
        {
            new { file = "physio.yaml", yaml = new Unknot.Testing.ExerciseYaml("physio-stretch", Extra: "image: physio.png\n").Text() },
        }));
        document["images"] = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(new[] { new { file = "physio.png", data = Convert.ToBase64String(Unknot.Testing.TestPictures.Png) } }));
        document["routines"] = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(new[]
        {
            new { file = "clinic.yaml", yaml = "id: clinic-plan\nname: Clinic plan\nitems:\n  - exercise: physio-stretch\n  - exercise: chest-stretch\n" },
        }));

        var imported = await Send(client, HttpMethod.Post, "/api/import", document, ann);

        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var result = await imported.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        result.GetProperty("filesWritten").GetInt32().ShouldBe(2);
        // Read through the other instance: the files are in the database, not in one instance's folder.
        (await Send(other, HttpMethod.Get, "/api/exercises/physio-stretch", cookie: ann)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var picture = await Send(other, HttpMethod.Get, "/api/exercises/physio-stretch/image", cookie: ann);
        picture.StatusCode.ShouldBe(HttpStatusCode.OK);
        picture.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await picture.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(Unknot.Testing.TestPictures.Png);
        var timeline = await Send(other, HttpMethod.Get, "/api/routines/clinic-plan/timeline", cookie: ann);
        timeline.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await timeline.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("physio-stretch");
        (await (await Send(other, HttpMethod.Get, "/library/physio-stretch", cookie: ann)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldContain("/api/exercises/physio-stretch/image");

        // Nobody else has them, nor is told that anyone does.
        (await Send(other, HttpMethod.Get, "/api/exercises/physio-stretch", cookie: bob)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Send(other, HttpMethod.Get, "/api/exercises/physio-stretch/image", cookie: bob)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Send(other, HttpMethod.Get, "/api/routines/clinic-plan", cookie: bob)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        File.Exists(Path.Combine(hosted.Home, "exercises", "physio.yaml")).ShouldBeFalse("nothing is written to the shared home folder");

        // The export carries them back, and importing it again adds nothing.
        var again = await (await Send(client, HttpMethod.Get, "/api/export", cookie: ann)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        again.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("file").GetString()).ShouldBe(["physio.yaml"]);
        Convert.FromBase64String(again.GetProperty("images")[0].GetProperty("data").GetString()!).ShouldBe(Unknot.Testing.TestPictures.Png);
        again.GetProperty("savedRoutines").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("clinic-plan");
        var twice = await (await Send(client, HttpMethod.Post, "/api/import", again, ann)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        twice.GetProperty("filesWritten").GetInt32().ShouldBe(0);
        twice.GetProperty("sessionsAdded").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_token_works_on_every_instance_and_stops_at_once_when_revoked()
    {
        var ann = await SignUp(0, NewEmail());
        var bob = await SignUp(0, NewEmail());
        using var first = hosted.Client(0);
        using var second = hosted.Client(1);
        var made = await Send(first, HttpMethod.Post, "/api/account/tokens", new { name = "laptop" }, ann);
        made.StatusCode.ShouldBe(HttpStatusCode.Created);
        var token = await made.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var secret = token.GetProperty("token").GetString()!;
        secret.ShouldStartWith("unk_");

        async Task<HttpStatusCode> WithToken(HttpClient client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sessions") { Content = JsonContent.Create(new { routine = "warm-up" }) };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
            return (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
        }

        (await WithToken(second)).ShouldBe(HttpStatusCode.Created);
        var listed = await (await Send(second, HttpMethod.Get, "/api/account/tokens", cookie: ann)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        listed.ShouldContain("laptop");
        listed.ShouldNotContain(secret);
        // Bob cannot revoke Ann's token: it does not exist for him.
        (await Send(first, HttpMethod.Delete, $"/api/account/tokens/{token.GetProperty("id").GetString()}", cookie: bob)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WithToken(first)).ShouldBe(HttpStatusCode.Created);

        (await Send(second, HttpMethod.Delete, $"/api/account/tokens/{token.GetProperty("id").GetString()}", cookie: ann)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await WithToken(first)).ShouldBe(HttpStatusCode.Unauthorized);
        (await WithToken(second)).ShouldBe(HttpStatusCode.Unauthorized);
        var sessions = await (await Send(first, HttpMethod.Get, "/api/sessions", cookie: ann)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        sessions.GetArrayLength().ShouldBe(2, "the two sessions sent with the token, and none after it was revoked");
    }

    [Fact]
    public async Task A_token_without_a_name_is_refused_naming_the_field()
    {
        var ann = await SignUp(1, NewEmail());
        using var client = hosted.Client(1);

        var refused = await Send(client, HttpMethod.Post, "/api/account/tokens", new { name = "  " }, ann);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("field").GetString().ShouldBe("name");
        problem.GetProperty("detail").GetString()!.ShouldStartWith("give the token a name");
    }
}
