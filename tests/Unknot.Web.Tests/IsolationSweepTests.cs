using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Unknot.Web.Tests;

/// <summary>
/// Two users on a hosted server: every endpoint the OpenAPI document lists and every page the app has is tried by Bob
/// with Ann's ids. Each answers exactly as it answers for an id nobody holds (no oracle), nothing of Ann's shows in
/// what Bob reads, and Ann's data is the same afterwards.
/// </summary>
public sealed partial class IsolationSweepTests(HostedFixture hosted) : IClassFixture<HostedFixture>
{
    private const string Password = "Stretch-1234";

    private const string AnnsNote = "ann-private-note-4711";

    private const string AnnsRoutine = "anns-lunch";

    private const string NobodysRoutine = "nobodys-lunch";

    private const string AnnsToken = "ann-laptop-token";

    private const string AnnsExercise = "anns-own-stretch";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly List<string> _failures = [];

    private readonly HashSet<string> _tried = [];

    private sealed record User(string Email, string Cookie, string Form);

    private async Task<User> SignUp(HttpClient client)
    {
        var email = $"u{Guid.NewGuid():N}"[..12] + "@example.org";
        (await client.PostAsJsonAsync("/api/account/register", new { email, password = Password }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var login = await client.PostAsJsonAsync("/api/account/login?useCookies=true", new { email, password = Password }, Cancel);
        var set = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("unknot=", StringComparison.Ordinal));
        var cookie = set[..set.IndexOf(';')];
        // The antiforgery pair a page's form carries: its cookie and the hidden field.
        using var page = new HttpRequestMessage(HttpMethod.Get, "/settings");
        page.Headers.Add("Cookie", cookie);
        using var answer = await client.SendAsync(page, Cancel);
        var html = await answer.Content.ReadAsStringAsync(Cancel);
        var form = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var antiforgery = answer.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        return new User(email, $"{cookie}; {antiforgery[..antiforgery.IndexOf(';')]}", form);
    }

    private static async Task<(HttpStatusCode Status, string Body)> Send(HttpClient client, User user, HttpMethod method, string path, string? json = null, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", user.Cookie);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form.Append(KeyValuePair.Create("__RequestVerificationToken", user.Form)));
        }
        using var response = await client.SendAsync(request, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"|name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"|name=\"unknot-rendered\" content=\"[^\"]*\"")]
    private static partial Regex PerRequest();

