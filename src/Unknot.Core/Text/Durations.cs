using System.Globalization;

namespace Unknot.Text;

/// <summary>Formats lengths of time the way a timer shows them.</summary>
public static class Durations
{
    /// <summary>
    /// Time left, as a countdown shows it: <c>0:05</c>, <c>4:41</c>, <c>1:02:03</c>, rounded up (4.2 s left reads
    /// 0:05 until 4 s are left); negative values count as zero.
    /// </summary>
    public static string Clock(TimeSpan span) => Format((long)Math.Max(0, Math.Ceiling(span.TotalSeconds - 1e-9)));

    /// <summary>
    /// Time gone by, rounded down, so that elapsed and <see cref="Clock(TimeSpan)"/> of what is left always add up
    /// to the whole (0.2 s into a 30 s hold reads 0:00 elapsed and 0:30 left).
    /// </summary>
    public static string Elapsed(TimeSpan span) => Format((long)Math.Max(0, Math.Floor(span.TotalSeconds + 1e-9)));

    private static string Format(long total)
    {
        var hours = total / 3600;
        var minutes = total / 60 % 60;
        var seconds = total % 60;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}:{seconds:00}");
    }

    /// <summary>
    /// A length in words for a list: seconds below a minute (<c>45 s</c>), else whole minutes, half a minute and up
    /// rounding up (<c>1 min</c>, <c>2 min</c> for 90 s); never a fraction of a minute.
    /// </summary>
    public static string Short(int seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        return seconds < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{(seconds + 30) / 60} min");
    }

    /// <summary>Whole seconds as a clock reading.</summary>
    public static string Clock(int seconds) => Clock(TimeSpan.FromSeconds(seconds));
}
