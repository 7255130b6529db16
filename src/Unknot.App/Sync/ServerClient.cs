using Unknot.App.Fields;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Unknot.App.Exchange;
using Unknot.App.Views;
using Unknot.Storage;
using Unknot.Storage.Exchange;
using Unknot.Text;

namespace Unknot.App.Sync;

/// <summary>
/// A server's refusal or absence, in one line that names the server and what to do; <see cref="BadInput"/> when what
/// the user typed was refused (an email address and password the server does not know).
/// </summary>
public sealed class ServerException(string message, bool badInput = false) : Exception(message)
{
    /// <summary>True when the user can fix it by typing something else.</summary>
    public bool BadInput { get; } = badInput;
}

/// <summary>What a sync did: sessions sent (new there, or there already) and brought back (new here, or here already).</summary>
public sealed record SyncResult(int Sent, int SentKnown, int Received, int ReceivedKnown)
{
    /// <summary>The summary every shell shows.</summary>
    public string Summary(string server) =>
        $"Sent {Sent} new {Sessions(Sent)} to {server} ({SentKnown} already there); brought back {Received} new {Sessions(Received)} ({ReceivedKnown} already here).";

    private static string Sessions(int n) => n == 1 ? "session" : "sessions";
}

/// <summary>
/// Signs in to a hosted Unknot and syncs sessions with it, over its JSON API: the same endpoints a script would use
/// (<c>/api/account/login</c>, <c>/api/account/tokens</c>, <c>/api/import</c>, <c>/api/export?only=sessions</c>).
/// </summary>
public sealed class ServerClient(HttpClient http)
{
    /// <summary>How many sessions one request sends, so a long history stays far under the server's size limit.</summary>
    public const int Batch = 500;

    /// <summary>
    /// Signs in with an email address and password, then makes an access token named <paramref name="tokenName"/>
    /// with the short-lived sign-in, so that only the token is kept, never the password.
    /// </summary>
    public async Task<ServerLink> LoginAsync(Uri server, string email, string password, string tokenName, CancellationToken cancel)
    {
        var login = await SendAsync(server, HttpMethod.Post, "api/account/login", null,
            Json(new Dictionary<string, string> { ["email"] = email, ["password"] = password }), cancel, refused: detail => detail == "LockedOut"
                ? "the account is locked after too many failed sign-ins; wait, then try again"
                : "the server refused that email address and password");
        var bearer = await ReadAsync<BearerLogin>(login, server, cancel);
        var made = await SendAsync(server, HttpMethod.Post, "api/account/tokens", bearer.AccessToken,
            Json(new Dictionary<string, string> { ["name"] = tokenName }), cancel);
        var token = await ReadAsync<NewAccessToken>(made, server, cancel);
        return new ServerLink(Origin(server), token.Id, token.Name, token.Token);
    }

    /// <summary>Checks a token made on the server's Tokens page, and returns the link that keeps it.</summary>
    public async Task<ServerLink> UseTokenAsync(Uri server, string token, CancellationToken cancel)
    {
        token = token.Trim();
        if (!token.StartsWith(ServerLink.TokenPrefix, StringComparison.Ordinal))
        {
            throw new ServerException($"--token: an access token starts with '{ServerLink.TokenPrefix}'; make one on {Origin(server)}/account/tokens", badInput: true);
        }
        (await SendAsync(server, HttpMethod.Get, "api/account/tokens", token, null, cancel)).Dispose();
        return new ServerLink(Origin(server), null, "given with --token", token);
    }

    /// <summary>Revokes the link's token on the server (when its id is known); a token already gone is no trouble.</summary>
    public async Task RevokeAsync(ServerLink link, CancellationToken cancel)
    {
        if (link.TokenId is { } id)
        {
            try
            {
                (await SendAsync(new Uri(link.Url + "/"), HttpMethod.Delete, $"api/account/tokens/{id}", link.Token, null, cancel)).Dispose();
            }
            catch (ServerException)
            {
                // Revoked already, or the account is gone: there is nothing left to revoke.
            }
        }
    }

