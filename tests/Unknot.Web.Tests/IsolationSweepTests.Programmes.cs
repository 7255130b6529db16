using System.Net;
using System.Text.Json;
using Unknot.App.Programmes;

namespace Unknot.Web.Tests;

/// <summary>
/// The programme facet of the sweep: a programme is one person's, with no id in its addresses, so Bob's every request
/// about "the programme" is about his own: none, answered 404 with the sentence anyone without one gets.
/// </summary>
public sealed partial class IsolationSweepTests
{
    /// <summary>Ann follows a programme; answers the id of her following of it, which nothing of Bob's may show.</summary>
    private static async Task<string> StartProgramme(HttpClient client, User ann)
    {
        var (status, body) = await Send(client, ann, HttpMethod.Post, "/api/program", """{"program":"desk-worker-4-weeks"}""");
        status.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("program").GetProperty("id").GetString()!;
    }

    /// <summary>Bob reads and changes "the programme" through the API and the page: his own, which he has none of.</summary>
    private async Task SweepProgrammes(HttpClient client, User bob, string[] marks)
    {
        await Read("GET /api/programs", client, bob, "/api/programs", marks);
        foreach (var (method, path) in new[] { (HttpMethod.Get, "/api/program"), (HttpMethod.Get, "/api/program/calendar.ics"),
                     (HttpMethod.Post, "/api/program/pause"), (HttpMethod.Post, "/api/program/resume"), (HttpMethod.Post, "/api/program/stop") })
        {
            await None($"{method.Method} {path}", client, bob, method, path, marks);
        }
        await Read("page /programs", client, bob, "/programs", marks);
        foreach (var handler in new[] { "Pause", "Resume", "Stop" })
        {
            await None($"page POST /programs?handler={handler}", client, bob, HttpMethod.Post, $"/programs?handler={handler}", marks, form: true);
        }
        await None("page /play/program?kind=0", client, bob, HttpMethod.Get, "/play/program?kind=0", marks);
    }

    /// <summary>Last, Bob starts a programme of his own (through the API and the page): Ann's stays as it was.</summary>
    private async Task StartOwnProgramme(HttpClient client, User bob, string[] marks)
    {
        await Act("POST /api/program", client, bob, HttpMethod.Post, "/api/program", """{"plan":{"weeks":2,"days":"every-day","minutes":5,"place":"desk"}}""", marks);
        _tried.Add("page POST /programs?handler=Start");
        var (status, body) = await Send(client, bob, HttpMethod.Post, "/programs?handler=Start", form: [new("program", "neck-mobility-6-weeks")]);
        if (status != HttpStatusCode.Redirect || marks.Any(m => body.Contains(m, StringComparison.Ordinal)))
        {
            _failures.Add($"page POST /programs?handler=Start: {(int)status} {Short(body)}");
        }
        await Read("GET /api/program (his own)", client, bob, "/api/program", marks);
        await Read("page /programs (his own)", client, bob, "/programs", marks);
    }

    /// <summary>Records a failure unless Bob's request answers 404 with the words for no programme, and nothing of Ann's.</summary>
    private async Task None(string operation, HttpClient client, User bob, HttpMethod method, string path, string[] marks, bool form = false)
    {
        _tried.Add(operation);
        var (status, body) = await Send(client, bob, method, path, form: form ? Array.Empty<KeyValuePair<string, string>>() : null);
        if (status != HttpStatusCode.NotFound || !System.Net.WebUtility.HtmlDecode(body).Contains(ProgrammeFollowing.NoneCurrent[1..], StringComparison.Ordinal))
        {
            _failures.Add($"{operation}: {(int)status}, not the 404 of no programme: {Short(body)}");
        }
        foreach (var mark in marks.Where(m => body.Contains(m, StringComparison.Ordinal)))
        {
            _failures.Add($"{operation}: Bob reads Ann's {mark}");
        }
    }
}
