using System.Net;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>The service worker's script and version, and the list of pages a device keeps for use without the network.</summary>
public sealed class OfflineTests : IDisposable
{
    private readonly TestApp _app = new();
    private readonly HttpClient _http;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public OfflineTests() => _http = _app.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    private async Task<(string Revision, string[] Pages)> List()
    {
        using var response = await _http.GetAsync("/api/offline", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await TestApp.Read(response);
        return (list.GetProperty("revision").GetString()!, list.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!).ToArray());
    }

    [Fact]
    public async Task The_service_worker_is_served_at_the_root_checked_before_each_use_and_names_its_version_first()
    {
        using var response = await _http.GetAsync("/sw.js", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        response.Headers.CacheControl!.NoCache.ShouldBeTrue("a new deployment must be seen on the next load");
        var script = await response.Content.ReadAsStringAsync(Cancel);
        script.ShouldMatch("^const VERSION = '[0-9a-f]{16}';\n");
        script.ShouldContain("addEventListener('fetch'");
    }

    [Fact]
    public async Task The_list_holds_every_exercise_and_routine_with_the_users_own_and_its_revision_follows_their_changes()
    {
        var (before, pages) = await List();
        pages.ShouldContain("/");
        pages.ShouldContain("/offline");
        pages.ShouldContain("/history");
        pages.ShouldContain("/library/cat-cow");
        pages.ShouldContain("/play/desk-break");
        pages.ShouldContain("/measure");
        pages.ShouldNotContain("/settings", "a form that cannot be sent offline is not kept");
        (await List()).Revision.ShouldBe(before, "nothing changed");

        using var saved = await _http.PostAsync("/api/routines", TestApp.Json("""{"name": "Train seat", "items": [{"exercise": "chair-rotation"}]}"""), Cancel);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created);
        var (afterRoutine, withOwn) = await List();
        withOwn.ShouldContain("/play/train-seat");
        afterRoutine.ShouldNotBe(before);

        using var setting = await _http.PutAsync("/api/settings/level", TestApp.Json("""{"value": "gentle"}"""), Cancel);
        setting.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await List()).Revision.ShouldNotBe(afterRoutine, "the player's pages carry the level");

        // The camera check's files, which no page names in its markup, are listed to keep too, and are there.
        using var listed = await _http.GetAsync("/api/offline", Cancel);
        var files = (await TestApp.Read(listed)).GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToArray();
        files.ShouldContain("/vendor/human/human.esm.js");
        files.ShouldContain("/vendor/human/models/facemesh.bin");
        files.ShouldContain(f => f.StartsWith("/vendor/human/wasm/", StringComparison.Ordinal) && f.EndsWith(".wasm", StringComparison.Ordinal));
        foreach (var file in files)
        {
            using var got = await _http.GetAsync(file, Cancel);
            got.StatusCode.ShouldBe(HttpStatusCode.OK, file);
        }

        // Every page listed is there to keep.
        foreach (var page in withOwn)
        {
            using var got = await _http.GetAsync(page, Cancel);
            got.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        }
    }

    [Fact]
    public void The_version_changes_with_any_served_file_and_only_then()
    {
        using var root = new TempHome();
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        foreach (var file in Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root.Path, Path.GetRelativePath(webRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        using var files = new PhysicalFileProvider(root.Path);

        var first = OfflineKit.Load(files);
        OfflineKit.Load(files).Version.ShouldBe(first.Version, "a restart of the same deployment is not a new version");
        Encoding.UTF8.GetString(first.Worker).ShouldStartWith($"const VERSION = '{first.Version}';");

        File.AppendAllText(Path.Combine(root.Path, "css", "site.css"), "\n/* changed */\n");
        var changed = OfflineKit.Load(files);
        changed.Version.ShouldNotBe(first.Version);

        File.WriteAllText(Path.Combine(root.Path, "icons", "new.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        OfflineKit.Load(files).Version.ShouldNotBe(changed.Version, "a file added is a change too");
    }
}
