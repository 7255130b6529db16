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
            .Column("Week", noWrap: true).Column("Days", noWrap: true).Column("Done", noWrap: true).Column("Why");
        foreach (var w in s.Weeks)
        {
            table.Row(
                w.Number == w.Week ? w.Week.ToString(CultureInfo.InvariantCulture) : $"{w.Number} (plays {w.Week})",
                string.Join(" ", w.Sessions.Select(Mark)),
                $"{w.Done}/{w.Planned}",
                Printable.Markup(w.Why));
        }
        table.Write(host);
        var current = s.Weeks[^1];
        c.MarkupLine("[bold]Minutes this week[/] " + string.Join(", ", current.Areas.Select(a =>
            $"{Plain.Tag(a.Area)} {a.Done.ToString("0.#", CultureInfo.InvariantCulture)} of {a.Planned.ToString("0.#", CultureInfo.InvariantCulture)}")));
        c.MarkupLine("[grey]✓ done  ✗ missed  ▸ today  · to come  ↪ carried from a missed day[/]");
    }

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
