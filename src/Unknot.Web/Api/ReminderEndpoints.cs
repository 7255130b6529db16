using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;
using Unknot.App.Readers;
using Unknot.App.Reminders;
using Unknot.App.Views;

namespace Unknot.Web.Api;

/// <summary><c>/api/remind</c>: break reminders for an open tab.</summary>
public static class ReminderEndpoints
{
    /// <summary>Maps the group.</summary>
    public static void MapReminders(this RouteGroupBuilder api)
    {
        var remind = api.MapGroup("/remind").WithTags("Reminders");
        remind.MapPost("/tick", RemindTick).WithName("RemindTick")
            .WithSummary("An open tab reports the seconds gone by and how long since its last input ({\"seconds\": 15, \"idleSeconds\": 3}, idleSeconds null when hidden); answers the reminder that fell due, if any")
            .AcceptsJson<RemindTickBody>();
        remind.MapPost("/answer", RemindAnswer).WithName("RemindAnswer")
            .WithSummary("What became of a reminder shown in the browser ({\"id\": …, \"outcome\": \"taken\"|\"postponed\"|\"skipped\"|\"ignored\"})")
            .AcceptsJson<RemindAnswerBody>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<RemindTickView>, ProblemHttpResult>> RemindTick(UserContext data, BrowserReminders reminders, HttpRequest request, CancellationToken cancel)
    {
        if (!(await RequestInput.JsonAsync(request, cancel)).Then(BrowserReminderReader.Tick).TryGetValue(out var tick, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        return TypedResults.Ok(new RemindTickView(reminders.Report(data.Store, data.Catalog, data.Preferences, data.Zone, tick.Seconds, tick.IdleSeconds)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemindAnswer(UserContext data, BrowserReminders reminders, HttpRequest request, CancellationToken cancel)
    {
        if (!(await RequestInput.JsonAsync(request, cancel)).Then(BrowserReminderReader.Answer).TryGetValue(out var answer, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        return reminders.Answer(data.Store, answer.Id, answer.Outcome) ? TypedResults.NoContent() : Problems.NotFound($"no reminder {answer.Id}");
    }
}
