using System.Globalization;

namespace Unknot.Text;

/// <summary>Formats lengths of time the way a timer shows them.</summary>
public static class Durations
{
    /// <summary><c>0:05</c>, <c>4:41</c>, <c>1:02:03</c>; negative values count as zero.</summary>
    public static string Clock(TimeSpan span)
    {
        var total = (long)Math.Max(0, Math.Ceiling(span.TotalSeconds - 1e-9));
        var hours = total / 3600;
        var minutes = total / 60 % 60;
        var seconds = total % 60;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}:{seconds:00}");
    }

    /// <summary>Whole seconds as a clock reading.</summary>
    public static string Clock(int seconds) => Clock(TimeSpan.FromSeconds(seconds));
}
