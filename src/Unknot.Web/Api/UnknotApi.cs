using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Unknot.App.Exchange;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Sessions;
using Unknot.App.Views;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Figures;
using Unknot.Planning;
using Unknot.Routines;
using Unknot.Storage.Exchange;
using Unknot.Timelines;

namespace Unknot.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>: the same operations as the CLI, through the same readers and views, with typed
/// results so the OpenAPI document lists every response, and RFC 7807 problems for every mistake.
/// </summary>
public static class UnknotApi
{
    /// <summary>Largest body for ordinary requests.</summary>
    public const long SmallBody = 256 * 1024;

    /// <summary>Largest body for an import.</summary>
    public const long ImportBody = 20 * 1024 * 1024;

    /// <summary>The output-cache policy of answers that depend only on the library, the settings and the query.</summary>
    public const string LibraryCache = "library";

    public static IEndpointRouteBuilder MapUnknotApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .AddEndpointFilter(TranslateProblems)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var exercises = api.MapGroup("/exercises").WithTags("Exercises");
        exercises.MapGet("/", ListExercises).CacheOutput(LibraryCache).WithName("ListExercises").WithSummary("The catalog, filtered by target, equipment ('none' for none), position and kind");
        exercises.MapGet("/{id}", GetExercise).CacheOutput(LibraryCache).WithName("GetExercise").WithSummary("One exercise with its dose at the user's level (or ?level=)");
        exercises.MapGet("/{id}/figure.svg", GetFigure).CacheOutput(LibraryCache).WithName("GetFigure")
            .WithSummary("One key pose of the exercise's figure as a standalone SVG (?pose= its number from 0, the start; ?side=left|right)")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound);
        exercises.MapGet("/{id}/image", GetImage).WithName("GetImage")
            .WithSummary("The user's own picture of an exercise, named by 'image:' in its file; SVG is served so that no script in it runs")
            .Produces<byte[]>(StatusCodes.Status200OK, "image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound);

        var routines = api.MapGroup("/routines").WithTags("Routines");
        routines.MapGet("/", ListRoutines).CacheOutput(LibraryCache).WithName("ListRoutines").WithSummary("Built-in routines, routine files and saved routines");
        routines.MapGet("/{id}", GetRoutine).CacheOutput(LibraryCache).WithName("GetRoutine").WithSummary("One routine");
        routines.MapPost("/", CreateRoutine).WithName("CreateRoutine").WithSummary("Save a new routine")
            .Accepts<RoutineDraftBody>("application/json").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestSizeLimitAttribute(SmallBody));
        routines.MapPut("/{id}", ReplaceRoutine).WithName("ReplaceRoutine").WithSummary("Change a saved routine")
            .Accepts<RoutineDraftBody>("application/json").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestSizeLimitAttribute(SmallBody));
        routines.MapPost("/preview", PreviewRoutine).WithName("PreviewRoutine")
            .WithSummary("How long a routine being built would take, before it is saved (the same body; the name may be left out), and the id it would be saved under")
            .Accepts<RoutineDraftBody>("application/json").ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestSizeLimitAttribute(SmallBody));
        routines.MapDelete("/{id}", DeleteRoutine).WithName("DeleteRoutine").WithSummary("Delete a saved routine").ProducesProblem(StatusCodes.Status403Forbidden);
        routines.MapGet("/{id}/timeline", GetTimeline).CacheOutput(LibraryCache).WithName("GetTimeline").WithSummary("The routine compiled second by second at the user's level (or ?level=)");

        api.MapPost("/plan", PlanRoutine).WithTags("Planner").WithName("Plan").WithSummary("The best routine for the minutes, place and equipment")
            .Accepts<PlanRequestBody>("application/json").ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestSizeLimitAttribute(SmallBody));

        var sessions = api.MapGroup("/sessions").WithTags("Sessions");
        sessions.MapGet("/", ListSessions).WithName("ListSessions")
            .WithSummary("Sessions newest first, a page at a time (?limit=, ?before= the last id of the previous page, ?since=, ?until=, ?days=); a Link header names the next page");
        sessions.MapGet("/{id:guid}", GetSession).WithName("GetSession").WithSummary("One session");
        sessions.MapMethods("/{id:guid}", ["PATCH"], EditSession).WithName("EditSession")
            .WithSummary("Correct a session's pain before, pain after or note ({\"painAfter\": 3}; an empty note removes it)")
            .Accepts<SessionEditBody>("application/json").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestSizeLimitAttribute(SmallBody));
        sessions.MapDelete("/{id:guid}", DeleteSession).WithName("DeleteSession").WithSummary("Delete a session; it leaves the statistics too")
            .ProducesProblem(StatusCodes.Status404NotFound);
        sessions.MapPost("/", RecordSession).WithName("RecordSession")
            .WithSummary("Record a session played in a client, or bring it up to date: the same id is the same session (201 when new, 200 after)")
            .Accepts<SessionReportBody>("application/json").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestSizeLimitAttribute(SmallBody));

        var remind = api.MapGroup("/remind").WithTags("Reminders");
        remind.MapPost("/tick", RemindTick).WithName("RemindTick")
            .WithSummary("An open tab reports the seconds gone by and how long since its last input ({\"seconds\": 15, \"idleSeconds\": 3}, idleSeconds null when hidden); answers the reminder that fell due, if any")
            .Accepts<RemindTickBody>("application/json").ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestSizeLimitAttribute(SmallBody));
        remind.MapPost("/answer", RemindAnswer).WithName("RemindAnswer")
            .WithSummary("What became of a reminder shown in the browser ({\"id\": …, \"outcome\": \"taken\"|\"postponed\"|\"skipped\"|\"ignored\"})")
            .Accepts<RemindAnswerBody>("application/json").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestSizeLimitAttribute(SmallBody));

        api.MapGet("/stats", GetStats).WithTags("Sessions").WithName("GetStats").WithSummary("Streaks, weekly minutes and pain change");

        api.MapGet("/settings", GetSettings).WithTags("Settings").WithName("GetSettings").WithSummary("Every setting in force, and whether it is the default");
        api.MapPut("/settings/{key}", PutSetting).WithTags("Settings").WithName("PutSetting").WithSummary("Change one setting ({\"value\": …}; \"default\" or null resets it)")
            .Accepts<SettingBody>("application/json").ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestSizeLimitAttribute(SmallBody));

        api.MapGet("/offline", GetOfflineList).WithTags("Offline").WithName("GetOfflineList")
            .WithSummary("The pages a device keeps for use without the network (the service worker fetches what they use), and a revision that changes when they may have");

        api.MapGet("/export", Export).WithTags("Exchange").WithName("Export").WithSummary("Everything, in the export format; ?only=sessions the sessions alone (what 'unknot sync' asks for)");
        api.MapPost("/import", Import).WithTags("Exchange").WithName("Import")
            .WithSummary("Read back an export; nothing already there is added twice; ?allowOverride=true lets its files replace built-in exercises and routines (409 otherwise)")
            .Accepts<object>("application/json").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(ImportBody));
        return app;
    }

    private static async ValueTask<object?> TranslateProblems(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (FieldException e)
        {
            return Problems.BadRequest(e.Problem);
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

    private static T Or<T>(ReadResult<T> result) => result.Succeeded ? result.Value! : throw new FieldException(result.Problem!);

    private static Level LevelOr(string? level, UnknotData data) => Or(LevelReader.Read(level, data.Level));

    // The filter parameters are read from the query by the shared reader; they are named here so OpenAPI lists them.
    private static Ok<ExerciseView[]> ListExercises(UnknotData data, HttpRequest request, string? target, string? equipment, string? position, string? kind)
    {
        var filter = Or(ExerciseFilter.Read(RequestInput.Query(request.Query)));
        var level = data.Level;
        return TypedResults.Ok(filter.Apply(data.Catalog).Select(e => ExerciseView.From(e, level)).ToArray());
    }

    private static Results<Ok<ExerciseView>, ProblemHttpResult> GetExercise(UnknotData data, string id, string? level) =>
        data.Catalog.Find(id) is { } e ? TypedResults.Ok(ExerciseView.From(e, LevelOr(level, data))) : Problems.NotFound(data.Library.UnknownExercise(id));

    // The pose and side are read from the query by the shared reader; they are named here so OpenAPI lists them.
    private static IResult GetFigure(UnknotData data, HttpRequest request, string id, string? pose, string? side)
    {
        if (data.Catalog.Find(id) is not { } e)
        {
            return Problems.NotFound(data.Library.UnknownExercise(id));
        }
        if (e.Figure is not { } figure)
        {
            return Problems.NotFound($"'{e.Id}' has no figure{(e.Image is null ? "" : "; its picture is at " + FigureText.ImageUrl(e))}");
        }
        var asked = Or(FigureRequest.Read(RequestInput.Query(request.Query), figure));
        var svg = FigureSvg.Write(FigureDrawing.Of(figure).Key(asked.Index, asked.Side), FigureText.Describe(e, asked.Index, asked.Side), standalone: true);
        return TypedResults.Text(svg, "image/svg+xml; charset=utf-8");
    }

    private static IResult GetImage(UnknotData data, HttpContext context, string id)
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

    private static async Task<Ok<RemindTickView>> RemindTick(UnknotData data, App.Reminders.BrowserReminders reminders, HttpRequest request, CancellationToken cancel)
    {
        var body = await RequestInput.JsonAsync(request, cancel);
        var seconds = body.Required("seconds").Decimal(0, App.Reminders.BrowserReminders.LongestReport);
        var idle = body.Optional("idleSeconds")?.Decimal(0, 366 * 24 * 3600);
        var reminder = reminders.Report(data.Store, data.Catalog, data.Preferences, data.Zone, seconds, idle);
        return TypedResults.Ok(new RemindTickView(reminder));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemindAnswer(UnknotData data, App.Reminders.BrowserReminders reminders, HttpRequest request, CancellationToken cancel)
    {
        var body = await RequestInput.JsonAsync(request, cancel);
        var id = body.Required("id").Guid();
        var outcome = body.Required("outcome").Word<Unknot.Reminders.ReminderOutcome>();
        return reminders.Answer(data.Store, id, outcome) ? TypedResults.NoContent() : Problems.NotFound($"no reminder {id}");
    }

    private static Ok<RoutineView[]> ListRoutines(UnknotData data) =>
        TypedResults.Ok(data.Routines.All.Select(r => RoutineView.From(r, data.Catalog)).ToArray());

    private static Results<Ok<RoutineView>, ProblemHttpResult> GetRoutine(UnknotData data, string id) =>
        data.Routines.Find(id) is { } r ? TypedResults.Ok(RoutineView.From(r, data.Catalog)) : Problems.NotFound(data.Library.UnknownRoutine(id));

    private static async Task<Results<Created<RoutineView>, ProblemHttpResult>> CreateRoutine(UnknotData data, HttpRequest request, CancellationToken cancel)
    {
        var (routine, problems) = RoutineDraftReader.ReadAll(await RequestInput.JsonAsync(request, cancel), data.Library);
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

    private static async Task<Results<Ok<RoutineView>, ProblemHttpResult>> ReplaceRoutine(UnknotData data, string id, HttpRequest request, CancellationToken cancel)
    {
        if (Refuse(data, id) is { } refusal)
        {
            return refusal;
        }
        var (routine, problems) = RoutineDraftReader.ReadAll(await RequestInput.JsonAsync(request, cancel), data.Library, id);
        if (routine is null)
        {
            return Problems.BadRequest(problems);
        }
        RoutineSaving.Save(data.Store, data.Library, routine, replace: true);
        return TypedResults.Ok(RoutineView.From(data.Routines.Find(id)!, data.Catalog));
    }

    private static async Task<Results<Ok<RoutinePreviewView>, ProblemHttpResult>> PreviewRoutine(UnknotData data, HttpRequest request, string? level, CancellationToken cancel)
    {
        var body = await RequestInput.JsonAsync(request, cancel);
        var (items, problems) = RoutineDraftReader.ReadItems(body, data.Library);
        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }
        var name = body.Optional("name")?.String(RoutineDraftReader.MaxName);
        return TypedResults.Ok(RoutinePreviewView.From(name, items, data.Library, LevelOr(level, data)));
    }

    private static Results<NoContent, ProblemHttpResult> DeleteRoutine(UnknotData data, string id)
    {
        if (Refuse(data, id) is { } refusal)
        {
            return refusal;
        }
        data.Store.DeleteRoutine(id);
        return TypedResults.NoContent();
    }

    private static Results<Ok<TimelineView>, ProblemHttpResult> GetTimeline(UnknotData data, string id, string? level)
    {
        var routine = data.Routines.Find(id);
        return routine is null
            ? Problems.NotFound(data.Library.UnknownRoutine(id))
            : TypedResults.Ok(TimelineView.From(TimelineCompiler.Compile(routine, data.Catalog, LevelOr(level, data))));
    }

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult>> PlanRoutine(UnknotData data, HttpRequest request, CancellationToken cancel)
    {
        var planRequest = Or(PlanRequestReader.Read(await RequestInput.JsonAsync(request, cancel), data.Catalog, data.Preferences));
        var result = Planner.Plan(data.Catalog, planRequest);
        return result.Plan is { } plan
            ? TypedResults.Ok(PlanView.From(plan, data.Catalog))
            : Problems.BadRequest(new FieldProblem(FieldProblem.Request, Problems.Explain(result.Failure!)));
    }

    // The paging parameters are read from the query by the shared reader; they are named here so OpenAPI lists them.
    private static Ok<SessionView[]> ListSessions(UnknotData data, HttpRequest request, HttpResponse response,
        string? limit, string? before, string? since, string? until, string? days)
    {
        var page = Or(Or(HistoryRequest.Read(RequestInput.Query(request.Query), data.Zone, data.Time)).Page(data.Store));
        if (page.Next is { } next)
        {
            var query = QueryString.Create(request.Query.Where(q => q.Key != "before").Append(new("before", next.ToString())));
            response.Headers.Link = $"</api/sessions{query}>; rel=\"next\"";
        }
        return TypedResults.Ok(page.Sessions.Select(SessionView.From).ToArray());
    }

    private static async Task<Results<Created<SessionView>, Ok<SessionView>, ProblemHttpResult>> RecordSession(UnknotData data, HttpRequest request, CancellationToken cancel)
    {
        var report = Or(SessionReportReader.Read(await RequestInput.JsonAsync(request, cancel), data.Library, data.Store.UserId, data.Preferences, data.Time));
        var result = await SessionReports.RecordAsync(data.Store, report, cancel);
        return result.Outcome switch
        {
            ReportOutcome.Created => TypedResults.Created($"/api/sessions/{report.Id}", SessionView.From(result.Stored!)),
            ReportOutcome.Updated or ReportOutcome.Kept => TypedResults.Ok(SessionView.From(result.Stored!)),
            ReportOutcome.Conflict => Problems.Conflict($"session {report.Id} is stored for routine '{result.Stored!.Routine.Id}' at level {Text.Kebab.Of(result.Stored.Level)} with {Text.Counted.Of(result.Stored.Segments.Count, "segment")}; a report of it must match"),
            _ => Problems.NotFound(Missing.NoSession(report.Id)),
        };
    }

    private static Results<Ok<SessionView>, ProblemHttpResult> GetSession(UnknotData data, Guid id) =>
        data.Store.Find(id) is { } session ? TypedResults.Ok(SessionView.From(session)) : Problems.NotFound(Missing.NoSession(id));

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> EditSession(UnknotData data, Guid id, HttpRequest request, CancellationToken cancel)
    {
        var edit = Or(SessionEdit.Read(await RequestInput.JsonAsync(request, cancel)));
        if (data.Store.Find(id) is not { } session)
        {
            return Problems.NotFound(Missing.NoSession(id));
        }
        var changed = edit.ApplyTo(session);
        return data.Store.Save(changed) ? TypedResults.Ok(SessionView.From(changed)) : Problems.NotFound(Missing.NoSession(id));
    }

    private static Results<NoContent, ProblemHttpResult> DeleteSession(UnknotData data, Guid id) =>
        data.Store.Delete(id) ? TypedResults.NoContent() : Problems.NotFound(Missing.NoSession(id));

    private static Ok<OfflineList> GetOfflineList(UnknotData data, Offline offline) => TypedResults.Ok(offline.List(data));

    private static Ok<StatsView> GetStats(UnknotData data) =>
        TypedResults.Ok(StatsView.From(data.Stats, BreaksView.From(data.Store, data.Time.GetUtcNow(), data.Zone)));

    private static Ok<IReadOnlyList<SettingView>> GetSettings(UnknotData data) =>
        TypedResults.Ok(SettingView.All(data.Preferences, data.Settings, data.Time.LocalTimeZone));

    private static async Task<Results<Ok<SettingView>, ProblemHttpResult>> PutSetting(UnknotData data, string key, HttpRequest request, CancellationToken cancel)
    {
        var body = await RequestInput.JsonAsync(request, cancel);
        var value = Or(SettingReader.Read(key, body.Optional("value")?.String(Unknot.Preferences.UserPreferences.MaxValue)));
        data.Store.SetSetting(key, value);
        return TypedResults.Ok(SettingView.All(data.Preferences, data.Settings, data.Time.LocalTimeZone).Single(s => s.Key == key));
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Export(UnknotData data, string? only) => only switch
    {
        null => TypedResults.Stream(stream => Exchange.ExportAsync(data.Store, data.FilesHome, data.Time.GetUtcNow(), stream), "application/json"),
        Exchange.SessionsOnly => TypedResults.Stream(stream => Exchange.ExportSessionsAsync(data.Store.AllSessions(), data.Time.GetUtcNow(), stream), "application/json"),
        _ => Problems.BadRequest(new FieldProblem("only", $"must be '{Exchange.SessionsOnly}' (or left out for everything), got '{only}'")),
    };

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(UnknotData data, HttpRequest request, bool? allowOverride, CancellationToken cancel)
    {
        var body = await RequestInput.BytesAsync(request, ImportBody, cancel);
        try
        {
            var result = Importer.Import(data.Store, data.Workspace.Home, () => new MemoryStream(body, writable: false), data.Time.GetUtcNow(), allowOverride == true, data.Catalog);
            data.Workspace.Changed();
            return TypedResults.Ok(result);
        }
        catch (ReplacesBuiltInException e)
        {
            return Problems.Conflict($"{e.Message}{Importer.NothingImported}; send ?allowOverride=true to let it replace the built-in ones");
        }
        catch (FieldException e)
        {
            return Problems.BadRequest(e.Problem with { Message = e.Problem.Message + Importer.NothingImported });
        }
    }

    private static ProblemHttpResult? Refuse(UnknotData data, string id)
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
