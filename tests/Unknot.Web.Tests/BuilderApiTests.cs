using System.Net;
using System.Text.Json;

namespace Unknot.Web.Tests;

/// <summary>What the routine builder asks the API: the time of a routine not saved yet, and every problem of a draft at once.</summary>
public sealed class BuilderApiTests : IDisposable
{
    private readonly TestApi _api = new();

    public void Dispose() => _api.Dispose();

    private static string[] Errors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("field").GetString()}: {e.GetProperty("message").GetString()}").ToArray();

    [Fact]
    public async Task A_draft_takes_as_long_as_the_same_routine_saved_and_would_get_a_free_id()
    {
        var (_, deskBreak) = await _api.Send(HttpMethod.Get, "/api/routines/desk-break");
        var (_, timeline) = await _api.Send(HttpMethod.Get, "/api/routines/desk-break/timeline");
        var items = deskBreak.GetProperty("items").GetRawText();

        var (status, preview) = await _api.Send(HttpMethod.Post, "/api/routines/preview", $$"""{"name":"Desk break","items":{{items}}}""");

        status.ShouldBe(HttpStatusCode.OK);
        var seconds = timeline.GetProperty("totalSeconds").GetInt32();
        preview.GetProperty("totalSeconds").GetInt32().ShouldBe(seconds);
        preview.GetProperty("total").GetString().ShouldBe(Text.Durations.Clock(seconds));
        preview.GetProperty("level").GetString().ShouldBe("standard");
        preview.GetProperty("newId").GetString().ShouldBe("desk-break-2", "the built-in routine has the name's id already");
    }

    [Fact]
    public async Task A_longer_rest_or_a_deeper_level_makes_the_draft_longer_and_it_needs_no_name()
    {
        var (_, plain) = await _api.Send(HttpMethod.Post, "/api/routines/preview", """{"items":[{"exercise":"cat-cow"},{"exercise":"chest-stretch"}]}""");
        var (_, rested) = await _api.Send(HttpMethod.Post, "/api/routines/preview", """{"items":[{"exercise":"cat-cow","restAfter":45},{"exercise":"chest-stretch"}]}""");
        var (_, deep) = await _api.Send(HttpMethod.Post, "/api/routines/preview", """{"items":[{"exercise":"cat-cow","level":"deep"},{"exercise":"chest-stretch"}]}""");

        rested.GetProperty("totalSeconds").GetInt32().ShouldBe(plain.GetProperty("totalSeconds").GetInt32() + 45);
        deep.GetProperty("totalSeconds").GetInt32().ShouldBeGreaterThan(plain.GetProperty("totalSeconds").GetInt32());
        plain.TryGetProperty("newId", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_draft_with_bad_items_is_a_400_listing_each_of_them()
    {
        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/routines/preview",
            """{"items":[{"exercise":"cat-cow","restAfter":700},{"exercise":"cat-cw","level":"extreme"}]}""");

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("items[0].restAfter");
        Errors(problem).ShouldBe([
            "items[0].restAfter: must be a whole number of seconds from 0 to 600, got 700",
            "items[1].exercise: unknown exercise 'cat-cw' — did you mean 'cat-cow'?",
            "items[1].level: must be one of gentle, standard, deep, got 'extreme'",
        ]);
    }

    [Fact]
    public async Task Saving_tells_every_problem_at_once_and_saves_nothing()
    {
        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/routines", """{"name":" ","items":[{"exercise":"cat-cow","restAfter":-5},{"exercise":"chest-stretch","restAfter":"ten"}]}""");
        var (changed, again) = await _api.Send(HttpMethod.Put, "/api/routines/desk-break-mine", """{"name":"x","items":[{"exercise":"cat-cow"}]}""");

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().ShouldBe("must not be empty");
        Errors(problem).ShouldBe([
            "name: must not be empty",
            "items[0].restAfter: must be a whole number of seconds from 0 to 600, got -5",
            "items[1].restAfter: must be a whole number of seconds from 0 to 600, got 'ten'",
        ]);
        var (_, all) = await _api.Send(HttpMethod.Get, "/api/routines");
        all.EnumerateArray().Count(r => r.GetProperty("origin").GetString() == "saved").ShouldBe(0);
        changed.ShouldBe(HttpStatusCode.NotFound);
        again.GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Fact]
    public async Task Changing_a_saved_routine_badly_tells_every_problem_and_keeps_it_as_it_was()
    {
        (await _api.Send(HttpMethod.Post, "/api/routines", """{"name":"Mine","items":[{"exercise":"cat-cow","restAfter":10}]}""")).Status.ShouldBe(HttpStatusCode.Created);

        var (status, problem) = await _api.Send(HttpMethod.Put, "/api/routines/mine", """{"name":"","items":[{"exercise":"cat-cow","restAfter":601}]}""");

        status.ShouldBe(HttpStatusCode.BadRequest);
        Errors(problem).Length.ShouldBe(2);
        var (_, kept) = await _api.Send(HttpMethod.Get, "/api/routines/mine");
        kept.GetProperty("name").GetString().ShouldBe("Mine");
        kept.GetProperty("items")[0].GetProperty("restAfter").GetInt32().ShouldBe(10);
    }
}
