using System.Net;
using System.Text.Json;

namespace Unknot.Web.Tests;

/// <summary>
/// The real app (a <see cref="TestApp"/>) with a client to it, for tests that talk to its API. Each test makes its own,
/// so each starts from an empty home.
/// </summary>
public sealed class TestApi : IDisposable
{
    public TestApi() => Http = App.CreateClient();

    /// <summary>The app, with its home folder and its clock.</summary>
    public TestApp App { get; } = new();

    /// <summary>A client to the app.</summary>
    public HttpClient Http { get; }

    /// <summary>Sends a request with <paramref name="json"/> as its body, if any; answers its status and its JSON body (default when empty).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpMethod method, string url, string? json = null)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(method, url) { Content = json is null ? null : TestApp.Json(json) };
        using var response = await Http.SendAsync(request, cancel);
        var text = await response.Content.ReadAsStringAsync(cancel);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public void Dispose()
    {
        Http.Dispose();
        App.Dispose();
    }
}
