using System.Net;

namespace Unknot.Web.Tests;

/// <summary>Neck measurements reported with a session: kept, refused when wrong, worded in history, and carried by export and import.</summary>
public sealed class NeckMeasurementApiTests : IDisposable
{
    private readonly TestApi _api = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Neck_measurements_before_and_after_are_kept_with_the_session_shown_in_history_and_carried_by_export_and_import()
    {
        const string id = "0d9f4c1e-5a7b-4c2d-8e3f-1a2b3c4d5e6f";
        // At Start, the check before; at the end, the check after (and the same report again changes nothing).
        var (started, _) = await _api.Send(HttpMethod.Post, "/api/sessions",
            """{"id":"0d9f4c1e-5a7b-4c2d-8e3f-1a2b3c4d5e6f","routine":"desk-break","completed":false,"checkpoint":{"segment":0,"seconds":0},"measurements":{"before":{"rotationLeft":55,"rotationRight":60,"tiltLeft":30,"tiltRight":28,"flexion":45,"extension":50,"atLeast":["rotationLeft"]}}}""");
        var (ended, session) = await _api.Send(HttpMethod.Post, "/api/sessions",
            """{"id":"0d9f4c1e-5a7b-4c2d-8e3f-1a2b3c4d5e6f","routine":"desk-break","completed":true,"measurements":{"after":{"rotationLeft":62,"tiltRight":33},"form":[{"segment":12,"exercise":"neck-rotations-and-tilts","direction":"tiltLeft","from":20,"to":45,"heldSeconds":12,"ofSeconds":15}]}}""");
        var (bad, problem) = await _api.Send(HttpMethod.Post, "/api/sessions",
            """{"routine":"desk-break","measurements":{"after":{"tiltLeft":30,"atLeast":["flexion"]}}}""");
        var (tooFar, farProblem) = await _api.Send(HttpMethod.Post, "/api/sessions", """{"routine":"desk-break","measurements":{"before":{"rotationLeft":500}}}""");
        var (overHeld, overHeldProblem) = await _api.Send(HttpMethod.Post, "/api/sessions",
            """{"routine":"desk-break","measurements":{"form":[{"segment":3,"exercise":"lateral-neck-stretch","direction":"tiltLeft","from":20,"to":45,"heldSeconds":40,"ofSeconds":30}]}}""");

        started.ShouldBe(HttpStatusCode.Created);
        ended.ShouldBe(HttpStatusCode.OK);
        var measured = session.GetProperty("measurements");
        measured.GetProperty("before").GetProperty("rotationLeft").GetInt32().ShouldBe(55);
        measured.GetProperty("before").GetProperty("atLeast")[0].GetString().ShouldBe("rotationLeft");
        measured.GetProperty("after").GetProperty("rotationLeft").GetInt32().ShouldBe(62);
        measured.GetProperty("after").TryGetProperty("flexion", out _).ShouldBeFalse("a direction not measured is absent");
        bad.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("measurements.after.atLeast[0]");
        problem.GetProperty("detail").GetString()!.ShouldContain("'flexion', which has no figure here");
        tooFar.ShouldBe(HttpStatusCode.BadRequest);
        farProblem.GetProperty("field").GetString().ShouldBe("measurements.before.rotationLeft");
        overHeld.ShouldBe(HttpStatusCode.BadRequest);
        overHeldProblem.GetProperty("field").GetString().ShouldBe("measurements.form[0].heldSeconds");
        overHeldProblem.GetProperty("detail").GetString()!.ShouldContain("from 0 to 30, got 40");
        var held = measured.GetProperty("form").EnumerateArray().Single();
        (held.GetProperty("direction").GetString(), held.GetProperty("heldSeconds").GetInt32(), held.GetProperty("ofSeconds").GetInt32()).ShouldBe(("tiltLeft", 12, 15));

        // History says it in words, before → after.
        var history = WebUtility.HtmlDecode(await _api.Http.GetStringAsync("/history", Cancel));
        history.ShouldContain("Neck: turn left at least 55° → 62°, turn right 60° (before), tilt left 30° (before), tilt right 28° → 33°, chin down 45° (before), chin up 50° (before); held in band: tilt left 12 of 15 s");
        history.ShouldContain("<li>turn left: 55° at the one check so far; 7.0° more right after a routine, on average over 1 session</li>");
        var (_, stats) = await _api.Send(HttpMethod.Get, "/api/stats");
        var trend = stats.GetProperty("rangeOfMotion").EnumerateArray().First();
        (trend.GetProperty("direction").GetString(), trend.GetProperty("checks").GetInt32(), trend.GetProperty("averageChangeAfterRoutine").GetDouble()).ShouldBe(("rotationLeft", 1, 7.0));

        // The export carries them, and an import into an empty app brings them back as they were.
        var exported = await _api.Http.GetStringAsync("/api/export", Cancel);
        using var other = new TestApp();
        using var http = other.CreateClient();
        using var imported = await http.PostAsync("/api/import", TestApp.Json(exported), Cancel);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        var back = await TestApp.Read(await http.GetAsync($"/api/sessions/{id}", Cancel));
        back.GetProperty("measurements").GetRawText().ShouldBe(measured.GetRawText());
    }
}
