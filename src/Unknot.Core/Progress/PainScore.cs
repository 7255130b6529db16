using System.Globalization;

namespace Unknot.Progress;

/// <summary>How much it hurts, 0 (nothing) to 10 (the worst imaginable).</summary>
public readonly record struct PainScore
{
    /// <summary>The lowest score.</summary>
    public const int Min = 0;

    /// <summary>The highest score.</summary>
    public const int Max = 10;

    /// <summary>Creates a score; throws outside 0–10.</summary>
    public PainScore(int value)
    {
        if (value is < Min or > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a pain score is between 0 and 10");
        }
        Value = value;
    }

    /// <summary>The score.</summary>
    public int Value { get; }

    /// <summary>Parses a whole number from 0 to 10; the error says what was wrong.</summary>
    public static bool TryParse(string? text, out PainScore score, out string? error)
    {
        score = default;
        if (!int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            error = $"a pain score is a whole number from 0 to 10, got '{text}'";
            return false;
        }
        if (value is < Min or > Max)
        {
            error = $"a pain score is from 0 to 10, got {value}";
            return false;
        }
        score = new PainScore(value);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
