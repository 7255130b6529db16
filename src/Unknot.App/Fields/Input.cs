using System.Globalization;
using Unknot.Text;

namespace Unknot.App.Fields;

/// <summary>
/// One node of what a user sent — a JSON body, a query string, a form, command-line options — read the same way
/// whatever it came from, so each reader is written once and every problem names its field in the same words.
/// Every read method throws a <see cref="FieldException"/> naming <see cref="Path"/>.
/// </summary>
public abstract class Input(string path)
{
    /// <summary>Where this node is: <c>minutes</c>, <c>items[2].exercise</c>; empty for the whole request.</summary>
    public string Path { get; } = path;

    /// <summary>The named child, or null when it is absent (or JSON null).</summary>
    public abstract Input? Optional(string name);

    /// <summary>The named child, or a problem saying it is required.</summary>
    public Input Required(string name) => Optional(name) ?? throw new FieldException(Child(name), "is required");

    /// <summary>The text of this node; longer than <paramref name="maxLength"/> or with broken Unicode is a problem.</summary>
    public string String(int maxLength = 500)
    {
        var text = Text();
        if (text.Length > maxLength)
        {
            throw Problem($"must be at most {maxLength} characters, got {text.Length}");
        }
        if (!IsWellFormed(text))
        {
            throw Problem("must be valid Unicode text (it holds a lone surrogate)");
        }
        return text;
    }

    /// <summary>A whole number within a range; <paramref name="unit"/> (such as "seconds") is named in the problem.</summary>
    public int Int(int min, int max, string? unit = null)
    {
        var raw = Number();
        return raw is not null && int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Problem($"must be a whole number{(unit is null ? "" : " of " + unit)} from {min} to {max}, got {Shown()}");
    }

    /// <summary>A number, whole or not, within a range.</summary>
    public double Decimal(double min, double max)
    {
        var raw = Number();
        return raw is not null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw Problem($"must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got {Shown()}");
    }

    /// <summary>A kebab-case id such as <c>chest-stretch</c>.</summary>
    public string Id(int maxLength = 80)
    {
        var text = String(maxLength);
        return Catalog.ExerciseId.IsValid(text) ? text : throw Problem($"must be a kebab-case id, got '{text}'");
    }

    /// <summary>true or false (text input also takes on/off and yes/no).</summary>
    public abstract bool Bool();

    /// <summary>A kebab-case word naming a member of <typeparamref name="T"/>.</summary>
    public T Word<T>() where T : struct, Enum
    {
        var text = String(100);
        if (Kebab.TryParse<T>(text, out var value))
        {
            return value;
        }
        throw Problem(Kebab.OneOf<T>(text));
    }

    /// <summary>An ISO 8601 instant, in UTC.</summary>
    public DateTimeOffset Instant()
    {
        if (!DateTimeOffset.TryParse(String(40), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            throw Problem($"must be an ISO 8601 instant such as 2026-11-21T09:30:00Z, got '{Text()}'");
        }
        // Far from the ends of the calendar, so no reckoning with it (a session's length, a day, a time zone) can overflow.
        var utc = instant.ToUniversalTime();
        return utc >= EarliestInstant && utc < LatestInstant
            ? utc
            : throw Problem($"must be between {EarliestInstant.Year} and {LatestInstant.Year - 1}, got {UnknotJson.Instant(utc)}");
    }

    /// <summary>The earliest instant any input may name.</summary>
    public static readonly DateTimeOffset EarliestInstant = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The first instant past those any input may name.</summary>
    public static readonly DateTimeOffset LatestInstant = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A UUID.</summary>
    public Guid Guid() => System.Guid.TryParse(String(40), out var id) ? id : throw Problem($"must be a UUID, got '{Text()}'");

    /// <summary>The entries of a list (a JSON array; comma-separated or repeated text), at most <paramref name="maxItems"/>.</summary>
    public IReadOnlyList<Input> List(int maxItems)
    {
        var items = Items();
        return items.Count <= maxItems ? items : throw Problem($"must have at most {maxItems} entries, got {items.Count}");
    }

    /// <summary>A problem with this node.</summary>
    public FieldException Problem(string message) => new(Path.Length == 0 ? "(body)" : Path, message);

    /// <summary>The path of a child.</summary>
    protected string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    /// <summary>The node as text, or a problem when it is not text.</summary>
    protected abstract string Text();

    /// <summary>The node as a number's text, or null when it is not a number (JSON: only a number; text input: any text).</summary>
    protected abstract string? Number();

    /// <summary>What the user sent here, as a message quotes it.</summary>
    protected abstract string Shown();

    /// <summary>The entries, or a problem when this is not a list.</summary>
    protected abstract IReadOnlyList<Input> Items();

    /// <summary>Quotes what the user sent for a message.</summary>
    protected static string Quote(string raw) => $"'{(raw.Length > 40 ? raw[..40] + "…" : raw)}'";

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
