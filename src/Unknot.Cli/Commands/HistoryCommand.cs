using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.Cli.Json;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot history</c>: the sessions, newest first.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliHost host)
    {
        var days = new Option<string?>("--days") { Description = "Only the last N days" };
        var since = new Option<string?>("--since") { Description = "Only sessions from this day on (2026-11-01) or this instant" };
        var until = new Option<string?>("--until") { Description = "Only sessions up to and including this day, or before this instant" };
        var limit = new Option<string?>("--limit") { Description = $"At most this many sessions (default {SessionQuery.DefaultLimit}, at most {SessionQuery.MaxLimit})" };
        var before = new Option<string?>("--before") { Description = "Only sessions older than the one with this id (the next page)" };
        var json = CommonOptions.Json();
        var command = new Command("history", "List your sessions, newest first, a page at a time") { days, since, until, limit, before, json };
        command.SetAction(parse =>
        {
            using var profile = Profile.Open(host);
            var request = CliError.Or(HistoryRequest.Read(Options.Fields(parse, days, since, until, limit, before), profile.Zone, host.Time));
            var page = CliError.Or(request.Page(profile.Store));
            var sessions = page.Sessions;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, sessions.Select(SessionView.From));
                return 0;
            }
            if (sessions.Count == 0)
            {
                host.Out.WriteLine(request is { Since: null, Until: null, Before: null } ? "No sessions yet. 'unknot start desk-break' is a good first one." : "No sessions in that time.");
                return 0;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumns("When", "Routine", "Minutes", "Done/skipped", "Pain", "Status", "Note");
            foreach (var s in sessions)
            {
                var local = TimeZoneInfo.ConvertTime(s.StartedAt, TimeZones.Find(s.TimeZone));
                table.AddRow(
                    local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(s.Routine.Name),
                    (s.DoneSeconds / 60.0).ToString("0.0", CultureInfo.InvariantCulture),
                    $"{s.Segments.Count(g => g.Outcome == SegmentOutcome.Done)}/{s.Segments.Count(g => g.Outcome == SegmentOutcome.Skipped)}",
                    s.PainBefore is null && s.PainAfter is null ? "–" : $"{s.PainBefore?.ToString() ?? "?"} → {s.PainAfter?.ToString() ?? "?"}",
                    s.Completed ? "completed" : "[yellow]unfinished[/]",
                    Markup.Escape(s.Note ?? ""));
            }
            host.Console.Write(table);
            if (page.Next is { } next)
            {
                host.Out.WriteLine($"Older sessions: unknot history --before {next}");
            }
            if (sessions.Any(s => !s.Completed && s.Checkpoint is not null))
            {
                host.Console.MarkupLine("[grey]'unknot resume' continues the latest unfinished session.[/]");
            }
            return 0;
        });
        return command;
    }
}
