using System.CommandLine;
using System.Globalization;
using Spectre.Console;
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
        var json = CommonOptions.Json();
        var command = new Command("history", "List your sessions, newest first") { days, json };
        command.SetAction(parse =>
        {
            DateTimeOffset? since = null;
            if (parse.GetValue(days) is { } text)
            {
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 36500)
                {
                    throw new CliError($"--days must be a whole number of days from 1, got '{text}'");
                }
                since = host.Time.GetUtcNow().AddDays(-n);
            }
            using var profile = Profile.Open(host);
            var sessions = profile.Store.Sessions(since);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, sessions.Select(SessionView.From));
                return 0;
            }
            if (sessions.Count == 0)
            {
                host.Out.WriteLine(since is null ? "No sessions yet. 'unknot start desk-break' is a good first one." : "No sessions in that time.");
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
            if (sessions.Any(s => !s.Completed && s.Checkpoint is not null))
            {
                host.Console.MarkupLine("[grey]'unknot resume' continues the latest unfinished session.[/]");
            }
            return 0;
        });
        return command;
    }
}
