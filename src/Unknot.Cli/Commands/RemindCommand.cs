using System.CommandLine;
using Unknot.App.Hosting;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.Cli.Json;
using Unknot.Reminders;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot remind</c>: break reminders by active time; <c>--simulate</c> shows when they would come for a trace.</summary>
internal static class RemindCommand
{
    public static Command Create(CliHost host)
    {
        var simulate = new Option<string?>("--simulate") { Description = "An activity trace (JSON, see docs/reminders.md): print when reminders would come for it" };
        var install = new Option<bool>("--install") { Description = "Run the reminders at every login, as a systemd user service" };
        var uninstall = new Option<bool>("--uninstall") { Description = "Remove the systemd user service" };
        var status = new Option<bool>("--status") { Description = "Whether the reminders run, the idle source in use, active time today and the next reminder" };
        var json = CommonOptions.Json();
        var command = new Command("remind", "Break reminders that count only the time you are at the computer (settings: remind-every, remind-break, remind-hours, …)")
        {
            simulate, status, install, uninstall, json,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(install) || parse.GetValue(uninstall))
            {
                return Service(host, parse.GetValue(install));
            }
            if (parse.GetValue(status))
            {
                return Status(host, parse.GetValue(json));
            }
            if (parse.GetValue(simulate) is not { } path)
            {
                using var running = host.OpenUser();
                var service = new Remind.ReminderService(host, host.Desktop, running.Store, running.Preferences, running.Zone, running.Library.Catalog);
                service.RunAsync(host.Cancel).GetAwaiter().GetResult();
                return 0;
            }
            var trace = ReadTrace(path);
            using var user = host.OpenUserIfExists();
            var reminders = ReminderSimulation.Run(user.Preferences.Remind, user.Zone, trace);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(host.Out, ReminderSimulationView.From(reminders));
                return 0;
            }
            if (reminders.Count == 0)
            {
                host.Out.WriteLine("No reminder for this trace.");
            }
            foreach (var r in reminders)
            {
                host.Out.WriteLine($"{TimeZoneInfo.ConvertTime(r.At, user.Zone):ddd HH:mm:ss}  minute {r.Minute,6:0.##}  {r.Reason}");
            }
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Writes (or removes) the user unit and asks systemd to start it at login and now (or to stop it). Enabling it is
    /// the point: when systemd cannot, that is said in one line with what to do, exit code 1.
    /// </summary>
    private static int Service(CliHost host, bool install)
    {
        var path = Path.Combine(host.UserUnits, ReminderUnit.Name);
        if (!install)
        {
            var disabled = Systemctl(host, ["--user", "disable", "--now", ReminderUnit.Name]);
            if (disabled is not null)
            {
                host.Error.WriteLine($"warning: {disabled}; run 'systemctl --user disable --now {ReminderUnit.Name}' yourself in your desktop session");
            }
            var existed = File.Exists(path);
            File.Delete(path);
            Systemctl(host, ["--user", "daemon-reload"]);
            host.Out.WriteLine(existed ? $"Removed {path}." : $"There was no {path}.");
            return 0;
        }
        var command = host.ProgramCommand ?? throw new CliError("cannot tell where this program is; run 'unknot remind' from your session's start-up instead");
        Directory.CreateDirectory(host.UserUnits);
        File.WriteAllText(path, ReminderUnit.Text(command, host.Home));
        host.Out.WriteLine($"Wrote {path}.");
        foreach (var step in new[] { new[] { "--user", "daemon-reload" }, ["--user", "enable", "--now", ReminderUnit.Name] })
        {
            if (Systemctl(host, step) is { } failed)
            {
                throw new CliUnavailable($"the reminders are not enabled: {failed}; in your desktop session run 'systemctl --user enable --now {ReminderUnit.Name}' "
                    + $"(the unit is written), or start 'unknot remind' from your desktop's autostart");
            }
        }
        host.Out.WriteLine("The reminders start at every login; 'unknot remind --status' shows them, 'unknot remind --uninstall' removes them.");
        return 0;
    }

    /// <summary>Runs <c>systemctl</c>; null when it succeeded, else what went wrong, in words.</summary>
    private static string? Systemctl(CliHost host, string[] arguments) => host.Desktop.Run("systemctl", arguments, TimeSpan.FromSeconds(30)) switch
    {
        (0, _) => null,
        null => "systemctl could not be run or did not answer (no systemd here?)",
        _ => $"'systemctl {string.Join(' ', arguments)}' failed (no systemd user session here?)",
    };

    private static int Status(CliHost host, bool json)
    {
        var now = host.Time.GetUtcNow();
        RemindStatusView? written = null;
        try
        {
            var text = File.ReadAllText(Path.Combine(host.Home, RemindStatusView.File));
            written = System.Text.Json.JsonSerializer.Deserialize(text, AppJson.Indented.Info<RemindStatusView>());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            // Not running, or never ran.
        }
        using var user = host.OpenUserIfExists();
        var today = Unknot.Progress.TimeZones.LocalDay(now, user.Zone);
        var view = written is { UpdatedAt: { } updated } && now - updated <= RemindStatusView.Fresh && now >= updated
            ? written
            : new RemindStatusView(false, new Remind.IdleSources(host.Desktop, TimeSpan.FromSeconds(5)).Find()?.Name,
                user.Exists ? user.Store.ActiveDays(today).Sum(d => d.Seconds) : 0, null, written?.UpdatedAt, null);
        view = view.Source is null ? view with { Warning = RemindStatusView.NoIdleSource } : view;
        if (json)
        {
            JsonOutput.Write(host.Out, view);
            return 0;
        }
        host.Out.WriteLine(view.Running ? "Reminders are running." : "Reminders are not running (start them with: unknot remind).");
        host.Out.WriteLine($"Idle source: {view.Source ?? "none"}");
        host.Out.WriteLine($"Active today: {Text.Durations.Elapsed(TimeSpan.FromSeconds(view.ActiveSecondsToday))}");
        if (view.NextReminder is { } next)
        {
            host.Out.WriteLine($"Next reminder: {TimeZoneInfo.ConvertTime(next, user.Zone):HH:mm:ss} if you stay active");
        }
        if (view.Warning is { } warning)
        {
            host.Out.WriteLine($"warning: {warning}");
        }
        return 0;
    }

    /// <summary>The trace in the file at <paramref name="path"/>, or one line naming the file and what is wrong in it.</summary>
    private static ActivityTrace ReadTrace(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"{path}: cannot be read: {e.Message}");
        }
        return JsonInput.Read(text).Then(ActivityTraceReader.Read).TryGetValue(out var trace, out var problem)
            ? trace
            : throw new CliError($"{path}: {problem.ToString().Replace("(body): the body", "the file", StringComparison.Ordinal)}");
    }
}
