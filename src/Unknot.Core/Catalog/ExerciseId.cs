using System.Text.RegularExpressions;

namespace Unknot.Catalog;

/// <summary>An exercise's kebab-case id, such as <c>lateral-neck-stretch</c>.</summary>
public readonly partial record struct ExerciseId
{
    /// <summary>Creates an id; throws when the text is not kebab-case.</summary>
    public ExerciseId(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not a kebab-case id", nameof(value));
        }
        Value = value;
    }

    /// <summary>The id text.</summary>
    public string Value { get; }

    /// <summary>True for lower-case words of letters and digits joined by single hyphens.</summary>
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