    /// <summary>
    /// Sends every session of <paramref name="store"/> to the server, a batch at a time, then brings back every session
    /// the server has, through a temporary file in <paramref name="home"/>. Both sides skip sessions whose id they hold
    /// already, so a sync repeated or cut off and run again adds nothing twice and loses nothing.
    /// </summary>
    public async Task<SyncResult> SyncAsync(ServerLink link, IUnknotStore store, string home, DateTimeOffset now, CancellationToken cancel)
    {
        var server = new Uri(link.Url + "/");
        int sent = 0, sentKnown = 0;
        foreach (var batch in store.AllSessions().Chunk(Batch))
        {
            var body = new MemoryStream();
            await Exporter.ExportSessionsAsync(batch, now, body, cancel);
            body.Position = 0;
            var content = new StreamContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var answer = await ReadAsync<ImportResult>(await SendAsync(server, HttpMethod.Post, "api/import", link.Token, content, cancel), server, cancel);
            sent += answer.SessionsAdded;
            sentKnown += answer.SessionsKnown;
        }
        var download = Path.Combine(home, ".sync-download.tmp");
        try
        {
            using (var response = await SendAsync(server, HttpMethod.Get, $"api/export?only={Exporter.SessionsOnly}", link.Token, null, cancel))
            await using (var file = File.Create(download))
            {
                await response.Content.CopyToAsync(file, cancel);
            }
            ImportResult received;
            try
            {
                received = Importer.ImportSessions(store, home, () => File.OpenRead(download), now);
            }
            catch (FieldException e)
            {
                throw new ServerException($"{link.Url} sent sessions this Unknot cannot read ({e.Problem}); nothing was brought back");
            }
            return new SyncResult(sent, sentKnown, received.SessionsAdded, received.SessionsKnown);
        }
        finally
        {
            File.Delete(download);
        }
    }

    private static string Origin(Uri server) => server.ToString().TrimEnd('/');

    private static StringContent Json(Dictionary<string, string> values) =>
        new(JsonSerializer.Serialize(values, AppJson.Indented.Info<Dictionary<string, string>>()), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <summary>
    /// Sends one request and returns its successful answer; anything else becomes a <see cref="ServerException"/> in
    /// one line: unreachable, not an Unknot server, a refused token, or the server's own problem document.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(Uri server, HttpMethod method, string path, string? bearer, HttpContent? content, CancellationToken cancel,
        Func<string?, string>? refused = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(server, path)) { Content = content };
        request.Headers.Accept.ParseAdd("application/json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel);
        }
        catch (HttpRequestException e)
        {
            throw new ServerException($"cannot reach {Origin(server)}: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new ServerException($"{Origin(server)} did not answer within {http.Timeout.TotalSeconds:0} s; try again later");
        }
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            var detail = await ProblemDetail(response, cancel);
            if (response.StatusCode == HttpStatusCode.Unauthorized && refused is not null)
            {
                throw new ServerException(refused(detail), badInput: true);
            }
            throw new ServerException(response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => $"{Origin(server)} refused the token (revoked, or the account is gone); run 'unknot login {Origin(server)}' again",
                HttpStatusCode.NotFound when detail is null => $"{Origin(server)} is not a hosted Unknot (it has no {new Uri(server, path).AbsolutePath}); check the address",
                _ => $"{Origin(server)} answered {(int)response.StatusCode} {response.ReasonPhrase}{(detail is null ? "" : $": {detail}")}",
            });
        }
    }

    /// <summary>The detail (else the title) of a problem document, or null when the answer is not one.</summary>
    private static async Task<string?> ProblemDetail(HttpResponseMessage response, CancellationToken cancel)
    {
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            return null;
        }
        try
        {
            var problem = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(cancel), AppJson.Indented.Info<JsonElement>());
            return problem.ValueKind != JsonValueKind.Object ? null
                : problem.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String ? detail.GetString()
                : problem.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, Uri server, CancellationToken cancel)
    {
        using (response)
        {
            try
            {
                return JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(cancel), AppJson.Indented.Info<T>())
                    ?? throw new JsonException("empty");
            }
            catch (JsonException)
            {
                throw new ServerException($"{Origin(server)} answered {response.RequestMessage?.RequestUri?.AbsolutePath} with something that is not Unknot's JSON; check the address");
            }
        }
    }
}
