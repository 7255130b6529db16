using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.Dosing;
using Unknot.Figures;

namespace Unknot.Web.Api;

/// <summary><c>/api/exercises</c>: the catalog, one exercise, its figure and the user's own picture of it.</summary>
public static class ExerciseEndpoints
{
    /// <summary>Maps the group.</summary>
    public static void MapExercises(this RouteGroupBuilder api)
    {
        var exercises = api.MapGroup("/exercises").WithTags("Exercises");
        exercises.MapGet("/", ListExercises).CacheOutput(UnknotApi.LibraryCache).WithName("ListExercises").WithSummary("The catalog, filtered by target, equipment ('none' for none), position and kind");
        exercises.MapGet("/{id}", GetExercise).CacheOutput(UnknotApi.LibraryCache).WithName("GetExercise").WithSummary("One exercise with its dose at the user's level (or ?level=)");
        exercises.MapGet("/{id}/figure.svg", GetFigure).CacheOutput(UnknotApi.LibraryCache).WithName("GetFigure")
            .WithSummary("One key pose of the exercise's figure as a standalone SVG (?pose= its number from 0, the start; ?side=left|right)")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound);
        exercises.MapGet("/{id}/image", GetImage).WithName("GetImage")
            .WithSummary("The user's own picture of an exercise, named by 'image:' in its file; SVG is served so that no script in it runs")
            .Produces<byte[]>(StatusCodes.Status200OK, "image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound);
    }

    // The filter parameters are read from the query by the shared reader; they are named here so OpenAPI lists them.
    private static Results<Ok<ExerciseView[]>, ProblemHttpResult> ListExercises(UserContext data, HttpRequest request, string? target, string? equipment, string? position, string? kind)
    {
        if (!ExerciseFilter.Read(RequestInput.Query(request.Query)).TryGetValue(out var filter, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        var level = data.Level;
        return TypedResults.Ok(filter.Apply(data.Catalog).Select(e => ExerciseView.From(e, level)).ToArray());
    }

    private static Results<Ok<ExerciseView>, ProblemHttpResult> GetExercise(UserContext data, string id, string? level)
    {
        if (data.Catalog.Find(id) is not { } e)
        {
            return Problems.NotFound(data.Library.UnknownExercise(id));
        }
        return LevelReader.Read(level, data.Level).TryGetValue(out var chosen, out var problem)
            ? TypedResults.Ok(ExerciseView.From(e, chosen))
            : UnknotApi.Refused(problem);
    }

    // The pose and side are read from the query by the shared reader; they are named here so OpenAPI lists them.
    private static IResult GetFigure(UserContext data, HttpRequest request, string id, string? pose, string? side)
    {
        if (data.Catalog.Find(id) is not { } e)
        {
            return Problems.NotFound(data.Library.UnknownExercise(id));
        }
        if (e.Figure is not { } figure)
        {
            return Problems.NotFound($"'{e.Id}' has no figure{(e.Image is null ? "" : "; its picture is at " + FigureText.ImageUrl(e))}");
        }
        if (!FigureRequest.Read(RequestInput.Query(request.Query), figure).TryGetValue(out var asked, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        var svg = FigureSvg.Write(FigureDrawing.Of(figure).Key(asked.Index, asked.Side), FigureText.Describe(e, asked.Index, asked.Side), standalone: true);
        return TypedResults.Text(svg, "image/svg+xml; charset=utf-8");
    }

    private static IResult GetImage(UserContext data, HttpContext context, string id)
    {
        if (data.Catalog.Find(id) is not { } e)
        {
            return Problems.NotFound(data.Library.UnknownExercise(id));
        }
        if (e.Image is not { } name)
        {
            return Problems.NotFound($"'{e.Id}' has no picture of its own");
        }
        if (data.Workspace.Image(data.UserId, name, inDatabase: data.FilesHome is null, out var problem) is not { } image)
        {
            return Problems.NotFound($"the picture of '{e.Id}' {problem}");
        }
        // Shown as an image only: never sniffed as something else, and an SVG opened on its own runs no script.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        context.Response.Headers.ContentDisposition = "inline";
        return TypedResults.File(image.Bytes, image.ContentType);
    }
}
