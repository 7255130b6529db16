using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// An import carrying YAML written to hurt — nesting a hundred thousand deep, or aliases that expand to millions of
/// values — is a 400 naming the file and line, in personal and hosted mode alike, and the server goes on answering.
/// Before, the first killed the process ("Stack overflow.") and the second held a core for 17 seconds.
/// </summary>
public sealed class HostileYamlTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string Deep = "id: deep\ntags:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "v\n";

    private static string AliasBomb()
    {
        var text = new StringBuilder("id: bomb\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append($"a{level}: &a{level} [").AppendJoin(", ", Enumerable.Repeat($"*a{level - 1}", 9)).Append("]\n");
        }
        return text.Append("? *a9\n: v\n").ToString();
    }

    /// <summary>An export of <paramref name="http"/>'s data with one exercise file of <paramref name="yaml"/> in it.</summary>
    private static async Task<string> ImportOf(HttpClient http, string yaml, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/export");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        using var exported = await http.SendAsync(request, Cancel);
        var document = JsonNode.Parse(await exported.Content.ReadAsStringAsync(Cancel))!;
        document["exercises"] = new JsonArray(new JsonObject { ["file"] = "hostile.yaml", ["yaml"] = yaml });
        return document.ToJsonString();
    }

    private static async Task<(HttpStatusCode Status, string Detail, TimeSpan Took)> Import(HttpClient http, string body, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = TestApp.Json(body) };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, Cancel);
        var took = clock.Elapsed;
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel);
        return (response.StatusCode, $"{problem.GetProperty("field").GetString()}: {problem.GetProperty("detail").GetString()}", took);
    }

    [Fact]
    public async Task A_personal_import_of_hostile_yaml_is_a_400_with_file_and_line_and_the_app_goes_on()
    {
        using var app = new TestApp();
        using var http = app.CreateClient();

        var deep = await Import(http, await ImportOf(http, Deep));
        var bomb = await Import(http, await ImportOf(http, AliasBomb()));

        (deep.Status, deep.Detail).ShouldBe((HttpStatusCode.BadRequest, "exercises[0].yaml: line 3: (yaml): lists and mappings nest deeper than 64 levels — nothing was imported"));
        (bomb.Status, bomb.Detail).ShouldBe((HttpStatusCode.BadRequest, "exercises[0].yaml: line 6: (yaml): the document holds more than 20,000 values once its aliases are expanded — nothing was imported"));
        bomb.Took.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        (await http.GetAsync("/api/exercises", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        Directory.Exists(Path.Combine(app.Home.Path, "exercises")).ShouldBeFalse("nothing was imported");
    }

    [Fact]
    public async Task A_hosted_import_of_hostile_yaml_by_any_signed_in_user_is_a_400_and_the_instance_goes_on()
    {
        await using var servers = new HostedServers();
        var url = await servers.StartAsync();
        using var http = HostedServers.Client(url);
        var account = new { email = "mallory@example.org", password = "Stretch-1234-long" };
        (await http.PostAsJsonAsync("/api/account/register", account, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var login = await http.PostAsJsonAsync("/api/account/login?useCookies=true", account, Cancel);
        var set = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("unknot=", StringComparison.Ordinal));
        var cookie = set[..set.IndexOf(';')];

        var deep = await Import(http, await ImportOf(http, Deep, cookie), cookie);
        var bomb = await Import(http, await ImportOf(http, AliasBomb(), cookie), cookie);

        deep.Status.ShouldBe(HttpStatusCode.BadRequest);
        deep.Detail.ShouldBe("exercises[0].yaml: line 3: (yaml): lists and mappings nest deeper than 64 levels — nothing was imported");
        bomb.Status.ShouldBe(HttpStatusCode.BadRequest);
        bomb.Took.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        (await http.GetAsync("/healthz", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
