using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Unknot.Cli.Tests;

/// <summary>
/// The terminal and the browser are two shells over one application layer: for the same home and the same request,
/// <c>unknot … --json</c> and the API give the same document, and a setting changed on one surface holds on the other.
/// </summary>
public sealed class ParityTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly WebApplicationFactory<Unknot.Web.UnknotOptions> _web;
    private readonly HttpClient _http;

    public ParityTests()
    {
        _web = new WebApplicationFactory<Unknot.Web.UnknotOptions>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("UNKNOT_HOME", _cli.Home.Path);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(_cli.Clock);
            });
        });
        _http = _web.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _web.Dispose();
        _cli.Dispose();
    }

    [Theory]
    [InlineData("exercises --json", "/api/exercises")]
    [InlineData("exercises --equipment none --json", "/api/exercises?equipment=none")]
    [InlineData("exercises --target neck --position seated --json", "/api/exercises?target=neck&position=seated")]
    [InlineData("show lateral-neck-stretch --json", "/api/exercises/lateral-neck-stretch")]
    [InlineData("show cat-cow --level deep --json", "/api/exercises/cat-cow?level=deep")]
    [InlineData("routines --json", "/api/routines")]
    [InlineData("timeline desk-break --json", "/api/routines/desk-break/timeline")]
    [InlineData("timeline warm-up --level gentle --json", "/api/routines/warm-up/timeline?level=gentle")]
    [InlineData("settings --json", "/api/settings")]
    [InlineData("programs --json", "/api/programs")]
    public async Task The_terminal_and_the_api_give_the_same_document(string commandLine, string path)
    {
        _cli.Run(commandLine).ShouldBe(0);

        Same(_cli.Json(), await Get(path));
    }

    [Fact]
    public async Task A_programme_followed_is_the_same_document_in_the_terminal_and_the_api()
    {
        _cli.Run("program start desk-worker-4-weeks").ShouldBe(0);
        _cli.Play("today --start --plain --pain-before 5 --pain-after 3");

        _cli.Run("program status --json").ShouldBe(0);
        var status = _cli.Json();

        Same(status, await Get("/api/program"));
        status.GetProperty("today").GetProperty("sessions")[0].GetProperty("done").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_plan_is_the_same_document_in_the_terminal_and_the_api()
    {
        _cli.Run("plan --minutes 12 --place home --equipment none --focus neck,upper-back --goal cool-down --avoid kneeling --json").ShouldBe(0);

        var response = await Post("/api/plan", """{"minutes":12,"place":"home","equipment":["none"],"focus":["neck","upper-back"],"goal":"cool-down","avoid":["kneeling"]}""");

        Same(_cli.Json(), await Read(response));
    }

    [Fact]
    public async Task History_and_stats_are_the_same_documents_in_the_terminal_and_the_api()
    {
        _cli.Finish(_cli.Start("start desk-break --plain --pain-before 6 --pain-after 3 --note \"after standup\"")).ShouldBe(0);
        (await Post("/api/sessions", """{"routine":"cool-down","painBefore":5,"painAfter":4}""")).StatusCode.ShouldBe(HttpStatusCode.Created);

        _cli.Run("history --json").ShouldBe(0);
        var history = _cli.Json();
        Same(history, await Get("/api/sessions"));
        history.GetArrayLength().ShouldBe(2);
        history[1].GetProperty("startedAt").GetString()!.ShouldEndWith("Z");
        history[1].GetProperty("note").GetString().ShouldBe("after standup");

        _cli.Run("stats --json").ShouldBe(0);
        Same(_cli.Json(), await Get("/api/stats"));
    }

    [Fact]
    public async Task A_level_set_in_the_terminal_is_the_browsers_default_and_a_level_given_wins()
    {
        _cli.Run("settings level gentle").ShouldBe(0);

        _cli.Run("timeline desk-break --json").ShouldBe(0);
        var terminal = _cli.Json();
        var browser = await Get("/api/routines/desk-break/timeline");
        terminal.GetProperty("level").GetString().ShouldBe("gentle");
        browser.GetProperty("level").GetString().ShouldBe("gentle");
        terminal.GetProperty("totalSeconds").GetInt32().ShouldBe(browser.GetProperty("totalSeconds").GetInt32());

        _cli.Run("plan --minutes 5 --place desk --json").ShouldBe(0);
        _cli.Json().GetProperty("timeline").GetProperty("level").GetString().ShouldBe("gentle");
        (await Read(await Post("/api/plan", """{"minutes":5,"place":"desk"}"""))).GetProperty("timeline").GetProperty("level").GetString().ShouldBe("gentle");

        _cli.Run("timeline desk-break --level deep --json").ShouldBe(0);
        _cli.Json().GetProperty("level").GetString().ShouldBe("deep");
    }

    [Fact]
    public async Task A_setting_changed_in_the_browser_holds_in_the_terminal()
    {
        (await Put("/api/settings/level", """{"value":"deep"}""")).StatusCode.ShouldBe(HttpStatusCode.OK);

        _cli.Run("settings level").ShouldBe(0);
        _cli.OutLines()[^1].ShouldBe("deep");
        _cli.Run("timeline desk-break --json").ShouldBe(0);
        _cli.Json().GetProperty("level").GetString().ShouldBe("deep");
    }

    [Fact]
    public async Task The_same_mistake_names_the_same_field_in_the_same_words()
    {
        _cli.Run("plan --minutes 5 --place moon").ShouldBe(2);
        var terminal = _cli.Err.Trim();

        var problem = await Read(await Post("/api/plan", """{"minutes":5,"place":"moon"}"""));

        terminal.ShouldBe($"--{problem.GetProperty("field").GetString()}: {problem.GetProperty("detail").GetString()}");
        terminal.ShouldBe("--place: must be one of desk, home, gym, outdoors, got 'moon'");
    }

    private static void Same(JsonElement terminal, JsonElement api) =>
        JsonSerializer.Serialize(api).ShouldBe(JsonSerializer.Serialize(terminal));

    private async Task<JsonElement> Get(string path)
    {
        var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await Read(response);
    }

    private Task<HttpResponseMessage> Post(string path, string json) =>
        _http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    private Task<HttpResponseMessage> Put(string path, string json) =>
        _http.PutAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    private static async Task<JsonElement> Read(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
}
