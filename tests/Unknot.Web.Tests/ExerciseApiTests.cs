using System.Net;

namespace Unknot.Web.Tests;

/// <summary>The exercise catalog over the API: listed, filtered and found by id.</summary>
public sealed class ExerciseApiTests : IDisposable
{
    private readonly TestApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Exercises_are_listed_filtered_and_found_by_id()
    {
        var (status, all) = await _api.Send(HttpMethod.Get, "/api/exercises");
        var (_, neck) = await _api.Send(HttpMethod.Get, "/api/exercises?target=neck&kind=static-hold");
        var (one, exercise) = await _api.Send(HttpMethod.Get, "/api/exercises/butterfly-wings");

        status.ShouldBe(HttpStatusCode.OK);
        all.GetArrayLength().ShouldBe(12);
        neck.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe(["childs-pose", "lateral-neck-stretch", "lateral-rotation-neck-stretch"], ignoreOrder: true);
        one.ShouldBe(HttpStatusCode.OK);
        exercise.GetProperty("cautions")[0].GetString()!.ShouldContain("press down");
        exercise.GetProperty("dosePerLevel").GetProperty("deep").GetString().ShouldBe("5 × (elbows back 10 s, elbows together 10 s)");
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems_and_bad_filters_400_naming_the_field()
    {
        var (missing, problem) = await _api.Send(HttpMethod.Get, "/api/exercises/latteral-neck");
        var (bad, filter) = await _api.Send(HttpMethod.Get, "/api/exercises?position=upside-down");

        missing.ShouldBe(HttpStatusCode.NotFound);
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("detail").GetString().ShouldBe("unknown exercise 'latteral-neck' — did you mean 'lateral-neck-stretch'?");
        bad.ShouldBe(HttpStatusCode.BadRequest);
        filter.GetProperty("field").GetString().ShouldBe("position");
    }
}
