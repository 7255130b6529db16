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
        var command = new Command("history", "List your sessions, newest first, a page at a time; correct or delete one")
        {
            days, since, until, limit, before, json, CreateDelete(host), CreateEdit(host),
        };
        command.SetAction(parse =>
        {
            using var user = host.OpenUser();
            var request = CliError.ValueOf(HistoryRequest.Read(Options.Fields(parse, days, since, until, limit, before), user.Zone, host.Time));
            var page = CliError.ValueOf(request.Page(user.Store));
            var sessions = page.Sessions;
            Unreadable(host, user.Store);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, sessions.Select(SessionView.From).ToArray());
                return 0;
            }
            if (sessions.Count == 0)
            {
                host.Out.WriteLine(request is { Since: null, Until: null, Before: null } ? "No sessions yet. 'unknot start desk-break' is a good first one." : "No sessions in that time.");
                return 0;
            }
            var table = new FittedTable(TableBorder.Rounded)
                .Column("Id", noWrap: true).Column("When").Column("Routine").Column("Minutes", drop: 2).Column("Done/skipped", drop: 3)
                .Column("Pain", noWrap: true).Column("Status", noWrap: true).Column("Note", drop: 1);
            foreach (var s in sessions)
            {
                var local = TimeZoneInfo.ConvertTime(s.StartedAt, TimeZones.Find(s.TimeZone));
                table.Row(
                    s.Id.ToString()[..8],
                    local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture),
                    Printable.Markup(s.Routine.Name),
                    s.DoneMinutes.ToString("0.0", CultureInfo.InvariantCulture),
                    $"{s.Segments.Count(g => g.Outcome == SegmentOutcome.Done)}/{s.Segments.Count(g => g.Outcome == SegmentOutcome.Skipped)}",
                    s.PainBefore is null && s.PainAfter is null ? "–" : $"{s.PainBefore?.ToString() ?? "?"} → {s.PainAfter?.ToString() ?? "?"}",
                    s.Status == SessionStatus.Unfinished ? $"[yellow]{Kebab.Of(s.Status)}[/]" : Kebab.Of(s.Status),
                    // The note, and the camera checks of the neck (before → after) where there were any.
                    Printable.Markup(string.Join("\n", new[] { s.Note, s.Measurements is { } m ? $"neck: {m.Summary()}" : null }.OfType<string>())));
            }
            table.Write(host);
            if (page.Next is { } next)
            {
                host.Out.WriteLine($"Older sessions: unknot history --before {next}");
            }
            if (sessions.Any(s => s.Resumable))
            {
                host.Console.MarkupLine("[grey]'unknot resume' continues the latest unfinished session.[/]");
            }
            return 0;
        });
        return command;
    }

    private static Command CreateDelete(CliHost host)
    {
        var id = new Argument<string>("id") { Description = "The session's id, or its first 6 or more characters (the Id column)" };
        var command = new Command("delete", "Delete a session; it leaves the statistics too") { id };
        command.SetAction(parse =>
        {
            using var user = host.OpenUser();
            var sessionId = CliError.ValueOf(HistoryRequest.SessionId(Options.Argument("id", parse.GetValue(id)), user.Store), "id");
            var session = user.Store.Find(sessionId);
            user.Store.Delete(sessionId);
            host.Out.WriteLine(session is null
                ? $"Deleted the session {sessionId}, which could not be read."
                : $"Deleted the session of {Printable.Line(session.Routine.Name)} on {Local(session)}.");
            return 0;
        });
        return command;
    }

    private static Command CreateEdit(CliHost host)
    {
        var id = new Argument<string>("id") { Description = "The session's id, or its first 6 or more characters (the Id column)" };
        var painBefore = new Option<string?>("--pain-before") { Description = "Pain before, 0-10" };
        var painAfter = new Option<string?>("--pain-after") { Description = "Pain after, 0-10" };
        var note = new Option<string?>("--note") { Description = "The note (\"\" removes it)" };
        var command = new Command("edit", "Correct a session's pain before, pain after or note") { id, painBefore, painAfter, note };
        command.SetAction(parse =>
        {
            var edit = CliError.ValueOf(SessionEdit.Read(Options.Fields(parse, painBefore, painAfter, note)));
            using var user = host.OpenUser();
            var session = CliError.ValueOf(HistoryRequest.Session(Options.Argument("id", parse.GetValue(id)), user.Store), "id");
            var changed = edit.ApplyTo(session);
            user.Store.Save(changed);
            host.Out.WriteLine($"Changed the session of {Printable.Line(session.Routine.Name)} on {Local(session)}: pain {changed.PainBefore?.ToString() ?? "?"} → {changed.PainAfter?.ToString() ?? "?"}{(changed.Note is null ? "" : $", note \"{Printable.Line(changed.Note)}\"")}.");
            return 0;
        });
        return command;
    }

    /// <summary>One warning per stored session that cannot be read (it is left out of every list and figure).</summary>
    internal static void Unreadable(CliHost host, Storage.IUnknotStore store)
    {
        foreach (var bad in store.Unreadable())
        {
            host.Error.WriteLine($"warning: session {bad.Id} cannot be read ({Printable.Line(bad.Reason)}) and is left out; 'unknot history delete {bad.Id[..8]}' removes it");
        }
    }

    private static string Local(SessionRecord s) =>
        TimeZoneInfo.ConvertTime(s.StartedAt, TimeZones.Find(s.TimeZone)).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
}
