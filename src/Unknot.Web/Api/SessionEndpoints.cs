using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;
using Unknot.App.Readers;
using Unknot.App.Sessions;
using Unknot.App.Views;

namespace Unknot.Web.Api;

/// <summary><c>/api/sessions</c> and <c>/api/stats</c>: the history, a session reported by a client, corrections, and the statistics.</summary>
public static class SessionEndpoints
{
    /// <summary>Maps the group.</summary>
    public static void MapSessions(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/sessions").WithTags("Sessions");
        sessions.MapGet("/", ListSessions).WithName("ListSessions")
            .WithSummary("Sessions newest first, a page at a time (?limit=, ?before= the last id of the previous page, ?since=, ?until=, ?days=); a Link header names the next page");
        sessions.MapGet("/{id:guid}", GetSession).WithName("GetSession").WithSummary("One session");
        sessions.MapMethods("/{id:guid}", ["PATCH"], EditSession).WithName("EditSession")
            .WithSummary("Correct a session's pain before, pain after or note ({\"painAfter\": 3}; an empty note removes it)")
            .AcceptsJson<SessionEditBody>().ProducesProblem(StatusCodes.Status404NotFound);
        sessions.MapDelete("/{id:guid}", DeleteSession).WithName("DeleteSession").WithSummary("Delete a session; it leaves the statistics too")
            .ProducesProblem(StatusCodes.Status404NotFound);
        sessions.MapPost("/", RecordSession).WithName("RecordSession")
            .WithSummary("Record a session played in a client, or bring it up to date: the same id is the same session (201 when new, 200 after)")
            .AcceptsJson<SessionReportBody>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/stats", GetStats).WithTags("Sessions").WithName("GetStats").WithSummary("Streaks, weekly minutes and pain change");
    }

    // The paging parameters are read from the query by the shared reader; they are named here so OpenAPI lists them.
    private static Results<Ok<SessionView[]>, ProblemHttpResult> ListSessions(UserContext data, HttpRequest request, HttpResponse response,
        string? limit, string? before, string? since, string? until, string? days)
    {
        var read = HistoryRequest.Read(RequestInput.Query(request.Query), data.Zone, data.Time).Then(asked => asked.Page(data.Store));
        if (!read.TryGetValue(out var page, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        if (page.Next is { } next)
        {
            var query = QueryString.Create(request.Query.Where(q => q.Key != "before").Append(new("before", next.ToString())));
            response.Headers.Link = $"</api/sessions{query}>; rel=\"next\"";
        }
        return TypedResults.Ok(page.Sessions.Select(SessionView.From).ToArray());
    }

    private static async Task<Results<Created<SessionView>, Ok<SessionView>, ProblemHttpResult>> RecordSession(UserContext data, HttpRequest request, CancellationToken cancel)
    {
        var read = (await RequestInput.JsonAsync(request, cancel))
            .Then(body => SessionReportReader.Read(body, data.Library, data.Store.UserId, data.Preferences, data.Time));
        if (!read.TryGetValue(out var report, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        var result = await SessionReports.RecordAsync(data.Store, report, cancel);
        return result.Outcome switch
        {
            ReportOutcome.Created => TypedResults.Created($"/api/sessions/{report.Id}", SessionView.From(result.Stored!)),
            ReportOutcome.Updated or ReportOutcome.Kept => TypedResults.Ok(SessionView.From(result.Stored!)),
            ReportOutcome.Conflict => Problems.Conflict($"session {report.Id} is stored for routine '{result.Stored!.Routine.Id}' at level {Text.Kebab.Of(result.Stored.Level)} with {Text.Counted.Of(result.Stored.Segments.Count, "segment")}; a report of it must match"),
            _ => Problems.NotFound(Missing.NoSession(report.Id)),
        };
    }

    private static Results<Ok<SessionView>, ProblemHttpResult> GetSession(UserContext data, Guid id) =>
        data.Store.Find(id) is { } session ? TypedResults.Ok(SessionView.From(session)) : Problems.NotFound(Missing.NoSession(id));

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> EditSession(UserContext data, Guid id, HttpRequest request, CancellationToken cancel)
    {
        if (!(await RequestInput.JsonAsync(request, cancel)).Then(SessionEdit.Read).TryGetValue(out var edit, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        if (data.Store.Find(id) is not { } session)
        {
            return Problems.NotFound(Missing.NoSession(id));
        }
        var changed = edit.ApplyTo(session);
        return data.Store.Save(changed) ? TypedResults.Ok(SessionView.From(changed)) : Problems.NotFound(Missing.NoSession(id));
    }

    private static Results<NoContent, ProblemHttpResult> DeleteSession(UserContext data, Guid id) =>
        data.Store.Delete(id) ? TypedResults.NoContent() : Problems.NotFound(Missing.NoSession(id));

    private static Ok<StatsView> GetStats(UserContext data) =>
        TypedResults.Ok(StatsView.From(data.Stats, BreaksView.From(data.Store, data.Time.GetUtcNow(), data.Zone)));
}
