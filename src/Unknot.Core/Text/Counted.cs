using System.Globalization;

namespace Unknot.Text;

/// <summary>A number with its noun in the right form: "1 segment", "2 segments", "0 sessions".</summary>
public static class Counted
{
    /// <summary>
    /// <paramref name="count"/> and <paramref name="one"/>, or <paramref name="many"/> (default: <paramref name="one"/>
    /// plus "s") for any count but 1.
    /// </summary>
    public static string Of(int count, string one, string? many = null) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many ?? one + "s")}";
}
