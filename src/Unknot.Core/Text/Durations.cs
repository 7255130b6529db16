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

    /// <summary>
    /// A length of time in words, as a sentence says it: seconds below a minute ("40 seconds", never "0.7 min"),
    /// minutes to a tenth below an hour ("1 minute", "12.5 minutes"), hours and whole minutes above
    /// ("2 hours 5 minutes"). Rounded to the second first, so 59.6 s reads "1 minute".
    /// </summary>
    public static string Amount(TimeSpan span)
    {
        var seconds = (long)Math.Max(0, Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero));
        if (seconds == 0)
        {
            return "0 minutes";
        }
        if (seconds < 60)
        {
            return Counted.Of((int)seconds, "second");
        }
        if (seconds < 3600)
        {
            var minutes = Math.Round(seconds / 60.0, 1, MidpointRounding.AwayFromZero);
            return minutes == 1 ? "1 minute" : string.Create(CultureInfo.InvariantCulture, $"{minutes:0.#} minutes");
        }
        var whole = (int)Math.Round(seconds / 60.0, MidpointRounding.AwayFromZero);
        var hours = Counted.Of(whole / 60, "hour");
        return whole % 60 == 0 ? hours : $"{hours} {Counted.Of(whole % 60, "minute")}";
    }

    /// <summary>Minutes (as statistics count them, in tenths) in words: see <see cref="Amount(TimeSpan)"/>.</summary>
    public static string Minutes(double minutes) => Amount(TimeSpan.FromMinutes(minutes));
}
