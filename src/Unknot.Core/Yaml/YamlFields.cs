using System.Globalization;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Text;
using YamlDotNet.RepresentationModel;

namespace Unknot.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping, recording a <see cref="LoadProblem"/> with file, line and
/// field path for every missing or malformed value instead of throwing.
/// </summary>
internal sealed class YamlFields(string file, string path, YamlMappingNode node, List<LoadProblem> problems)
{
    /// <summary>The number of problems recorded so far, to tell whether a part read cleanly.</summary>
    public int ProblemCount => problems.Count;

    /// <summary>The line of the mapping itself.</summary>
    public int Line => (int)node.Start.Line;

    /// <summary>Records a problem on a field of this mapping.</summary>
    public void Problem(string key, string message) =>
        problems.Add(new LoadProblem(file, LineOf(key), FieldPath(key), message));

    /// <summary>Records a problem for every key not in <paramref name="known"/>: typos should not pass silently.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name))
            {
                var hint = DidYouMean.Suggest(name, known);
                problems.Add(new LoadProblem(file, (int)key.Start.Line, FieldPath(name),
                    hint is null ? $"unknown field — known: {string.Join(", ", known)}" : $"unknown field — did you mean '{hint}'?"));
            }
        }
    }

    public bool Has(string key) => Find(key) is not null;

    /// <summary>The same mapping, its problems recorded in <paramref name="other"/> instead.</summary>
    public YamlFields Into(List<LoadProblem> other) => new(file, path, node, other);

    /// <summary>The keys of the mapping, in the order written.</summary>
    public IReadOnlyList<string> Keys => node.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "?").ToArray();

    /// <summary>A number (decimals allowed) within [min, max]; <paramref name="meaning"/> says what it is in a problem.</summary>
    public double? Number(string key, double min, double max, string? meaning = null)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        var about = meaning is null ? "" : $" ({meaning})";
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Problem(key, $"must be a number of degrees between {min} and {max}{about}, got '{text}'");
            return null;
        }
        if (value < min || value > max)
        {
            Problem(key, $"must be between {min} and {max}{about}, got {value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    public string? String(string key, bool required = true)
    {
        var value = Find(key);
        if (value is null)
        {
            if (required)
            {
                Problem(key, "is required");
            }
            return null;
        }
        if (value is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
        {
            Problem(key, "must be a non-empty text");
            return null;
        }
        return scalar.Value.Trim();
    }

    public bool Bool(string key, bool fallback)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return fallback;
        }
        if (bool.TryParse(text, out var value))
        {
            return value;
        }
        Problem(key, $"must be true or false, got '{text}'");
        return fallback;
    }

    public int? Int(string key, int min, int max, bool required = true)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Problem(key, $"must be a whole number between {min} and {max}, got '{text}'");
            return null;
        }
        if (value < min || value > max)
        {
            Problem(key, $"must be between {min} and {max}, got {value}");
            return null;
        }
        return value;
    }

    /// <summary>A number (<c>30</c>) or a range (<c>10-20</c>) whose ends lie within [min, max].</summary>
    public DoseRange? Range(string key, int min, int max, bool required = true)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }
        if (text.StartsWith('-') && int.TryParse(text, out var negative))
        {
            Problem(key, $"must be between {min} and {max}, got {negative}");
            return null;
        }
        if (!DoseRange.TryParse(text, out var low, out var high))
        {
            Problem(key, $"must be a number or a range such as '10-20', got '{text}'");
            return null;
        }
        foreach (var end in new[] { low, high })
        {
            if (end < min || end > max)
            {
                Problem(key, $"must be between {min} and {max}, got {end}");
                return null;
            }
        }
        if (high < low)
        {
            Problem(key, $"the range must go from low to high, got '{text}'");
            return null;
        }
        return new DoseRange(low, high);
    }

    public TEnum? Enum<TEnum>(string key, bool required = true) where TEnum : struct, Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }
        if (Kebab.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        Problem(key, $"unknown value '{text}' — known: {string.Join(", ", Kebab.All<TEnum>())}");
        return null;
    }

    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var items = Sequence(key, required);
        var result = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode { Value: { Length: > 0 } text } && !string.IsNullOrWhiteSpace(text))
            {
                result.Add(text.Trim());
            }
            else
            {
                problems.Add(new LoadProblem(file, (int)items[i].Start.Line, $"{FieldPath(key)}[{i}]", "must be a non-empty text"));
            }
        }
        if (required && result.Count == 0 && items.Count == 0 && Find(key) is not null)
        {
            Problem(key, "must list at least one entry");
        }
        return result;
    }

    public IReadOnlyList<TEnum> Enums<TEnum>(string key, bool required = false) where TEnum : struct, Enum
    {
        var items = Sequence(key, required);
        var result = new List<TEnum>();
        for (var i = 0; i < items.Count; i++)
        {
            var text = (items[i] as YamlScalarNode)?.Value;
            if (Kebab.TryParse<TEnum>(text, out var value))
            {
                if (!result.Contains(value))
                {
                    result.Add(value);
                }
            }
            else if (!string.Equals(text, "none", StringComparison.OrdinalIgnoreCase) || typeof(TEnum) != typeof(Equipment))
            {
                problems.Add(new LoadProblem(file, (int)items[i].Start.Line, $"{FieldPath(key)}[{i}]",
                    $"unknown value '{text}' — known: {string.Join(", ", Kebab.All<TEnum>())}"));
            }
        }
        if (required && items.Count == 0 && Find(key) is not null)
        {
            Problem(key, "must list at least one entry");
        }
        return result;
    }

    public IReadOnlyList<YamlFields> Mappings(string key, bool required = true)
    {
        var items = Sequence(key, required);
        var result = new List<YamlFields>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlMappingNode mapping)
            {
                result.Add(new YamlFields(file, $"{FieldPath(key)}[{i}]", mapping, problems));
            }
            else
            {
                problems.Add(new LoadProblem(file, (int)items[i].Start.Line, $"{FieldPath(key)}[{i}]", "must be a mapping of fields"));
            }
        }
        if (required && items.Count == 0 && Find(key) is not null)
        {
            Problem(key, "must list at least one entry");
        }
        return result;
    }

    public YamlFields? Mapping(string key, bool required = true)
    {
        var value = Find(key);
        if (value is YamlMappingNode mapping)
        {
            return new YamlFields(file, FieldPath(key), mapping, problems);
        }
        if (value is not null || required)
        {
            Problem(key, value is null ? "is required" : "must be a mapping of fields");
        }
        return null;
    }

    private IReadOnlyList<YamlNode> Sequence(string key, bool required)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                if (required)
                {
                    Problem(key, "is required");
                }
                return [];
            case YamlSequenceNode sequence:
                return sequence.Children.ToArray();
            case YamlScalarNode { Value: "" or null }:
                return [];
            default:
                Problem(key, "must be a list, such as '[a, b]' or one '- item' per line");
                return [];
        }
    }

    private YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private int LineOf(string key)
    {
        var value = Find(key);
        return value is null ? Line : (int)value.Start.Line;
    }

    private string FieldPath(string key) => path.Length == 0 ? key : $"{path}.{key}";
}
