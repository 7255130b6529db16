using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Unknot.Web.Tests;

/// <summary>
/// <c>/play/program?kind=N</c> plays today's session of the programme followed at its week's level and sets, and the
/// report the player sends of it, as the player builds it from its setup, is stored as played and counts as done.
/// </summary>
public sealed partial class ProgrammePlayTests : IDisposable
{
    /// <summary>A programme file: the desk break twice in a row, and a session of its own with an item's level and a rest, every day.</summary>
    private const string Twice = """
        id: twice-a-day
        name: Twice a day
        description: A desk break played twice in a row, and a neck session of its own.
        weeks: 2
        sessions:
          - routine: desk-break
            days: every-day
          - name: Neck and rest
            days: every-day
            items:
              - exercise: lateral-neck-stretch
                level: deep
                restAfter: 20
              - exercise: chair-rotation
        start:
          level: standard
          sets: 2
          days: 7
        steps: [level]
        missed: drop
        doneShare: 80
        basis: Written for a test.
        """;

    private readonly TestApi _api = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [GeneratedRegex("<script type=\"application/json\" id=\"setup\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SetupScript();

    private async Task<JsonElement> Setup(string address)
    {
        using var response = await _api.Http.GetAsync(address, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return JsonDocument.Parse(SetupScript().Match(html).Groups[1].Value).RootElement.Clone();
    }

    /// <summary>The final report of a session played to the end, as js/player-reports.js builds it from the setup.</summary>
    private static string Report(JsonElement setup)
    {
        var routine = setup.GetProperty("routine");
        var segments = setup.GetProperty("timeline").GetProperty("segments").GetArrayLength();
        var body = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["routine"] = routine.GetProperty("id").GetString(),
            ["routineName"] = routine.GetProperty("name").GetString(),
            ["level"] = setup.GetProperty("timeline").GetProperty("level").GetString(),
            ["completed"] = true,
            ["segments"] = new JsonArray(Enumerable.Repeat("done", segments).Select(s => (JsonNode)s!).ToArray()),
        };
        if (routine.GetProperty("planned").GetBoolean())
        {
            body["items"] = JsonNode.Parse(routine.GetProperty("items").GetRawText());
        }
        return body.ToJsonString();
    }

    [Fact]
    public async Task Todays_desk_break_plays_at_the_weeks_level_as_the_built_in_routine()
    {
        await _api.Send(HttpMethod.Post, "/api/program", """{"program":"desk-worker-4-weeks"}""");

        var setup = await Setup("/play/program?kind=0");
        var (recorded, session) = await _api.Send(HttpMethod.Post, "/api/sessions", Report(setup));
        var (_, programme) = await _api.Send(HttpMethod.Get, "/api/program");

        setup.GetProperty("routine").GetProperty("id").GetString().ShouldBe("desk-break");
        setup.GetProperty("routine").GetProperty("planned").GetBoolean().ShouldBeFalse("the built-in routine as it is: the report names it alone");
        setup.GetProperty("timeline").GetProperty("level").GetString().ShouldBe("gentle");
        recorded.ShouldBe(HttpStatusCode.Created, session.ToString());
        programme.GetProperty("weeks")[0].GetProperty("done").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_week_that_plays_each_stretch_twice_and_a_session_of_its_own_are_reported_with_their_items_and_count_as_done()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_api.App.Home.Path, "programs"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "twice.yaml"), Twice, Cancel);
        var (started, change) = await _api.Send(HttpMethod.Post, "/api/program", """{"program":"twice-a-day"}""");
        started.ShouldBe(HttpStatusCode.OK, change.ToString());

        var twice = await Setup("/play/program?kind=0");
        var own = await Setup("/play/program?kind=1");
        var (first, firstSession) = await _api.Send(HttpMethod.Post, "/api/sessions", Report(twice));
        var (second, secondSession) = await _api.Send(HttpMethod.Post, "/api/sessions", Report(own));
        var (_, programme) = await _api.Send(HttpMethod.Get, "/api/program");

        var items = twice.GetProperty("routine").GetProperty("items");
        twice.GetProperty("routine").GetProperty("planned").GetBoolean().ShouldBeTrue("no routine of the library is the desk break twice over");
        items.GetArrayLength().ShouldBe(10);
        items[0].GetProperty("exercise").GetString().ShouldBe(items[1].GetProperty("exercise").GetString());
        var neck = own.GetProperty("routine").GetProperty("items")[0];
        (neck.GetProperty("level").GetString(), neck.GetProperty("restAfter").GetInt32()).ShouldBe(("deep", 20));
        first.ShouldBe(HttpStatusCode.Created, firstSession.ToString());
        firstSession.GetProperty("routine").GetString().ShouldBe("desk-break");
        firstSession.GetProperty("done").GetInt32().ShouldBe(twice.GetProperty("timeline").GetProperty("segments").GetArrayLength(), "stored as it was played");
        second.ShouldBe(HttpStatusCode.Created, secondSession.ToString());
        secondSession.GetProperty("done").GetInt32().ShouldBe(own.GetProperty("timeline").GetProperty("segments").GetArrayLength(), "its rest and its level kept");
        programme.GetProperty("today").GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("done").GetBoolean()).ShouldBe([true, true]);
    }
}