    /// <summary>
    /// Sends the request made by <paramref name="make"/> once with Ann's value and once with a value nobody holds, and
    /// records a failure unless both answer alike (status, and the body with the value and per-request parts blanked)
    /// and, where <paramref name="expected"/> is given, with that status.
    /// </summary>
    private async Task Compare(string operation, HttpClient client, User bob, string anns, string nobodys,
        Func<string, (HttpMethod Method, string Path, string? Json, IEnumerable<KeyValuePair<string, string>>? Form)> make, HttpStatusCode? expected = null, bool bodies = true)
    {
        _tried.Add(operation);
        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var value in new[] { anns, nobodys })
        {
            var (method, path, json, form) = make(value);
            var (status, body) = await Send(client, bob, method, path, json, form);
            answers.Add((status, PerRequest().Replace(body.Replace(value, "{value}", StringComparison.Ordinal), "")));
        }
        if (answers[0].Status != answers[1].Status || (bodies && answers[0].Body != answers[1].Body))
        {
            _failures.Add($"{operation}: Ann's value answers {(int)answers[0].Status} {Short(answers[0].Body)}, nobody's {(int)answers[1].Status} {Short(answers[1].Body)}");
        }
        else if (expected is { } want && answers[0].Status != want)
        {
            _failures.Add($"{operation}: answers {(int)answers[0].Status}, expected {(int)want}: {Short(answers[0].Body)}");
        }
    }

    /// <summary>Reads a page or endpoint as Bob and records a failure if anything of Ann's is in it.</summary>
    private Task Read(string operation, HttpClient client, User bob, string path, string[] annsMarks) =>
        Act(operation, client, bob, HttpMethod.Get, path, null, annsMarks);

    /// <summary>Sends a request that takes no id as Bob and records a failure if anything of Ann's is in the answer.</summary>
    private async Task Act(string operation, HttpClient client, User bob, HttpMethod method, string path, string? json, string[] annsMarks)
    {
        _tried.Add(operation);
        var (status, body) = await Send(client, bob, method, path, json);
        if ((int)status >= 500)
        {
            _failures.Add($"{operation}: {(int)status}");
        }
        foreach (var mark in annsMarks.Where(m => body.Contains(m, StringComparison.Ordinal)))
        {
            _failures.Add($"{operation}: Bob reads Ann's {mark}");
        }
    }

    private static string Short(string body) => body.Length > 160 ? body[..160] : body;

    /// <summary>What Ann has, as she reads it: her export (without its instant), tokens, statistics and settings.</summary>
    private static async Task<string> Everything(HttpClient client, User ann)
    {
        var export = JsonNode.Parse((await Send(client, ann, HttpMethod.Get, "/api/export")).Body)!.AsObject();
        export.Remove("exportedAt");
        return string.Join("\n", export.ToJsonString(),
            (await Send(client, ann, HttpMethod.Get, "/api/account/tokens")).Body,
            (await Send(client, ann, HttpMethod.Get, "/api/stats")).Body,
            (await Send(client, ann, HttpMethod.Get, "/api/settings")).Body,
            (await Send(client, ann, HttpMethod.Get, "/api/program")).Body);
    }

    [Fact]
    public async Task Every_endpoint_and_page_tried_by_one_user_with_the_others_ids_answers_as_for_an_id_nobody_holds()
    {
        using var client = hosted.Client(0);
        var ann = await SignUp(client);
        var bob = await SignUp(client);

        // Ann's data: a session with a note, a saved routine, a setting, a reminder, active time, a token and a programme.
        var (_, created) = await Send(client, ann, HttpMethod.Post, "/api/sessions", $$"""{"routine":"desk-break","painBefore":7,"note":"{{AnnsNote}}"}""");
        var session = JsonDocument.Parse(created).RootElement.GetProperty("id").GetString()!;
        var (_, another) = await Send(client, ann, HttpMethod.Post, "/api/sessions", """{"routine":"cool-down","painBefore":4}""");
        var second = JsonDocument.Parse(another).RootElement.GetProperty("id").GetString()!;
        (await Send(client, ann, HttpMethod.Post, "/api/routines", $$"""{"name":"{{AnnsRoutine}}","items":[{"exercise":"chest-stretch"}]}""")).Status.ShouldBe(HttpStatusCode.Created);
        (await Send(client, ann, HttpMethod.Put, "/api/settings/level", """{"value":"gentle"}""")).Status.ShouldBe(HttpStatusCode.OK);
        var reminder = Guid.NewGuid().ToString();
        var export = JsonNode.Parse((await Send(client, ann, HttpMethod.Get, "/api/export")).Body)!.AsObject();
        export["reminders"] = JsonNode.Parse($$"""[{"id":"{{reminder}}","at":"2026-11-20T09:00:00Z","repeat":0,"reason":"interval"}]""");
        export["activeDays"] = JsonNode.Parse("""[{"day":"2026-11-20","seconds":1800}]""");
        export["exercises"] = new JsonArray(new JsonObject { ["file"] = "anns.yaml", ["yaml"] = new Unknot.Testing.ExerciseYaml(AnnsExercise, Extra: "image: anns.png\n").Text() });
        export["images"] = new JsonArray(new JsonObject { ["file"] = "anns.png", ["data"] = Convert.ToBase64String(Unknot.Testing.TestPictures.Png) });
        (await Send(client, ann, HttpMethod.Post, "/api/import", export.ToJsonString())).Status.ShouldBe(HttpStatusCode.OK);
        var (_, made) = await Send(client, ann, HttpMethod.Post, "/api/account/tokens", $$"""{"name":"{{AnnsToken}}"}""");
        var token = JsonDocument.Parse(made).RootElement.GetProperty("id").GetString()!;
        var programme = await StartProgramme(client, ann);
        var before = await Everything(client, ann);
        before.ShouldContain(reminder);
        before.ShouldContain("anns.png");
        string[] marks = [session, second, AnnsNote, AnnsRoutine, token, AnnsToken, reminder, ann.Email, AnnsExercise, programme];
        var nobody = Guid.NewGuid().ToString();

        // The API, as its OpenAPI document lists it.
        using var openApi = JsonDocument.Parse((await Send(client, bob, HttpMethod.Get, "/openapi/v1.json")).Body);
        var operations = openApi.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).ToHashSet();

        foreach (var read in new[] { "/api/exercises", "/api/routines", "/api/sessions", "/api/stats", "/api/settings", "/api/offline", "/api/export", "/api/account/tokens", "/api/account/manage/info" })
        {
            await Read($"GET {read}", client, bob, read, marks);
        }
        // Ann's own exercise and its picture are hers; a built-in one is everyone's, with nothing of Ann's in it.
        foreach (var path in new[] { "/api/exercises/{id}", "/api/exercises/{id}/figure.svg", "/api/exercises/{id}/image" })
        {
            await Compare($"GET {path}", client, bob, AnnsExercise, "nobodys-stretch", id => (HttpMethod.Get, path.Replace("{id}", id, StringComparison.Ordinal), null, null), HttpStatusCode.NotFound);
            await Read($"GET {path} (built-in)", client, bob, path.Replace("{id}", "chest-stretch", StringComparison.Ordinal), marks);
        }
        await Compare("GET /api/routines/{id}", client, bob, AnnsRoutine, NobodysRoutine, id => (HttpMethod.Get, $"/api/routines/{id}", null, null), HttpStatusCode.NotFound);
        await Compare("GET /api/routines/{id}/timeline", client, bob, AnnsRoutine, NobodysRoutine, id => (HttpMethod.Get, $"/api/routines/{id}/timeline", null, null), HttpStatusCode.NotFound);
        await Compare("PUT /api/routines/{id}", client, bob, AnnsRoutine, NobodysRoutine,
            id => (HttpMethod.Put, $"/api/routines/{id}", """{"name":"Taken over","items":[{"exercise":"cat-cow"}]}""", null), HttpStatusCode.NotFound);
        await Compare("DELETE /api/routines/{id}", client, bob, AnnsRoutine, NobodysRoutine, id => (HttpMethod.Delete, $"/api/routines/{id}", null, null), HttpStatusCode.NotFound);
        // A draft named as Ann's routine would be saved under that name's id: Bob's routines are the only ones it is free of.
        await Compare("POST /api/routines/preview", client, bob, AnnsRoutine, NobodysRoutine,
            name => (HttpMethod.Post, "/api/routines/preview", $$"""{"name":"{{name}}","items":[{"exercise":"chest-stretch"}]}""", null), HttpStatusCode.OK);
        await Act("POST /api/plan", client, bob, HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk"}""", marks);
        await Compare("GET /api/sessions/{id}", client, bob, session, nobody, id => (HttpMethod.Get, $"/api/sessions/{id}", null, null), HttpStatusCode.NotFound);
        await Compare("PATCH /api/sessions/{id}", client, bob, session, nobody, id => (HttpMethod.Patch, $"/api/sessions/{id}", """{"painAfter":0,"note":"bob was here"}""", null), HttpStatusCode.NotFound);
        await Compare("DELETE /api/sessions/{id}", client, bob, session, nobody, id => (HttpMethod.Delete, $"/api/sessions/{id}", null, null), HttpStatusCode.NotFound);
        await Compare("GET /api/sessions?before", client, bob, session, nobody, id => (HttpMethod.Get, $"/api/sessions?before={id}", null, null), HttpStatusCode.BadRequest);
        await Compare("POST /api/remind/answer", client, bob, reminder, nobody,
            id => (HttpMethod.Post, "/api/remind/answer", $$"""{"id":"{{id}}","outcome":"taken"}""", null), HttpStatusCode.NotFound);
        await Act("POST /api/remind/tick", client, bob, HttpMethod.Post, "/api/remind/tick", """{"seconds":15,"idleSeconds":3}""", marks);
        await Compare("DELETE /api/account/tokens/{id}", client, bob, token, nobody, id => (HttpMethod.Delete, $"/api/account/tokens/{id}", null, null), HttpStatusCode.NotFound);
        await Compare("PUT /api/settings/{key}", client, bob, "level", "level", key => (HttpMethod.Put, $"/api/settings/{key}", """{"value":"deep"}""", null), HttpStatusCode.OK);
        // Accounts are named by email: signing in as Ann without her password answers as for an address nobody has.
        // (Registering with a taken address does say so, as sign-up forms do; see docs/hosting.md.)
        var nobodysEmail = $"n{Guid.NewGuid():N}"[..12] + "@example.org";
        await Compare("POST /api/account/login", client, bob, ann.Email, nobodysEmail,
            email => (HttpMethod.Post, "/api/account/login", $$"""{"email":"{{email}}","password":"Wrong-1234"}""", null), HttpStatusCode.Unauthorized);
        await Compare("POST /api/account/forgotPassword", client, bob, ann.Email, nobodysEmail,
            email => (HttpMethod.Post, "/api/account/forgotPassword", $$"""{"email":"{{email}}"}""", null));
        await Compare("POST /api/account/resendConfirmationEmail", client, bob, ann.Email, nobodysEmail,
            email => (HttpMethod.Post, "/api/account/resendConfirmationEmail", $$"""{"email":"{{email}}"}""", null));
        await Compare("POST /api/account/resetPassword", client, bob, ann.Email, nobodysEmail,
            email => (HttpMethod.Post, "/api/account/resetPassword", $$"""{"email":"{{email}}","resetCode":"bogus","newPassword":"Taken-1234"}""", null));
        await Compare("GET /api/account/confirmEmail", client, bob, ann.Email, nobodysEmail, email => (HttpMethod.Get, $"/api/account/confirmEmail?userId={email}&code=bogus", null, null));
        // Endpoints that only ever act on the signed-in account, with no id to give: Bob's own, tried as Bob.
        foreach (var own in new[] { "POST /api/account/register", "POST /api/account/refresh", "POST /api/account/manage/2fa", "POST /api/account/manage/info", "POST /api/account/logout" })
        {
            _tried.Add(own);
        }

        await SweepProgrammes(client, bob, marks);

        // The pages, as the app's source declares them (@page), each with Ann's ids where it takes one.
        var pages = PageRoutes();
        foreach (var read in new[] { "/", "/library", "/routines", "/settings", "/history", "/offline", "/measure", "/error", "/play/plan?minutes=5&place=desk", "/account/tokens", "/account/password", "/account/delete", "/account/logout" })
        {
            await Read($"page {read}", client, bob, read, marks);
        }
        await Read("page /library/{id} (built-in)", client, bob, "/library/chest-stretch", marks);
        await Compare("page /library/{id}", client, bob, AnnsExercise, "nobodys-stretch", id => (HttpMethod.Get, $"/library/{id}", null, null), HttpStatusCode.NotFound);
        await Compare("page /play/{id}", client, bob, AnnsRoutine, NobodysRoutine, id => (HttpMethod.Get, $"/play/{id}", null, null), HttpStatusCode.NotFound);
        await Compare("page /play/{id}?resume", client, bob, session, nobody, id => (HttpMethod.Get, $"/play/desk-break?resume={id}", null, null));
        await Compare("page /routines/{id}/print", client, bob, AnnsRoutine, NobodysRoutine, id => (HttpMethod.Get, $"/routines/{id}/print", null, null), HttpStatusCode.NotFound);
        await Compare("page /routines/{id}/edit", client, bob, AnnsRoutine, NobodysRoutine, id => (HttpMethod.Get, $"/routines/{id}/edit", null, null), HttpStatusCode.NotFound);
        await Compare("page /routines/new?from", client, bob, AnnsRoutine, NobodysRoutine, id => (HttpMethod.Get, $"/routines/new?from={id}", null, null), HttpStatusCode.OK);
        await Compare("page POST /routines/{id}/edit", client, bob, AnnsRoutine, NobodysRoutine,
            id => (HttpMethod.Post, $"/routines/{id}/edit", null, [new("Name", "Taken over"), new("Items[0].Exercise", "cat-cow"), new("action", "save")]), HttpStatusCode.NotFound);
        await Compare("page POST /history?handler=Delete", client, bob, session, nobody, id => (HttpMethod.Post, $"/history?handler=Delete&id={id}", null, []), HttpStatusCode.NotFound);
        await Compare("page POST /history?handler=Edit", client, bob, session, nobody,
            id => (HttpMethod.Post, $"/history?handler=Edit&id={id}", null, [new("painAfter", "0"), new("note", "bob was here")]), HttpStatusCode.NotFound);
        await Compare("page /history?before", client, bob, session, nobody, id => (HttpMethod.Get, $"/history?before={id}", null, null), HttpStatusCode.BadRequest);
        await Compare("page POST /account/tokens?handler=Revoke", client, bob, token, nobody,
            id => (HttpMethod.Post, $"/account/tokens?handler=Revoke&id={id}", null, []), HttpStatusCode.NotFound);
        // The sign-in pages (register, login) act before there is a user; they take no ids.
        _tried.UnionWith(["page /account/register", "page /account/login", "page /routines/new"]);

        // Last, what makes rows of Bob's own under ids and names Ann uses, so nothing above reads them.
        // A routine id is the user's own: Bob may save one under the id Ann uses, as under any free id.
        await Compare("POST /api/routines", client, bob, AnnsRoutine, NobodysRoutine,
            id => (HttpMethod.Post, "/api/routines", $$"""{"name":"{{id}}","items":[{"exercise":"cat-cow"}]}""", null), HttpStatusCode.Created, bodies: false);
        // Session ids come from clients: one Ann holds is, for Bob, as free as any other, and becomes his own.
        var bobsSecond = Guid.NewGuid().ToString();
        await Compare("POST /api/sessions", client, bob, second, bobsSecond,
            id => (HttpMethod.Post, "/api/sessions", $$"""{"id":"{{id}}","routine":"desk-break","painBefore":1}""", null), HttpStatusCode.Created, bodies: false);
        await Compare("POST /api/account/tokens", client, bob, AnnsToken, "nobodys-token",
            name => (HttpMethod.Post, "/api/account/tokens", $$"""{"name":"{{name}}"}""", null), HttpStatusCode.Created, bodies: false);
        // An import of Ann's session id and reminder id gives Bob rows of his own, as any other ids would.
        var importOf = (string id) =>
        {
            var document = JsonNode.Parse(export.ToJsonString())!.AsObject();
            document["sessions"]![0]!["id"] = id;
            document["sessions"]![0]!["note"] = "Bob's own";
            document["reminders"]![0]!["id"] = id;
            document["savedRoutines"] = new JsonArray();
            document["exercises"] = new JsonArray();
            document["images"] = new JsonArray();
            return (HttpMethod.Post, "/api/import", (string?)document.ToJsonString(), (IEnumerable<KeyValuePair<string, string>>?)null);
        };
        await Compare("POST /api/import", client, bob, session, Guid.NewGuid().ToString(), importOf, HttpStatusCode.OK);

        await StartOwnProgramme(client, bob, marks);

        var after = await Everything(client, ann);
        after.ShouldBe(before, "Ann's data is exactly as it was");
        _failures.ShouldBeEmpty();
        operations.Except(_tried).ShouldBeEmpty("every endpoint of the OpenAPI document is swept");
        pages.Where(p => !_tried.Any(t => t == $"page {p}" || t.StartsWith($"page {p}?", StringComparison.Ordinal)))
            .ShouldBeEmpty("every page is swept");
    }

    /// <summary>Every page route the app declares, read from its Razor pages' <c>@page</c> lines.</summary>
    internal static IReadOnlyList<string> PageRoutes()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "src", "Unknot.Web", "Pages")))
        {
            folder = folder.Parent;
        }
        var pages = Path.Combine(folder.ShouldNotBeNull("the source tree is above the test's folder").FullName, "src", "Unknot.Web", "Pages");
        return Directory.GetFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .Select(file => Regex.Match(File.ReadAllText(file), "^@page(?: \"([^\"]+)\")?", RegexOptions.Multiline))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : "/")
            .Append("/routines/new")
            .ToArray();
    }
}
