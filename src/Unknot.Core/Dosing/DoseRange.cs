using System.Globalization;

namespace Unknot.Dosing;

/// <summary>A whole number or an inclusive range of them (seconds or repetitions), resolved by <see cref="Level"/>.</summary>
public readonly record struct DoseRange
{
    /// <summary>Creates a range; <paramref name="min"/> must be positive and not above <paramref name="max"/>.</summary>
    public DoseRange(int min, int max)
    {
        if (min < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, "min must be at least 1");
        }
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "max must not be below min");
        }
        Min = min;
        Max = max;
    }

    /// <summary>The low end.</summary>
    public int Min { get; }

    /// <summary>The high end.</summary>
    public int Max { get; }

    /// <summary>True when the range is a single number.</summary>
    public bool IsFixed => Min == Max;

    /// <summary>A fixed value.</summary>
    public static DoseRange Exactly(int value) => new(value, value);

    /// <summary>The value played at a level: gentle the low end, deep the high end, standard the middle (rounded up).</summary>
    public int At(Level level) => level switch
    {
        Level.Gentle => Min,
        Level.Deep => Max,
        _ => (int)Math.Round((Min + Max) / 2.0, MidpointRounding.AwayFromZero),
    };

    /// <summary>Parses <c>30</c> or <c>10-20</c> (spaces and an en dash are accepted).</summary>
    public static bool TryParse(string? text, out int min, out int max)
    {
        min = max = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Replace('–', '-').Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            var ok = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out min);
            max = min;
            return ok;
        }
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out min)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out max);
    }

    /// <inheritdoc />
    public override string ToString() => IsFixed
        ? Min.ToString(CultureInfo.InvariantCulture)
        : $"{Min.ToString(CultureInfo.InvariantCulture)}-{Max.ToString(CultureInfo.InvariantCulture)}";
}
