using System.Net;
using System.Text.Json;

namespace Unknot.Web.Tests;

/// <summary>Export and import over the API.</summary>
public sealed class ExchangeApiTests : IDisposable
{
    private readonly TestApi _api = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Export_then_import_into_an_empty_app_gives_the_same_data()
    {
        await _api.Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","painBefore":5,"painAfter":2}""");
        await _api.Send(HttpMethod.Post, "/api/routines", """{"name":"Mine","items":[{"exercise":"cat-cow"}]}""");
        var exported = await _api.Http.GetStringAsync("/api/export", Cancel);

        using var other = new TestApp();
        using var http = other.CreateClient();
        using var imported = await http.PostAsync("/api/import", TestApp.Json(exported), Cancel);
        using var again = await http.PostAsync("/api/import", TestApp.Json(exported), Cancel);
        var reexported = await http.GetStringAsync("/api/export", Cancel);

        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestApp.Read(again)).GetProperty("sessionsAdded").GetInt32().ShouldBe(0);
        JsonDocument.Parse(reexported).RootElement.GetProperty("sessions").GetRawText()
            .ShouldBe(JsonDocument.Parse(exported).RootElement.GetProperty("sessions").GetRawText());
        JsonDocument.Parse(reexported).RootElement.GetProperty("savedRoutines").GetRawText()
            .ShouldBe(JsonDocument.Parse(exported).RootElement.GetProperty("savedRoutines").GetRawText());
    }

    [Fact]
    public async Task An_import_replacing_a_built_in_routine_is_refused_unless_allowed_and_then_shows_as_yours()
    {
        var exported = System.Text.Json.Nodes.JsonNode.Parse(await _api.Http.GetStringAsync("/api/export", Cancel))!;
        ((System.Text.Json.Nodes.JsonArray)exported["routines"]!).Add(new System.Text.Json.Nodes.JsonObject
        {
            ["file"] = "desk-break.yaml",
            ["yaml"] = "id: desk-break\nname: Desk break\nitems:\n  - exercise: chest-stretch\n",
        });
        var body = exported.ToJsonString();

        var (refused, problem) = await _api.Send(HttpMethod.Post, "/api/import", body);
        var (_, before) = await _api.Send(HttpMethod.Get, "/api/routines/desk-break");
        var (allowed, _) = await _api.Send(HttpMethod.Post, "/api/import?allowOverride=true", body);
        var (_, after) = await _api.Send(HttpMethod.Get, "/api/routines/desk-break");

        refused.ShouldBe(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString().ShouldBe(
            "routines[0].yaml: would replace the built-in routine 'desk-break' — nothing was imported; send ?allowOverride=true to let it replace the built-in ones");
        before.GetProperty("origin").GetString().ShouldBe("built-in");
        allowed.ShouldBe(HttpStatusCode.OK);
        after.GetProperty("replacesBuiltIn").GetBoolean().ShouldBeTrue();
        after.GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_malformed_import_is_a_400_with_its_json_path()
    {
        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/import", """{"format":"unknot-export","version":1,"exportedAt":"2026-01-01T00:00:00Z","exercises":[],"routines":[],"settings":{},"sessions":[{"id":"x"}]}""");

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("sessions[0].id");
    }
}
