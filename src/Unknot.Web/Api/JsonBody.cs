using System.Globalization;
using System.Text.Json;
using Unknot.Text;

namespace Unknot.Web.Api;

/// <summary>A request body above the endpoint's limit.</summary>
public sealed class BodyTooLargeException(long maxBytes) : Exception($"the request body is larger than {maxBytes / 1024} KiB")
{
}

/// <summary>
/// Reads a JSON request body by hand so every problem can name its field (<c>items[2].exercise</c>) rather
/// than surface as a serializer message.
/// </summary>
public readonly record struct JsonBody(string Path, JsonElement Element)
{
    /// <summary>The body of the request, or a <see cref="FieldException"/> when it is not a JSON object.</summary>
    public static async Task<JsonBody> ReadAsync(HttpRequest request, CancellationToken cancel, long maxBytes = UnknotApi.SmallBody)
    {
        var text = await ReadTextAsync(request, maxBytes, cancel);
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object ? new JsonBody("", root) : throw new FieldException("(body)", "the body must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new FieldException("(body)", $"the body is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
        }
    }

    /// <summary>The body as text, or a <see cref="BodyTooLargeException"/> past <paramref name="maxBytes"/>, whatever the server enforces.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
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
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public JsonBody? Optional(string name) =>
        Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? new JsonBody(Child(name), value) : null;

    public JsonBody Required(string name) => Optional(name) ?? throw new FieldException(Child(name), "is required");

    public string String(int maxLength = 500)
    {
        if (Element.ValueKind != JsonValueKind.String)
        {
            throw new FieldException(Path, $"must be a string, got {Describe()}");
        }
        var text = Element.GetString()!;
        return text.Length <= maxLength ? text : throw new FieldException(Path, $"must be at most {maxLength} characters");
    }

    public int Int(int min, int max)
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt32(out var value))
        {
            throw new FieldException(Path, $"must be a whole number from {min} to {max}, got {Describe()}");
        }
        return value >= min && value <= max ? value : throw new FieldException(Path, $"must be a whole number from {min} to {max}, got {value}");
    }

    public bool Bool() => Element.ValueKind is JsonValueKind.True or JsonValueKind.False
        ? Element.GetBoolean()
        : throw new FieldException(Path, $"must be true or false, got {Describe()}");

    public DateTimeOffset Instant() =>
        DateTimeOffset.TryParse(String(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.ToUniversalTime()
            : throw new FieldException(Path, $"must be an ISO 8601 instant such as 2026-11-21T09:30:00Z, got '{String()}'");

    public T Word<T>() where T : struct, Enum =>
        Kebab.TryParse<T>(String(), out var value) ? value : throw new FieldException(Path, $"must be one of {string.Join(", ", Kebab.All<T>())}, got '{String()}'");

    public IReadOnlyList<JsonBody> Array(int maxItems = 500)
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw new FieldException(Path, $"must be an array, got {Describe()}");
        }
        var path = Path;
        var items = Element.EnumerateArray().Select((e, i) => new JsonBody($"{path}[{i}]", e)).ToArray();
        return items.Length <= maxItems ? items : throw new FieldException(Path, $"must have at most {maxItems} entries");
    }

    public JsonBody Object() => Element.ValueKind == JsonValueKind.Object ? this : throw new FieldException(Path, $"must be an object, got {Describe()}");

    private string Describe() => Element.ValueKind switch
    {
        JsonValueKind.String => $"'{Element.GetString()}'",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
