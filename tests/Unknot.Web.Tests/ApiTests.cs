using System.Net;
using System.Text.Json;

namespace Unknot.Web.Tests;

/// <summary>The API as a whole: what it documents, and what it answers to input too big, malformed, or a database it cannot open.</summary>
public sealed class ApiTests : IDisposable
{
    private readonly TestApi _api = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_database_that_cannot_be_opened_is_a_503_naming_the_file_never_a_500()
    {
        using var app = new TestApp();
        Directory.CreateDirectory(Path.Combine(app.Home.Path, "unknot.db"));
        using var http = app.CreateClient();

        using var response = await http.GetAsync("/api/stats", Cancel);
        var problem = await TestApp.Read(response);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("detail").GetString()!.ShouldEndWith("unknot.db is a folder, not a database file; move it away (or set UNKNOT_HOME elsewhere) and Unknot will start a new database");
        problem.TryGetProperty("exception", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        var body = $$"""{"name":"{{new string('x', 300_000)}}","items":[{"exercise":"cat-cow"}]}""";

        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/routines", body);

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("status").GetInt32().ShouldBe(413);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var document = JsonDocument.Parse(await _api.Http.GetStringAsync("/openapi/v1.json", Cancel)).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        paths.ShouldContain("/api/exercises");
        paths.ShouldContain("/api/routines/{id}/timeline");
        paths.ShouldContain("/api/plan");
        paths.ShouldContain("/api/sessions");
        paths.ShouldContain("/api/import");
    }

    public static TheoryData<string, string, string?> Sweep()
    {
        var data = new TheoryData<string, string, string?>();
        string[] bodies = ["", "null", "[]", "42", "\"text\"", "{", "{}", """{"name":null}""", """{"minutes":1e400}""", """{"minutes":99999999999}""",
            """{"routine":{"nested":[1,2,3]}}""", """{"items":[null,1,{}]}""", """{"name":"a","items":[{"exercise":123}]}""", """{"minutes":5,"place":"desk","equipment":"wall"}""",
            """{"minutes":5,"place":"desk","avoid":[1]}""", """{"minutes":5,"place":"desk","seed":1.5}""", """{"routine":"desk-break","segments":[{"outcome":1}]}""",
            """{"routine":"desk-break","startedAt":"9999-12-31T23:59:59Z"}""", """{"routine":"desk-break","id":"not-a-uuid"}""", """{"routine":"desk-break","timeZone":"Mars/Base"}""",
            $$"""{"routine":"{{new string('a', 5000)}}"}"""];
        foreach (var (method, url) in new[] { ("POST", "/api/routines"), ("PUT", "/api/routines/nope"), ("POST", "/api/plan"), ("POST", "/api/sessions"), ("POST", "/api/import") })
        {
            foreach (var body in bodies)
            {
                data.Add(method, url, body);
            }
        }
        foreach (var url in new[] { "/api/exercises?target=", "/api/exercises?equipment=%00", "/api/exercises/%E2%98%83", "/api/routines/..%2F..", "/api/routines/x/timeline?level=",
            "/api/sessions?days=-1", "/api/sessions?days=99999999999", "/api/routines/desk-break/timeline?level=DEEP", "/api/exercises/" + new string('a', 3000) })
        {
            data.Add("GET", url, null);
        }
        data.Add("DELETE", "/api/routines/%20", null);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sweep))]
    public async Task No_malformed_input_ever_produces_a_500(string method, string url, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : TestApp.Json(body) };
        using var response = await _api.Http.SendAsync(request, Cancel);

        ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync(Cancel));
        if ((int)response.StatusCode >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }
    }
}
