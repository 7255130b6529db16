using System.Text;
using System.Text.RegularExpressions;
using Unknot.App.Calendar;
using Unknot.App.Fields;
using Unknot.App.Readers;

namespace Unknot.App.Tests;

public sealed class CalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 42, 0, TimeSpan.Zero);

    private static Schedule DeskBreak(string zone, params string[] steps) => new(
        "desk-break", "Desk break", steps.Length > 0 ? steps : ["Neck rotations and tilts: 1 × (chin down 15 s, look up 15 s)", "Chest stretch: hold 30 s"],
        276, [new TimeOnly(10, 30), new TimeOnly(15, 0)],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        TimeZoneInfo.FindSystemTimeZoneById(zone));

    private static string[] Unfolded(string ics) => ics.Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Every_line_ends_in_crlf_and_no_line_is_longer_than_75_octets()
    {
        var ics = ScheduleCalendar.Write(DeskBreak("Europe/Berlin", new string('é', 60) + " — a very long step with ünïcödé in it, to force folding of multibyte text"), Now);

        ics.ShouldEndWith("\r\n");
        ics.Replace("\r\n", "").ShouldNotContain("\n");
        ics.Replace("\r\n", "").ShouldNotContain("\r");
        foreach (var line in ics.Split("\r\n")[..^1])
        {
            Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(75, line);
        }
        Unfolded(ics).ShouldContain(l => l.Contains(new string('é', 60)));
    }

    [Fact]
    public void Folding_never_splits_a_character_and_unfolds_to_the_original()
    {
        var step = string.Concat(Enumerable.Repeat("aé€😀", 40));

        var ics = ScheduleCalendar.Write(DeskBreak("Europe/Berlin", step), Now);

        var physical = ics.Split("\r\n");
        physical.ShouldAllBe(part => !part.StartsWith(" \uDE00"));
        physical.ShouldAllBe(part => !part.EndsWith('\uD83D'));
        Unfolded(ics).ShouldContain(l => l.Contains("1. " + step));
    }

    [Fact]
    public void Text_values_escape_backslashes_semicolons_commas_and_newlines()
    {
        var lines = Unfolded(ScheduleCalendar.Write(DeskBreak("Europe/Berlin", "a\\b;c,d\ne"), Now));

        lines.ShouldContain(l => l.StartsWith("DESCRIPTION:") && l.Contains("1. a\\\\b\\;c\\,d\\ne"));
    }

    [Fact]
    public void One_weekly_event_per_time_with_unique_uids_a_dtstamp_and_an_alarm()
    {
        var lines = Unfolded(ScheduleCalendar.Write(DeskBreak("Europe/Berlin"), Now));

        lines[0].ShouldBe("BEGIN:VCALENDAR");
        lines.ShouldContain("VERSION:2.0");
        lines.ShouldContain(l => l.StartsWith("PRODID:"));
        lines[^1].ShouldBe("END:VCALENDAR");
        lines.Count(l => l == "BEGIN:VEVENT").ShouldBe(2);
        var uids = lines.Where(l => l.StartsWith("UID:")).ToArray();
        uids.Length.ShouldBe(2);
        uids.Distinct().Count().ShouldBe(2);
        lines.Where(l => l.StartsWith("DTSTAMP:")).ShouldAllBe(l => l == "DTSTAMP:20261121T094200Z");
        var events = lines.SkipWhile(l => l != "BEGIN:VEVENT").ToArray();
        events.Where(l => l.StartsWith("RRULE:")).Select(Rule).ShouldBe(["BYDAY=MO,TU,WE,TH,FR;FREQ=WEEKLY", "BYDAY=MO,TU,WE,TH,FR;FREQ=WEEKLY"]);
        lines.ShouldContain("DTSTART;TZID=Europe/Berlin:20261123T103000");
        lines.ShouldContain("DTSTART;TZID=Europe/Berlin:20261123T150000");
        lines.Count(l => l == "BEGIN:VALARM").ShouldBe(2);
        lines.Count(l => l == "ACTION:DISPLAY").ShouldBe(2);
        lines.ShouldContain(l => l.StartsWith("DESCRIPTION:Desk break\\, about 5 minutes:\\n1. Neck rotations and tilts: 1 × (chin down 15 s\\, look up 15 s)"));
        BalancedComponents(lines);
    }

    [Fact]
    public void A_zone_with_daylight_saving_gets_a_vtimezone_with_both_rules()
    {
        var lines = Unfolded(ScheduleCalendar.Write(DeskBreak("Europe/Berlin"), Now));

        var zone = lines.SkipWhile(l => l != "BEGIN:VTIMEZONE").TakeWhile(l => l != "END:VTIMEZONE").ToArray();
        zone.ShouldContain("TZID:Europe/Berlin");
        var rules = zone.Where(l => l.StartsWith("RRULE:")).Select(Rule).ToArray();
        rules.ShouldContain("BYDAY=-1SU;BYMONTH=3;FREQ=YEARLY");
        rules.ShouldContain("BYDAY=-1SU;BYMONTH=10;FREQ=YEARLY");
        zone.ShouldContain("TZOFFSETFROM:+0100");
        zone.ShouldContain("TZOFFSETTO:+0200");
        zone.ShouldContain(l => Regex.IsMatch(l, @"^DTSTART:\d{4}03\d\dT020000$"));
        zone.ShouldContain(l => Regex.IsMatch(l, @"^DTSTART:\d{4}10\d\dT030000$"));
    }

    [Fact]
    public void The_southern_hemisphere_and_second_sunday_rules_come_out_right()
    {
        var sydney = Unfolded(ScheduleCalendar.Write(DeskBreak("Australia/Sydney"), Now));
        var newYork = Unfolded(ScheduleCalendar.Write(DeskBreak("America/New_York"), Now));

        sydney.Where(l => l.StartsWith("RRULE:")).Select(Rule).ShouldContain("BYDAY=1SU;BYMONTH=10;FREQ=YEARLY");
        sydney.Where(l => l.StartsWith("RRULE:")).Select(Rule).ShouldContain("BYDAY=1SU;BYMONTH=4;FREQ=YEARLY");
        newYork.Where(l => l.StartsWith("RRULE:")).Select(Rule).ShouldContain("BYDAY=2SU;BYMONTH=3;FREQ=YEARLY");
        newYork.Where(l => l.StartsWith("RRULE:")).Select(Rule).ShouldContain("BYDAY=1SU;BYMONTH=11;FREQ=YEARLY");
    }

    [Fact]
    public void Utc_users_get_utc_times_and_no_vtimezone()
    {
        var lines = Unfolded(ScheduleCalendar.Write(DeskBreak("Etc/UTC"), Now));

        lines.ShouldNotContain("BEGIN:VTIMEZONE");
        lines.ShouldContain("DTSTART:20261123T103000Z");
    }

    [Theory]
    [InlineData("mon-fri", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })]
    [InlineData("sat-mon", new[] { DayOfWeek.Monday, DayOfWeek.Saturday, DayOfWeek.Sunday })]
    [InlineData("mon,wed,friday", new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday })]
    [InlineData("weekends", new[] { DayOfWeek.Saturday, DayOfWeek.Sunday })]
    public void Days_parse_as_lists_ranges_and_names(string text, DayOfWeek[] expected)
    {
        ScheduleReader.Read(Fields("10:30", text)).GetValueOrThrow().Days.ShouldBe(expected, ignoreOrder: true);
    }

    private static TextInput Fields(string at, string? days) => TextInput.Of([KeyValuePair.Create("at", (string?)at), KeyValuePair.Create("days", days)]);

    [Fact]
    public void Times_come_in_order_once_each_and_days_default_to_the_working_week()
    {
        var read = ScheduleReader.Read(Fields("15:00, 9:30,15:00", null)).GetValueOrThrow();

        read.Times.ShouldBe([new TimeOnly(9, 30), new TimeOnly(15, 0)]);
        read.Days.ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
    }

    [Fact]
    public void Wrong_days_and_times_say_what_would_be_right()
    {
        ScheduleReader.Read(Fields("10:30", "mon-frydai")).Problem.ShouldBe(new FieldProblem("days",
            "must be days such as mon-fri, mon,wed,fri, sat-sun (a day's first letters or its whole name), every-day, weekdays or weekends, got 'mon-frydai'"));
        ScheduleReader.Read(Fields("10:30,25:00", "mon-fri")).Problem.ShouldBe(new FieldProblem("at", "must be 24-hour times such as 10:30,15:00, got '25:00'"));
        ScheduleReader.Read(Fields(" , ", "mon-fri")).Problem.ShouldBe(new FieldProblem("at", "needs at least one time, such as 10:30"));
    }

    /// <summary>A recurrence rule's parts in a fixed order: RFC 5545 lets them come in any order.</summary>
    private static string Rule(string line) => string.Join(";", line["RRULE:".Length..].Split(';').Order(StringComparer.Ordinal));

    private static void BalancedComponents(string[] lines)
    {
        var stack = new Stack<string>();
        foreach (var line in lines)
        {
            var m = Regex.Match(line, "^(BEGIN|END):(.+)$");
            if (!m.Success)
            {
                continue;
            }
            if (m.Groups[1].Value == "BEGIN")
            {
                stack.Push(m.Groups[2].Value);
            }
            else
            {
                stack.Pop().ShouldBe(m.Groups[2].Value);
            }
        }
        stack.ShouldBeEmpty();
    }
}
