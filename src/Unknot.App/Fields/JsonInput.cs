using System.Text.Json;

namespace Unknot.App.Fields;

/// <summary>A node of a JSON document.</summary>
public sealed class JsonInput(string path, JsonElement element) : Input(path)
{
    /// <summary>The element.</summary>
    public JsonElement Element { get; } = element;

    /// <summary>Parses <paramref name="text"/> as a JSON object, or a problem naming the line and byte where it breaks.</summary>
    public static ReadResult<JsonInput> Read(string text) => ReadResult<JsonInput>.From(() => Parse(text));

    /// <summary>The JSON object in <paramref name="text"/>; a <see cref="FieldException"/> when it is none.</summary>
    public static JsonInput Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
            var root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object
                ? new JsonInput("", root)
                : throw new FieldException("(body)", "the body must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new FieldException("(body)", $"the body is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
        }
    }

    /// <inheritdoc />
    public override Input? Optional(string name)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Problem($"must be an object, got {Describe()}");
        }
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? new JsonInput(Child(name), value) : null;
    }

    /// <inheritdoc />
    public override bool Bool() => Element.ValueKind is JsonValueKind.True or JsonValueKind.False
        ? Element.GetBoolean()
        : throw Problem($"must be true or false, got {Describe()}");

    /// <inheritdoc />
    protected override string Text() =>
        Element.ValueKind == JsonValueKind.String ? StringValue() : throw Problem($"must be a string, got {Describe()}");

    /// <summary>The string, or a problem when its escapes leave a lone surrogate (which System.Text.Json cannot give as a string).</summary>
    private string StringValue()
    {
        try
        {
            return Element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Problem("must be valid Unicode text (it holds a lone surrogate)");
        }
    }

    /// <inheritdoc />
    protected override string? Number() => Element.ValueKind == JsonValueKind.Number ? Element.GetRawText() : null;

    /// <inheritdoc />
    protected override string Shown() => Describe();

    /// <inheritdoc />
    protected override IReadOnlyList<Input> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Problem($"must be an array, got {Describe()}");
        }
        var path = Path;
        return Element.EnumerateArray().Select((e, i) => (Input)new JsonInput($"{path}[{i}]", e)).ToArray();
    }

    private string Describe() => Element.ValueKind switch
    {
        JsonValueKind.String => Quote(StringValue()),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
