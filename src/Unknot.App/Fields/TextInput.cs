namespace Unknot.App.Fields;

/// <summary>
/// Fields that arrive as text: command-line options, a query string, form fields. A field may be given more
/// than once, and a list field also splits on commas, so <c>--equipment wall,chair</c> and
/// <c>?equipment=wall&amp;equipment=chair</c> read the same.
/// </summary>
public sealed class TextInput : Input
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>>? _fields;
    private readonly IReadOnlyList<string> _values;

    private TextInput(string path, IReadOnlyDictionary<string, IReadOnlyList<string>>? fields, IReadOnlyList<string> values) : base(path)
    {
        _fields = fields;
        _values = values;
    }

    /// <summary>A set of named fields; null and empty values count as absent.</summary>
    public static TextInput Of(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> fields) => new("",
        fields.Select(f => (f.Key, Values: (IReadOnlyList<string>)f.Value.Where(v => !string.IsNullOrEmpty(v)).ToArray()))
            .Where(f => f.Values.Count > 0)
            .ToDictionary(f => f.Key, f => f.Values, StringComparer.Ordinal),
        []);

    /// <summary>A set of named fields with one value each; null values count as absent.</summary>
    public static TextInput Of(IEnumerable<KeyValuePair<string, string?>> fields) =>
        Of(fields.Select(f => new KeyValuePair<string, IReadOnlyList<string>>(f.Key, f.Value is null ? [] : [f.Value])));

    /// <inheritdoc />
    public override Input? Optional(string name)
    {
        if (_fields is null)
        {
            throw Problem("must be a set of fields");
        }
        return _fields.TryGetValue(name, out var values) ? new TextInput(Child(name), null, values) : null;
    }

    /// <inheritdoc />
    public override bool Bool() => Text().Trim().ToLowerInvariant() switch
    {
        "true" or "on" or "yes" or "1" => true,
        "false" or "off" or "no" or "0" => false,
        var other => throw Problem($"must be true or false, got {Quote(other)}"),
    };

    /// <inheritdoc />
    protected override string Text() => _values.Count switch
    {
        0 => throw Problem("must be a value"),
        1 => _values[0],
        _ => throw Problem($"must be given once, got {_values.Count} values"),
    };

    /// <inheritdoc />
    protected override string? Number() => Text().Trim();

    /// <inheritdoc />
    protected override string Shown() => Quote(Text());

    /// <inheritdoc />
    protected override IReadOnlyList<Input> Items()
    {
        var path = Path;
        return _values
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select((v, i) => (Input)new TextInput($"{path}[{i}]", null, [v]))
            .ToArray();
    }
}
