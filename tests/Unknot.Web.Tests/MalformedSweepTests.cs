using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Unknot.Web.Tests;

/// <summary>
/// Every endpoint and form fed values an attacker or a broken client would send — lone surrogates, extreme dates,
/// huge strings and numbers, deep nesting, wrong types and content types — must answer 4xx with a problem, never a
/// 5xx or a stack trace, and leave the database whole.
/// </summary>
public sealed partial class MalformedSweepTests : IDisposable
{
    private readonly TestApp _app = new();
    private readonly HttpClient _http;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public MalformedSweepTests() => _http = _app.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    /// <summary>Values put in place of each field in turn, as JSON.</summary>
    private static readonly string[] BadJson =
    [
        "\"\\ud800\"", "\"a\\udfffb\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"-0001-01-01T00:00:00Z\"",
        "\"" + new string('x', 300_000) + "\"", "1e309", "-1", "2147483648", "-9223372036854775809", "0.5", "NaN", "true", "null",
        "{}", "[]", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "\"\\u001b[2J\"", "\"../../etc/passwd\"", "\"" + string.Concat(Enumerable.Repeat("[", 5000)) + "\"",
    ];

    /// <summary>Values for query strings, route parts and form fields.</summary>
    private static readonly string[] BadText =
    [
        "\ud800", "0001-01-01", "9999-12-31", "-1", "99999999999999999999", "1e309", "NaN", "", " ", new string('y', 20_000),
        "../../etc/passwd", "%00", "\u001b[2J", "<script>", "null",
    ];

