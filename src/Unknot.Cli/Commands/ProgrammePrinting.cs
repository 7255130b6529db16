using System.Globalization;
using Spectre.Console;
using Unknot.App.Views;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary>How a programme and where it stands look in a terminal.</summary>
internal static class ProgrammePrinting
{
    /// <summary>The programme: its name, weeks, sessions, the first and last dose, and where its numbers come from.</summary>
    public static void Programme(CliHost host, ProgrammeView p)
    {
        var c = host.Console;
        c.MarkupLine($"[bold]{Printable.Markup(p.Name)}[/] ({Counted.Of(p.Weeks, "week")})");
        c.MarkupLine(Printable.Markup(p.Description));
        foreach (var s in p.Sessions)
        {
            c.MarkupLine($"  {Printable.Markup(s.Name)} on {Printable.Markup(s.Days)}{(s.When.Length > 0 ? $", {Printable.Markup(s.When)}" : "")}");
        }
        c.MarkupLine($"[bold]First week[/] {Printable.Markup(p.Start.Words)}");
        c.MarkupLine($"[bold]Last week[/]  {Printable.Markup(p.Final.Words)}");
        c.MarkupLine($"[grey]{Printable.Markup(p.Basis)}[/]");
    }

    /// <summary>Where the programme stands: today, each week planned against done with the reason for its dose, this week's minutes per area.</summary>
    public static void Status(CliHost host, ProgrammeStatusView s)
    {
        var c = host.Console;
        c.MarkupLine($"[bold]{Printable.Markup(s.Program.Name)}[/] · started {s.StartedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} · {s.Status}");
        c.MarkupLine(Printable.Markup(s.Line));
        var table = new FittedTable(TableBorder.Rounded)
            .Column("Week", noWrap: true).Column("Days", noWrap: true).Column("Done", noWrap: true).Column("Minutes done of planned", drop: 1).Column("Why");
        foreach (var w in s.Weeks)
        {
            table.Row(
                w.Number == w.Week ? w.Week.ToString(CultureInfo.InvariantCulture) : $"{w.Number} (plays {w.Week})",
                string.Join(" ", w.Sessions.Select(Mark)),
                $"{w.Done}/{w.Planned}",
                Minutes(w.Areas),
                Printable.Markup(w.Why));
        }
        table.Write(host);
        c.MarkupLine("[grey]✓ done  ✗ missed  ▸ today  · to come  ↪ carried from a missed day[/]");
    }

    /// <summary>The programmes followed before, one row each.</summary>
    public static void History(CliHost host, IReadOnlyList<ProgrammeEnrolmentView> past)
    {
        var table = new FittedTable(TableBorder.Rounded).Column("Programme").Column("From", noWrap: true).Column("To", noWrap: true)
            .Column("Ended", noWrap: true).Column("Reached", noWrap: true).Column("Sessions", noWrap: true);
        foreach (var p in past)
        {
            table.Row(Printable.Markup(p.Name), Day(p.StartedOn), p.StoppedOn is { } stopped ? Day(stopped) : "", p.Status,
                $"week {p.Week} of {p.Weeks}", $"{p.Done}/{p.Planned}");
        }
        table.Write(host);
    }

    /// <summary>Minutes per area a week: "neck 6 of 8, upper back 3 of 6".</summary>
    private static string Minutes(IEnumerable<AreaMinutesView> areas) => string.Join(", ", areas.Where(a => a.Planned > 0).Select(a =>
        $"{Plain.Tag(a.Area)} {a.Done.ToString("0.#", CultureInfo.InvariantCulture)} of {a.Planned.ToString("0.#", CultureInfo.InvariantCulture)}"));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A planned session as its weekday and a mark: "Mon✓", "Wed✗", "Thu▸", "Fri·".</summary>
    private static string Mark(PlannedSessionView p) =>
        p.Day.ToString("ddd", CultureInfo.InvariantCulture) + (p.CarriedFrom is null ? "" : "↪") + p.State switch
        {
            "done" => "✓",
            "missed" => "✗",
            "due" => "▸",
            _ => "·",
        };
}
