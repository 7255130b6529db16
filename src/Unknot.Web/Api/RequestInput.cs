using Unknot.App.Fields;

namespace Unknot.Web.Api;

/// <summary>A request body above the endpoint's limit.</summary>
public sealed class BodyTooLargeException(long maxBytes) : Exception($"the request body is larger than {maxBytes / 1024} KiB");

/// <summary>A request body that is not JSON.</summary>
public sealed class NotJsonException(string? contentType) : Exception(
    $"the body must be sent as application/json, got {(string.IsNullOrEmpty(contentType) ? "no content type" : $"'{contentType}'")}");

/// <summary>Turns what a request carries into the shared <see cref="Input"/>: a JSON body, or the query string.</summary>
public static class RequestInput
{
    /// <summary>The body as a JSON object, or the problem of one that is not; only <c>application/json</c> is taken, and nothing past <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadResult<JsonInput>> JsonAsync(HttpRequest request, CancellationToken cancel, long maxBytes = UnknotApi.SmallBody) =>
        JsonInput.Read(await TextAsync(request, maxBytes, cancel));

    /// <summary>The body as text, once its content type is JSON and its size within <paramref name="maxBytes"/>.</summary>
    public static async Task<string> TextAsync(HttpRequest request, long maxBytes, CancellationToken cancel) =>
        System.Text.Encoding.UTF8.GetString(await BytesAsync(request, maxBytes, cancel));

    /// <summary>The body's bytes, once its content type is JSON and its size within <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> BytesAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
        if (!request.HasJsonContentType())
        {
            throw new NotJsonException(request.ContentType);
        }
        if (request.ContentLength > maxBytes)
        {
            throw new BodyTooLargeException(maxBytes);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new BodyTooLargeException(maxBytes);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The query string as fields; a field given twice is a list.</summary>
    public static TextInput Query(IQueryCollection query) =>
        TextInput.Of(query.Select(q => KeyValuePair.Create(q.Key, (IReadOnlyList<string>)q.Value.Where(v => v is not null).Select(v => v!).ToArray())));

    /// <summary>Form fields, as the planner form posts them.</summary>
    public static TextInput Form(IFormCollection form) =>
        TextInput.Of(form.Where(f => f.Key != "__RequestVerificationToken")
            .Select(f => KeyValuePair.Create(f.Key, (IReadOnlyList<string>)f.Value.Where(v => v is not null).Select(v => v!).ToArray())));
}