    /// <summary>YAML texts in an import's files: nesting in every style, an alias bomb, an alias as a key, broken text.</summary>
    private static readonly string[] HostileYaml =
    [
        "id: x\ntags:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "v\n",
        "id: x\nsummary: " + new string('[', 40_000) + "\n",
        "id: x\nsummary: " + new string('{', 40_000) + "\n",
        string.Concat(Enumerable.Range(0, 5_000).Select(level => new string(' ', level) + "k:\n")),
        "id: x\na0: &a0 [x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(level => $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]\n")) + "? *a9\n: v\n",
        "id: x\nl: &l [a]\n? *l\n: v\n", "id: x\n? [a, b]\n: v\n", "id: *nowhere\n", "id: x\ntags: &a [*a]\n", "id: x\nd: [" + string.Join(", ", Enumerable.Repeat("*b", 9_000)) + "]\nz: &b [" + string.Join(", ", Enumerable.Repeat("*p", 9_000)) + "]\nw: &p [v]\n", "id: x\nid: y\n", "id: 'unclosed\n", "\ud800: x\n",
    ];

    private readonly List<string> _failures = [];

    private async Task Check(HttpRequestMessage request, string what)
    {
        using (request)
        using (var response = await _http.SendAsync(request, Cancel))
        {
            var text = await response.Content.ReadAsStringAsync(Cancel);
            if ((int)response.StatusCode >= 500 || StackTrace().IsMatch(text))
            {
                _failures.Add($"{(int)response.StatusCode} {what}: {text[..Math.Min(200, text.Length)]}");
            }
        }
    }

    [GeneratedRegex(@"\bat Unknot\.|\bat System\.|Exception:|\.cs:line \d+")]
    private static partial Regex StackTrace();

    private const string Placeholder = "__bad_value__";

    /// <summary>The document with the placeholder replaced by <paramref name="bad"/> as raw JSON text (which may not even be valid).</summary>
    private static string Put(JsonNode document, string bad) => document.ToJsonString().Replace($"\"{Placeholder}\"", bad, StringComparison.Ordinal);

    private static HttpRequestMessage Json(HttpMethod method, string url, string body, string contentType = "application/json") =>
        new(method, url) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    private async Task SweepFields(HttpMethod method, string url, string validBody)
    {
        var fields = JsonNode.Parse(validBody)!.AsObject().Select(p => p.Key).ToArray();
        foreach (var field in fields)
        {
            foreach (var bad in BadJson)
            {
                var body = JsonNode.Parse(validBody)!.AsObject();
                body[field] = Placeholder;
                await Check(Json(method, url, Put(body, bad)), $"{method} {url} {field}={bad[..Math.Min(30, bad.Length)]}");
            }
            await Check(Json(method, url, validBody.Replace($"\"{field}\"", $"\"{field}\":1,\"{field}\"", StringComparison.Ordinal)), $"{method} {url} {field} twice");
        }
        foreach (var body in new[] { "", "{", "[]", "null", "\"x\"", validBody + "x", string.Concat(Enumerable.Repeat("[", 100_000)) })
        {
            await Check(Json(method, url, body), $"{method} {url} body {body[..Math.Min(20, body.Length)]}");
        }
        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=latin1", "" })
        {
            var request = new HttpRequestMessage(method, url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(validBody)) };
            if (type.Length > 0)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
            await Check(request, $"{method} {url} as {type}");
        }
        foreach (var (header, value) in new[] { ("Origin", "http://evil.example"), ("Sec-Fetch-Site", "cross-site"), ("Host", "evil.example"),
                     ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "gopher"), ("X-Forwarded-For", "not-an-address"), ("Authorization", "Bearer unk_nothing") })
        {
            var request = Json(method, url, validBody);
            if (header == "Host")
            {
                request.Headers.Host = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }
            await Check(request, $"{method} {url} with {header}: {value}");
        }
    }

    [Fact]
    public async Task No_endpoint_answers_a_5xx_or_a_stack_trace_and_the_database_stays_whole()
    {
        const string session = """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11","routine":"desk-break","level":"standard","startedAt":"2026-11-18T09:00:00Z","endedAt":"2026-11-18T09:05:00Z","completed":true,"segments":["done"],"painBefore":5,"painAfter":3,"timeZone":"Europe/Paris","note":"fine","checkpoint":{"segment":0,"seconds":1}}""";
        const string routine = """{"id":"sweep","name":"Sweep","description":"d","items":[{"exercise":"chest-stretch","level":"gentle","restAfter":10}]}""";
        using (await _http.SendAsync(Json(HttpMethod.Post, "/api/routines", routine), Cancel))
        using (await _http.SendAsync(Json(HttpMethod.Post, "/api/sessions", session.Replace("\"checkpoint\":{\"segment\":0,\"seconds\":1}", "\"checkpoint\":null", StringComparison.Ordinal)), Cancel))
        {
        }
        var exported = await _http.GetStringAsync("/api/export", Cancel);

        await SweepFields(HttpMethod.Post, "/api/sessions", session);
        // Each date alone, the other one reckoned from it: an end in year 1 with no start was a 500.
        await SweepFields(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","endedAt":"2026-11-18T09:05:00Z"}""");
        await SweepFields(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","startedAt":"2026-11-18T09:00:00Z"}""");
        await SweepFields(HttpMethod.Post, "/api/routines", routine);
        await SweepFields(HttpMethod.Put, "/api/routines/sweep", routine);
        await SweepFields(HttpMethod.Post, "/api/plan", """{"minutes":5,"place":"desk","goal":"desk-break","level":"gentle","equipment":["none"],"position":"sitting","exclude":["cat-cow"]}""");
        await SweepFields(HttpMethod.Put, "/api/settings/level", """{"value":"gentle"}""");
        await SweepFields(HttpMethod.Put, "/api/settings/time-zone", """{"value":"Europe/Paris"}""");
        await SweepFields(new HttpMethod("PATCH"), "/api/sessions/5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11", """{"painBefore":4,"painAfter":2,"note":"x"}""");
        await SweepFields(HttpMethod.Post, "/api/import", exported);
        await SweepFields(HttpMethod.Post, "/api/remind/tick", """{"seconds":15,"idleSeconds":3}""");
        await SweepFields(HttpMethod.Post, "/api/remind/answer", """{"id":"5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11","outcome":"taken"}""");
        await SweepFields(HttpMethod.Post, "/api/program", """{"program":"desk-worker-4-weeks"}""");
        await SweepFields(HttpMethod.Post, "/api/program", """{"plan":{"weeks":2,"days":"mon-fri","minutes":5,"place":"desk","focus":["neck"]}}""");
        foreach (var path in new[] { "sessions", "exercises", "routines", "savedRoutines" })
        {
            foreach (var bad in BadJson)
            {
                var document = JsonNode.Parse(exported)!;
                document[path] = new JsonArray(Placeholder);
                await Check(Json(HttpMethod.Post, "/api/import", Put(document, bad)), $"import {path}[0]={bad[..Math.Min(30, bad.Length)]}");
            }
        }
        foreach (var yaml in HostileYaml)
        {
            foreach (var path in new[] { "exercises", "routines" })
            {
                var document = JsonNode.Parse(exported)!;
                document[path] = new JsonArray(new JsonObject { ["file"] = "hostile.yaml", ["yaml"] = yaml });
                await Check(Json(HttpMethod.Post, "/api/import", document.ToJsonString()), $"import {path} yaml {yaml[..Math.Min(30, yaml.Length)]}");
            }
        }
        foreach (var bad in BadText)
        {
            var value = Uri.EscapeDataString(bad);
            foreach (var url in new[]
            {
                $"/api/exercises?target={value}", $"/api/exercises?equipment={value}&kind={value}", $"/api/exercises/{value}",
                $"/api/routines/{value}", $"/api/routines/{value}/timeline", $"/api/routines/desk-break/timeline?level={value}",
                $"/api/sessions?limit={value}", $"/api/sessions?before={value}", $"/api/sessions?since={value}&until={value}", $"/api/sessions?days={value}",
                $"/api/sessions/{value}", $"/play/{value}", $"/play/desk-break?level={value}", $"/play/plan?minutes={value}&place=desk",
                $"/play/desk-break?resume={value}", $"/history?before={value}", $"/history?limit={value}", $"/library?target={value}",
                $"/library/{value}", $"/routines/{value}/print", $"/routines/{value}/edit", $"/routines?minutes={value}&place={value}",
                $"/routines/new?from={value}", $"/settings?saved={value}", $"/play/program?kind={value}",
                $"/api/exercises/{value}/figure.svg", $"/api/exercises/cat-cow/figure.svg?pose={value}", $"/api/exercises/cat-cow/figure.svg?side={value}",
                $"/api/exercises/{value}/image", $"/api/exercises/cat-cow/image?x={value}",
            })
            {
                await Check(new HttpRequestMessage(HttpMethod.Get, url), $"GET {url[..Math.Min(80, url.Length)]}");
            }
            await Check(new HttpRequestMessage(HttpMethod.Delete, $"/api/routines/{value}"), $"DELETE routine {bad[..Math.Min(20, bad.Length)]}");
        }
        await SweepForms();

        _failures.ShouldBeEmpty();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_app.Home.Path, "unknot.db")};Mode=ReadOnly");
        await connection.OpenAsync(Cancel);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        (await check.ExecuteScalarAsync(Cancel)).ShouldBe("ok");
        check.CommandText = "SELECT COUNT(*) FROM sessions WHERE unreadable IS NOT NULL";
        (await check.ExecuteScalarAsync(Cancel)).ShouldBe(0L);
        Directory.GetFiles(_app.Home.Path, "*.import-tmp", SearchOption.AllDirectories).ShouldBeEmpty();
        using var stats = await _http.GetAsync("/api/stats", Cancel);
        stats.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>The pages' own forms, with their antiforgery token, and every field given each bad value.</summary>
    private async Task SweepForms()
    {
        var forms = new (string Page, string Action, string[] Fields)[]
        {
            ("/settings", "/settings", ["level", "voice", "voiceName", "beepVolume", "timeZone"]),
            ("/history", "/history?handler=Edit&id=5f0c1a7e-6d3b-4c0e-9a51-2b1f0e6d9c11", ["painBefore", "painAfter", "note"]),
            ("/routines?minutes=5&place=desk", "/routines?handler=Save&minutes=5&place=desk", ["name"]),
            ("/routines/new", "/routines/new", ["Name", "Description", "Items[0].Exercise", "Items[0].Level", "Items[0].RestAfter", "action"]),
            ("/programs", "/programs?handler=Plan", ["weeks", "days", "minutes", "place", "focus"]),
            ("/programs", "/programs?handler=Start", ["program"]),
        };
        foreach (var (page, action, fields) in forms)
        {
            var html = await _http.GetStringAsync(page, Cancel);
            var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            token.ShouldNotBeEmpty(page);
            foreach (var field in fields)
            {
                foreach (var bad in BadText)
                {
                    var values = fields.Select(f => KeyValuePair.Create(f, f == field ? bad : "")).Append(KeyValuePair.Create("__RequestVerificationToken", token));
                    await Check(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(values) }, $"form {action} {field}={bad[..Math.Min(20, bad.Length)]}");
                }
            }
        }
    }
}
