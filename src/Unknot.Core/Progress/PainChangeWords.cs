using System.Globalization;

namespace Unknot.Progress;

/// <summary>
/// A change of pain (after minus before) in words, so that a figure such as -2.3 explains itself: "pain 2.3 lower
/// on average", "pain 0.5 higher on average", "no change".
/// </summary>
public static class PainChangeWords
{
    /// <summary>What is said when no session was rated.</summary>
    public const string NotRated = "not rated yet";

    /// <summary>An average change, to a tenth; a change that rounds to 0.0 is no change, and none at all is <see cref="NotRated"/>.</summary>
    public static string Average(double? change)
    {
        if (change is not { } value)
        {
            return NotRated;
        }
        var tenths = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (tenths == 0)
        {
            return "no change";
        }
        var size = Math.Abs(tenths).ToString("0.0", CultureInfo.InvariantCulture);
        return $"pain {size} {(tenths < 0 ? "lower" : "higher")} on average";
    }

    /// <summary>One session's pain before and after: "4 → 2, 2 lower", "3 → 3, no change", or what was rated of it.</summary>
    public static string Session(PainScore? before, PainScore? after) => (before, after) switch
    {
        (null, null) => NotRated,
        ({ } b, { } a) when a.Value == b.Value => $"{b} → {a}, no change",
        ({ } b, { } a) => $"{b} → {a}, {Math.Abs(a.Value - b.Value)} {(a.Value < b.Value ? "lower" : "higher")}",
        ({ } b, null) => $"{b} before, after not rated",
        (null, { } a) => $"{a} after, before not rated",
    };
}
