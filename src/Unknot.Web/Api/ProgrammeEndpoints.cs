using Microsoft.AspNetCore.Http.HttpResults;
using Unknot.App.Calendar;
using Unknot.App.Fields;
using Unknot.App.Programmes;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.App.Workspaces;
using Unknot.Programmes;

namespace Unknot.Web.Api;

/// <summary>
/// <c>/api/programs</c> and <c>/api/program</c>: the programmes there are, and the one the person follows — where it
/// stands today, starting one (or one planned for them), pausing, resuming and stopping it, and its days as a calendar.
/// </summary>
public static class ProgrammeEndpoints
{
    /// <summary>Maps the group.</summary>
    public static void MapProgrammes(this RouteGroupBuilder api)
    {
        api.MapGet("/programs", ListProgrammes).WithTags("Programmes").WithName("ListProgrammes")
            .WithSummary("Built-in programmes and programme files: their weeks, sessions, first and last week's dose, and basis");

        var program = api.MapGroup("/program").WithTags("Programmes");
        program.MapGet("/", GetProgramme).WithName("GetProgramme")
            .WithSummary("Where the programme you follow stands today: today's line and sessions, every week so far planned against done, each change with its reason")
            .ProducesProblem(StatusCodes.Status404NotFound);
        program.MapPost("/", StartProgramme).WithName("StartProgramme")
            .WithSummary("Start a programme today ({\"program\": id}) or one planned for you ({\"plan\": {weeks, days, minutes, place, focus…}}); the one before is stopped and kept")
            .AcceptsJson<ProgrammeStartBody>().ProducesProblem(StatusCodes.Status404NotFound);
        program.MapPost("/pause", PauseProgramme).WithName("PauseProgramme").WithSummary("Pause the programme from today; resuming goes on where it was")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        program.MapPost("/resume", ResumeProgramme).WithName("ResumeProgramme").WithSummary("Resume the paused programme today, where it was")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        program.MapPost("/stop", StopProgramme).WithName("StopProgramme").WithSummary("Stop the programme today; it stays in the history")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        program.MapGet("/calendar.ics", GetCalendar).WithName("GetProgrammeCalendar")
            .WithSummary("The sessions still to come as an iCalendar file, one all-day event each (subscribe again to bring it up to date)")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Ok<ProgrammeView[]> ListProgrammes(UserContext data) =>
        TypedResults.Ok(data.Library.Programmes.All.Select(ProgrammeView.From).ToArray());

    private static Results<Ok<ProgrammeStatusView>, ProblemHttpResult> GetProgramme(UserContext data) =>
        ProgrammeFollowing.Current(data) is { } report
            ? TypedResults.Ok(ProgrammeStatusView.From(report, data.Catalog))
            : Problems.NotFound(ProgrammeFollowing.NoneCurrent);

    private static async Task<Results<Ok<ProgrammeChangeView>, ProblemHttpResult>> StartProgramme(UserContext data, HttpRequest request, CancellationToken cancel)
    {
        var read = (await RequestInput.JsonAsync(request, cancel)).Then(body => ProgrammeStartReader.Read(body, data.Catalog, data.Preferences));
        if (!read.TryGetValue(out var start, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        if (start.Plan is { } plan)
        {
            var (programme, failure) = ProgrammePlanner.Plan(data.Catalog, plan.Plan, plan.Weeks, plan.Days);
            return programme is null
                ? Problems.BadRequest(new FieldProblem("plan", Problems.Explain(failure!)))
                : Answer(data, ProgrammeFollowing.Start(data, programme));
        }
        return Answer(data, ProgrammeFollowing.Start(data, start.Id!));
    }

    private static Results<Ok<ProgrammeChangeView>, ProblemHttpResult> PauseProgramme(UserContext data) => Answer(data, ProgrammeFollowing.Pause(data));

    private static Results<Ok<ProgrammeChangeView>, ProblemHttpResult> ResumeProgramme(UserContext data) => Answer(data, ProgrammeFollowing.Resume(data));

    private static Results<Ok<ProgrammeChangeView>, ProblemHttpResult> StopProgramme(UserContext data) => Answer(data, ProgrammeFollowing.Stop(data));

    private static Results<ContentHttpResult, ProblemHttpResult> GetCalendar(UserContext data) =>
        ProgrammeFollowing.Current(data) is { } report
            ? TypedResults.Text(ProgrammeCalendar.Write(report, data.Catalog, data.Time.GetUtcNow()), "text/calendar; charset=utf-8")
            : Problems.NotFound(ProgrammeFollowing.NoneCurrent);

    /// <summary>A change made: 200 with its message and where the programme stands; refused: 404 (unknown, none followed) or 409 (not now).</summary>
    private static Results<Ok<ProgrammeChangeView>, ProblemHttpResult> Answer(UserContext data, ProgrammeChange change) => change.Refusal switch
    {
        ProgrammeRefusal.None => TypedResults.Ok(new ProgrammeChangeView(change.Message, ProgrammeStatusView.From(change.Report!, data.Catalog))),
        ProgrammeRefusal.NotNow => Problems.Conflict(change.Message),
        _ => Problems.NotFound(change.Message),
    };
}
