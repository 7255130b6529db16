using System.Globalization;

namespace Unknot.Storage.Calendar;

/// <summary>
/// Writes a VTIMEZONE for a zone from the offset changes it actually makes in a given year, found by scanning
/// the year in quarter hours, so the rules come out right whatever shape the system's zone data takes.
/// </summary>
public static class VTimeZone
{
    /// <summary>One offset change: the local wall time it happens at (in the old offset) and the offsets around it.</summary>
    public sealed record Transition(DateTime LocalOnset, TimeSpan From, TimeSpan To);

    /// <summary>The offset changes of <paramref name="zone"/> during <paramref name="year"/>.</summary>
    public static IReadOnlyList<Transition> Transitions(TimeZoneInfo zone, int year)
    {
        var transitions = new List<Transition>();
        var step = TimeSpan.FromMinutes(15);
        var instant = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var end = instant.AddYears(1);
        var previous = zone.GetUtcOffset(instant);
        for (instant += step; instant < end; instant += step)
        {
            var offset = zone.GetUtcOffset(instant);
            if (offset != previous)
            {
                transitions.Add(new Transition((instant + previous).DateTime, previous, offset));
                previous = offset;
            }
        }
        return transitions;
    }

    /// <summary>The VTIMEZONE lines (unfolded) for <paramref name="zone"/> as it behaves in <paramref name="year"/>.</summary>
    public static IReadOnlyList<string> Lines(TimeZoneInfo zone, int year)
    {
        var lines = new List<string> { "BEGIN:VTIMEZONE", $"TZID:{zone.Id}" };
        var transitions = Transitions(zone, year);
        if (transitions.Count == 0)
        {
            var offset = Offset(zone.GetUtcOffset(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero)));
            lines.AddRange(["BEGIN:STANDARD", "DTSTART:19700101T000000", $"TZOFFSETFROM:{offset}", $"TZOFFSETTO:{offset}", "END:STANDARD"]);
        }
        foreach (var t in transitions)
        {
            var kind = t.To > t.From ? "DAYLIGHT" : "STANDARD";
            var onset = t.LocalOnset;
            var firstYear = FirstOnset(onset);
            lines.Add($"BEGIN:{kind}");
            lines.Add($"DTSTART:{firstYear:yyyyMMdd'T'HHmmss}");
            lines.Add($"RRULE:FREQ=YEARLY;BYMONTH={onset.Month};BYDAY={Ordinal(onset)}{Day(onset.DayOfWeek)}");
            lines.Add($"TZOFFSETFROM:{Offset(t.From)}");
            lines.Add($"TZOFFSETTO:{Offset(t.To)}");
            lines.Add($"END:{kind}");
        }
        lines.Add("END:VTIMEZONE");
        return lines;
    }

    /// <summary>RFC 5545 weekday code.</summary>
    public static string Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        DayOfWeek.Saturday => "SA",
        _ => "SU",
    };

    /// <summary>"+0100", "-0330".</summary>
    public static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    // The same weekday-of-month rule, first applied in 1970: "-1" for the last such weekday, else its number.
    private static string Ordinal(DateTime onset)
    {
        var last = onset.Day + 7 > DateTime.DaysInMonth(onset.Year, onset.Month);
        return last ? "-1" : ((onset.Day - 1) / 7 + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static DateTime FirstOnset(DateTime onset)
    {
        var ordinal = Ordinal(onset);
        var daysInMonth = DateTime.DaysInMonth(1970, onset.Month);
        var candidates = Enumerable.Range(1, daysInMonth)
            .Select(d => new DateTime(1970, onset.Month, d, onset.Hour, onset.Minute, 0))
            .Where(d => d.DayOfWeek == onset.DayOfWeek)
            .ToArray();
        var day = ordinal == "-1" ? candidates[^1] : candidates[int.Parse(ordinal, CultureInfo.InvariantCulture) - 1];
        return day;
    }
}
