using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;
using Unknot.App.Exchange;
using Unknot.App.Fields;
using Unknot.Storage.Exchange;

namespace Unknot.Web.Api;

/// <summary><c>/api/export</c>, <c>/api/import</c> and <c>/api/offline</c>: everything out and back in, and what a device keeps offline.</summary>
public static class ExchangeEndpoints
{
    /// <summary>Maps the group.</summary>
    public static void MapExchange(this RouteGroupBuilder api)
    {
        api.MapGet("/offline", GetOfflineList).WithTags("Offline").WithName("GetOfflineList")
            .WithSummary("The pages a device keeps for use without the network (the service worker fetches what they use), and a revision that changes when they may have");

        api.MapGet("/export", Export).WithTags("Exchange").WithName("Export").WithSummary("Everything, in the export format; ?only=sessions the sessions alone (what 'unknot sync' asks for)");
        api.MapPost("/import", Import).WithTags("Exchange").WithName("Import")
            .WithSummary("Read back an export; nothing already there is added twice; ?allowOverride=true lets its files replace built-in exercises and routines (409 otherwise)")
            .AcceptsJson<object>(UnknotApi.ImportBody).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static Ok<OfflineList> GetOfflineList(UserContext data, OfflineKit offline) => TypedResults.Ok(offline.List(data));

    private static Results<PushStreamHttpResult, ProblemHttpResult> Export(UserContext data, string? only) => only switch
    {
        null => TypedResults.Stream(stream => Exporter.ExportAsync(data.Store, data.FilesHome, data.Time.GetUtcNow(), stream), "application/json"),
        Exporter.SessionsOnly => TypedResults.Stream(stream => Exporter.ExportSessionsAsync(data.Store.AllSessions(), data.Time.GetUtcNow(), stream), "application/json"),
        _ => Problems.BadRequest(new FieldProblem("only", $"must be '{Exporter.SessionsOnly}' (or left out for everything), got '{only}'")),
    };

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(UserContext data, HttpRequest request, bool? allowOverride, CancellationToken cancel)
    {
        var body = await RequestInput.BytesAsync(request, UnknotApi.ImportBody, cancel);
        var outcome = Importer.TryImport(data.Store, data.Workspace.Home, () => new MemoryStream(body, writable: false), data.Time.GetUtcNow(), allowOverride == true, data.Catalog);
        if (outcome.Imported is { } imported)
        {
            data.Workspace.Changed();
            return TypedResults.Ok(imported);
        }
        return outcome.ReplacesBuiltIns
            ? Problems.Conflict(outcome.Refusal("send ?allowOverride=true to let it replace the built-in ones"))
            : Problems.BadRequest(outcome.Problem!);
    }
}
