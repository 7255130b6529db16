using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Unknot.Reminders;

/// <summary>
/// How reminder settings are written: lengths of time (<c>45m</c>, <c>90s</c>, <c>1h30m</c>), working hours
/// (<c>09:00-18:00</c>) and days (<c>mon-fri</c>, <c>mon,wed,fri</c>, <c>every-day</c>). One reader and one writer
/// for each, used by the settings, the simulation and the pages.
/// </summary>
public static partial class ReminderValues
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>A length such as <c>45m</c>, <c>3m</c>, <c>90s</c>, <c>1h30m</c>; null when it is not one.</summary>
    public static TimeSpan? Length(string text)
    {
        var match = LengthPattern().Match(text.Trim());
        if (!match.Success || text.Trim().Length == 0)
        {
            return null;
        }
        long seconds = 0;
        foreach (var (group, unit) in new[] { ("h", 3600L), ("m", 60L), ("s", 1L) })
        {
            if (match.Groups[group].Success)
            {
                if (!long.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 100_000)
                {
                    return null;
                }
                seconds += n * unit;
            }
        }
        return match.Groups.Values.Skip(1).Any(g => g.Success) ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <summary>A length as the settings write it: <c>45m</c>, <c>1h30m</c>, <c>90s</c>.</summary>
    public static string Show(TimeSpan length)
    {
        var total = (long)length.TotalSeconds;
        var text = new StringBuilder();
        if (total >= 3600)
        {
            text.Append(CultureInfo.InvariantCulture, $"{total / 3600}h");
        }
        if (total % 3600 / 60 > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{total % 3600 / 60}m");
        }
        if (total % 60 > 0 || total == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{total % 60}s");
        }
        return text.ToString();
    }

    /// <summary>Working hours <c>HH:MM-HH:MM</c> (the end after the start); null when not.</summary>
    public static (TimeOnly From, TimeOnly To)? Hours(string text)
    {
        var parts = text.Trim().Split('-');
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && TimeOnly.TryParseExact(parts[1].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && to > from)
        {
            return (from, to);
        }
        return null;
    }

    /// <summary>Hours as written.</summary>
    public static string Show((TimeOnly From, TimeOnly To) hours) =>
        $"{hours.From.ToString("HH:mm", CultureInfo.InvariantCulture)}-{hours.To.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>Days: <c>mon-fri</c>, <c>mon,wed,fri</c>, <c>sat-sun</c>, <c>every-day</c>; null when not.</summary>
    public static IReadOnlySet<DayOfWeek>? Days(string text)
    {
        var days = new HashSet<DayOfWeek>();
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed == "every-day")
        {
            return Enum.GetValues<DayOfWeek>().ToHashSet();
        }
        foreach (var part in trimmed.Split(','))
        {
            var range = part.Trim().Split('-');
            var ends = range.Select(r => Array.IndexOf(DayNames, r.Trim())).ToArray();
            if (ends.Length is 0 or > 2 || ends.Any(e => e < 0))
            {
                return null;
            }
            // A range goes forward through the week: fri-mon is fri, sat, sun, mon.
            for (var day = ends[0]; ; day = (day + 1) % 7)
            {
                days.Add((DayOfWeek)day);
                if (day == ends[^1])
                {
                    break;
                }
            }
        }
        return days.Count > 0 ? days : null;
    }

    /// <summary>Days as written, in week order from Monday, ranges folded (<c>mon-fri</c>, <c>mon,wed,fri</c>).</summary>
    public static string Show(IReadOnlySet<DayOfWeek> days)
    {
        if (days.Count == 7)
        {
            return "every-day";
        }
        var order = Enumerable.Range(1, 7).Select(d => (DayOfWeek)(d % 7)).ToArray();
        var parts = new List<string>();
        for (var i = 0; i < order.Length; i++)
        {
            if (!days.Contains(order[i]))
            {
                continue;
            }
            var j = i;
            while (j + 1 < order.Length && days.Contains(order[j + 1]))
            {
                j++;
            }
            parts.Add(j - i >= 2 ? $"{DayNames[(int)order[i]]}-{DayNames[(int)order[j]]}" : string.Join(",", order[i..(j + 1)].Select(d => DayNames[(int)d])));
            i = j;
        }
        return string.Join(",", parts);
    }

    [GeneratedRegex(@"^(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+)s)?$")]
    private static partial Regex LengthPattern();
}
