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

    /// <summary>What a set of days may be written as, for the line that refuses one.</summary>
    public const string DaysExpected = "days such as mon-fri, mon,wed,fri, sat-sun (a day's first letters or its whole name), every-day, weekdays or weekends";

    /// <summary>The line that refuses <paramref name="text"/> as a set of days; null when <see cref="Days"/> reads it.</summary>
    public static string? DaysProblem(string text) => Days(text) is null ? $"must be {DaysExpected}, got '{text}'" : null;

    /// <summary>
    /// Days as anyone types them, for reminders and the calendar alike: <c>mon-fri</c>, <c>mon,wed,friday</c>, <c>fri-mon</c>
    /// (a range goes forward through the week), <c>every-day</c> (or <c>daily</c>), <c>weekdays</c>, <c>weekends</c>; null when not.
    /// </summary>
    public static IReadOnlySet<DayOfWeek>? Days(string text)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var part in text.Trim().ToLowerInvariant().Split(',', StringSplitOptions.TrimEntries))
        {
            switch (part)
            {
                case "every-day" or "everyday" or "daily":
                    days.UnionWith(Enum.GetValues<DayOfWeek>());
                    continue;
                case "weekdays":
                    days.UnionWith(Enum.GetValues<DayOfWeek>().Where(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
                    continue;
                case "weekends" or "weekend":
                    days.UnionWith([DayOfWeek.Saturday, DayOfWeek.Sunday]);
                    continue;
            }
            var ends = part.Split('-', StringSplitOptions.TrimEntries).Select(DayOf).ToArray();
            if (ends.Length is 0 or > 2 || ends.Any(e => e is null))
            {
                return null;
            }
            for (var day = (int)ends[0]!.Value; ; day = (day + 1) % 7)
            {
                days.Add((DayOfWeek)day);
                if (day == (int)ends[^1]!.Value)
                {
                    break;
                }
            }
        }
        return days.Count > 0 ? days : null;
    }

    /// <summary>The day whose English name starts with <paramref name="text"/> (at least its first two letters), or null.</summary>
    private static DayOfWeek? DayOf(string text) =>
        text.Length < 2 ? null : Enum.GetValues<DayOfWeek>().Cast<DayOfWeek?>().FirstOrDefault(d => d.ToString()!.StartsWith(text, StringComparison.OrdinalIgnoreCase));

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
