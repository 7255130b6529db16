using System.Net;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>The user's own files as the web app reads them: a pipe or a device among them is named and never waited on.</summary>
public sealed class UserFileTests : IDisposable
{
    private readonly TestApp _app = new();
    private readonly HttpClient _http;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public UserFileTests() => _http = _app.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    /// <summary>A page that must answer at once; a wait on a pipe fails the test instead of hanging it.</summary>
    private async Task<HttpResponseMessage> GetPromptly(string path) =>
        await _http.GetAsync(path, Cancel).WaitAsync(TimeSpan.FromSeconds(20), Cancel);

    [Fact]
    public async Task A_picture_that_is_a_pipe_leaves_every_library_page_answering_and_is_not_served()
    {
        _app.Home.Write("exercises/mine.yaml", new ExerciseYaml(Id: "mine", Extra: "image: photo.png\n").Text());
        _app.Home.Pipe("exercises/photo.png");
        _app.Home.Pipe("exercises/pipe.yaml");
        File.CreateSymbolicLink(Path.Combine(_app.Home.Path, "exercises", "zero.yaml"), "/dev/zero");

        using var library = await GetPromptly("/library");
        using var page = await GetPromptly("/library/mine");
        using var picture = await GetPromptly("/api/exercises/mine/image");

        library.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await library.Content.ReadAsStringAsync(Cancel)).ShouldContain("Test mine");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        picture.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
