using Microsoft.AspNetCore.Http.HttpResults;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.App.Workspaces;
using Unknot.Planning;
using Unknot.Timelines;

namespace Unknot.Web.Api;

/// <summary><c>/api/routines</c> and <c>/api/plan</c>: routines to list, save, change, preview, delete and compile, and the planner.</summary>
public static class RoutineEndpoints
{
    /// <summary>Maps the group.</summary>
    public static void MapRoutines(this RouteGroupBuilder api)
    {
        var routines = api.MapGroup("/routines").WithTags("Routines");
        routines.MapGet("/", ListRoutines).CacheOutput(UnknotApi.LibraryCache).WithName("ListRoutines").WithSummary("Built-in routines, routine files and saved routines");
        routines.MapGet("/{id}", GetRoutine).CacheOutput(UnknotApi.LibraryCache).WithName("GetRoutine").WithSummary("One routine");
        routines.MapPost("/", CreateRoutine).WithName("CreateRoutine").WithSummary("Save a new routine")
            .AcceptsJson<RoutineDraftBody>().ProducesProblem(StatusCodes.Status409Conflict);
        routines.MapPut("/{id}", ReplaceRoutine).WithName("ReplaceRoutine").WithSummary("Change a saved routine")
            .AcceptsJson<RoutineDraftBody>().ProducesProblem(StatusCodes.Status403Forbidden);
        routines.MapPost("/preview", PreviewRoutine).WithName("PreviewRoutine")
            .WithSummary("How long a routine being built would take, before it is saved (the same body; the name may be left out), and the id it would be saved under")
            .AcceptsJson<RoutineDraftBody>();
        routines.MapDelete("/{id}", DeleteRoutine).WithName("DeleteRoutine").WithSummary("Delete a saved routine").ProducesProblem(StatusCodes.Status403Forbidden);
        routines.MapGet("/{id}/timeline", GetTimeline).CacheOutput(UnknotApi.LibraryCache).WithName("GetTimeline").WithSummary("The routine compiled second by second at the user's level (or ?level=)");

        api.MapPost("/plan", PlanRoutine).WithTags("Planner").WithName("Plan").WithSummary("The best routine for the minutes, place and equipment")
            .AcceptsJson<PlanRequestBody>();
    }

    private static Ok<RoutineView[]> ListRoutines(UserContext data) =>
        TypedResults.Ok(data.Routines.All.Select(r => RoutineView.From(r, data.Catalog)).ToArray());

    private static Results<Ok<RoutineView>, ProblemHttpResult> GetRoutine(UserContext data, string id) =>
        data.Routines.Find(id) is { } r ? TypedResults.Ok(RoutineView.From(r, data.Catalog)) : Problems.NotFound(data.Library.UnknownRoutine(id));

    private static async Task<Results<Created<RoutineView>, ProblemHttpResult>> CreateRoutine(UserContext data, HttpRequest request, CancellationToken cancel)
    {
        if (!(await RequestInput.JsonAsync(request, cancel)).TryGetValue(out var body, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        var (routine, problems) = RoutineDraftReader.ReadAll(body, data.Library);
        if (routine is null)
        {
            return Problems.BadRequest(problems);
        }
        var outcome = RoutineSaving.Save(data.Store, data.Library, routine, replace: false);
        if (RoutineSaving.Refusal(outcome, routine.Id, data.Library, $"PUT /api/routines/{routine.Id} changes it") is { } refusal)
        {
            return Problems.Conflict(refusal);
        }
        return TypedResults.Created($"/api/routines/{routine.Id}", RoutineView.From(data.Routines.Find(routine.Id)!, data.Catalog));
    }

    private static async Task<Results<Ok<RoutineView>, ProblemHttpResult>> ReplaceRoutine(UserContext data, string id, HttpRequest request, CancellationToken cancel)
    {
        if (Refuse(data, id) is { } refusal)
        {
            return refusal;
        }
        if (!(await RequestInput.JsonAsync(request, cancel)).TryGetValue(out var body, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        var (routine, problems) = RoutineDraftReader.ReadAll(body, data.Library, id);
        if (routine is null)
        {
            return Problems.BadRequest(problems);
        }
        RoutineSaving.Save(data.Store, data.Library, routine, replace: true);
        return TypedResults.Ok(RoutineView.From(data.Routines.Find(id)!, data.Catalog));
    }

    private static async Task<Results<Ok<RoutinePreviewView>, ProblemHttpResult>> PreviewRoutine(UserContext data, HttpRequest request, string? level, CancellationToken cancel)
    {
        if (!(await RequestInput.JsonAsync(request, cancel)).TryGetValue(out var body, out var problem)
            || !LevelReader.Read(level, data.Level).TryGetValue(out var chosen, out problem))
        {
            return UnknotApi.Refused(problem);
        }
        var (name, items, problems) = RoutineDraftReader.ReadPreview(body, data.Library);
        return problems.Count > 0 ? Problems.BadRequest(problems) : TypedResults.Ok(RoutinePreviewView.From(name, items, data.Library, chosen));
    }

    private static Results<NoContent, ProblemHttpResult> DeleteRoutine(UserContext data, string id)
    {
        if (Refuse(data, id) is { } refusal)
        {
            return refusal;
        }
        data.Store.DeleteRoutine(id);
        return TypedResults.NoContent();
    }

    private static Results<Ok<TimelineView>, ProblemHttpResult> GetTimeline(UserContext data, string id, string? level)
    {
        if (data.Routines.Find(id) is not { } routine)
        {
            return Problems.NotFound(data.Library.UnknownRoutine(id));
        }
        return LevelReader.Read(level, data.Level).TryGetValue(out var chosen, out var problem)
            ? TypedResults.Ok(TimelineView.From(TimelineCompiler.Compile(routine, data.Catalog, chosen)))
            : UnknotApi.Refused(problem);
    }

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult>> PlanRoutine(UserContext data, HttpRequest request, CancellationToken cancel)
    {
        var read = (await RequestInput.JsonAsync(request, cancel)).Then(body => PlanRequestReader.Read(body, data.Catalog, data.Preferences));
        if (!read.TryGetValue(out var planRequest, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        var result = Planner.Plan(data.Catalog, planRequest);
        return result.Plan is { } plan
            ? TypedResults.Ok(PlanView.From(plan, data.Catalog))
            : Problems.BadRequest(new App.Fields.FieldProblem(App.Fields.FieldProblem.Request, Problems.Explain(result.Failure!)));
    }

    private static ProblemHttpResult? Refuse(UserContext data, string id)
    {
        var routine = data.Routines.Find(id);
        return routine switch
        {
            null => Problems.NotFound(data.Library.UnknownRoutine(id)),
            { Origin.IsBuiltIn: true } => Problems.Forbidden($"'{id}' is a built-in routine and cannot be changed or deleted; copy it under a new id instead"),
            { Origin.IsEditable: false } => Problems.Forbidden($"'{id}' comes from the file {routine.Origin.File}; edit or delete that file instead"),
            _ => null,
        };
    }
}
