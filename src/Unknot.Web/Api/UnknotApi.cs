using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Unknot.App.Fields;

namespace Unknot.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>: the same operations as the CLI, through the same readers and views, with typed
/// results so the OpenAPI document lists every response, and RFC 7807 problems for every mistake. Each route group
/// maps itself (<c>Map…</c> in the files beside this one); what they share is here.
/// </summary>
public static class UnknotApi
{
    /// <summary>Largest body for ordinary requests.</summary>
    public const long SmallBody = 256 * 1024;

    /// <summary>Largest body for an import.</summary>
    public const long ImportBody = 20 * 1024 * 1024;

    /// <summary>The output-cache policy of answers that depend only on the library, the settings and the query.</summary>
    public const string LibraryCache = "library";

    /// <summary>Maps every route group under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapUnknotApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .AddEndpointFilter(TranslateBodyProblems)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapExercises();
        api.MapRoutines();
        api.MapSessions();
        api.MapReminders();
        api.MapSettings();
        api.MapExchange();
        api.MapProgrammes();
        return app;
    }

    /// <summary>
    /// An endpoint that takes a JSON body shaped like <typeparamref name="TBody"/> (for the OpenAPI document) of at
    /// most <paramref name="limit"/> bytes: 413 past it, 415 for anything but JSON.
    /// </summary>
    public static RouteHandlerBuilder AcceptsJson<TBody>(this RouteHandlerBuilder endpoint, long limit = SmallBody) where TBody : notnull =>
        endpoint.Accepts<TBody>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(limit));

    /// <summary>The answer to a request whose reading failed: 400 naming the field.</summary>
    public static ProblemHttpResult Refused(FieldProblem problem) => Problems.BadRequest(problem);

    // A body too large or not JSON is found while it is read, before any reader sees it: answered here for every endpoint.
    private static async ValueTask<object?> TranslateBodyProblems(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BodyTooLargeException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 413, title: "Too large");
        }
        catch (NotJsonException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 415, title: "Unsupported media type");
        }
        catch (BadHttpRequestException e)
        {
            return TypedResults.Problem(e.StatusCode == 413 ? "the request body is too large" : e.Message, statusCode: e.StatusCode);
        }
    }
}
