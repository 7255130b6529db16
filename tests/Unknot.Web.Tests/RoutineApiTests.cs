using System.Net;

namespace Unknot.Web.Tests;

/// <summary>Routines over the API: a user's own created, changed and deleted, the built-in ones protected, and timelines compiled.</summary>
public sealed class RoutineApiTests : IDisposable
{
    private readonly TestApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Own_routines_are_created_read_changed_and_deleted_and_builtins_are_protected()
    {
        var (created, routine) = await _api.Send(HttpMethod.Post, "/api/routines", """{"name":"Lunch stretch","items":[{"exercise":"chest-stretch"},{"exercise":"cat-cow","level":"gentle","restAfter":10}]}""");
        created.ShouldBe(HttpStatusCode.Created);
        routine.GetProperty("id").GetString().ShouldBe("lunch-stretch");
        routine.GetProperty("editable").GetBoolean().ShouldBeTrue();

        var (taken, refusal) = await _api.Send(HttpMethod.Post, "/api/routines", """{"name":"Lunch stretch","items":[{"exercise":"chest-stretch"}]}""");
        taken.ShouldBe(HttpStatusCode.Conflict);
        // The words `unknot plan --save` says too, with the API's own way to replace it.
        refusal.GetProperty("detail").GetString().ShouldBe("you already have a routine 'lunch-stretch'; PUT /api/routines/lunch-stretch changes it");
        var (changed, after) = await _api.Send(HttpMethod.Put, "/api/routines/lunch-stretch", """{"name":"Long lunch","items":[{"exercise":"childs-pose"}]}""");
        changed.ShouldBe(HttpStatusCode.OK);
        after.GetProperty("items").GetArrayLength().ShouldBe(1);
        var (_, list) = await _api.Send(HttpMethod.Get, "/api/routines");
        list.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("lunch-stretch");

        var (forbidden, why) = await _api.Send(HttpMethod.Delete, "/api/routines/desk-break");
        forbidden.ShouldBe(HttpStatusCode.Forbidden);
        why.GetProperty("detail").GetString()!.ShouldContain("built-in");
        (await _api.Send(HttpMethod.Put, "/api/routines/warm-up", """{"name":"x","items":[{"exercise":"cat-cow"}]}""")).Status.ShouldBe(HttpStatusCode.Forbidden);

        (await _api.Send(HttpMethod.Delete, "/api/routines/lunch-stretch")).Status.ShouldBe(HttpStatusCode.NoContent);
        (await _api.Send(HttpMethod.Get, "/api/routines/lunch-stretch")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _api.Send(HttpMethod.Delete, "/api/routines/lunch-stretch")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"items":[{"exercise":"cat-cow"}]}""", "name", "is required")]
    [InlineData("""{"name":"x","items":[]}""", "items", "must list at least one exercise")]
    [InlineData("""{"name":"x","items":[{"exercise":"cat-cw"}]}""", "items[0].exercise", "unknown exercise 'cat-cw' — did you mean 'cat-cow'?")]
    [InlineData("""{"name":"x","items":[{"exercise":"cat-cow","restAfter":9000}]}""", "items[0].restAfter", "must be a whole number of seconds from 0 to 600, got 9000")]
    [InlineData("""{"name":"x","id":"Not Kebab","items":[{"exercise":"cat-cow"}]}""", "id", "must be kebab-case, such as 'my-desk', got 'Not Kebab'")]
    [InlineData("""{"name":"x","items":"cat-cow"}""", "items", "must be an array, got 'cat-cow'")]
    public async Task A_bad_routine_body_is_a_400_naming_the_field(string body, string field, string detail)
    {
        var (status, problem) = await _api.Send(HttpMethod.Post, "/api/routines", body);

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe(field);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Fact]
    public async Task A_timeline_is_compiled_at_the_asked_level()
    {
        var (_, gentle) = await _api.Send(HttpMethod.Get, "/api/routines/desk-break/timeline?level=gentle");
        var (_, deep) = await _api.Send(HttpMethod.Get, "/api/routines/desk-break/timeline?level=deep");
        var (bad, problem) = await _api.Send(HttpMethod.Get, "/api/routines/desk-break/timeline?level=extreme");

        gentle.GetProperty("totalSeconds").GetInt32().ShouldBeLessThan(deep.GetProperty("totalSeconds").GetInt32());
        gentle.GetProperty("segments")[0].GetProperty("kind").GetString().ShouldBe("prepare");
        bad.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("level");
    }
}
