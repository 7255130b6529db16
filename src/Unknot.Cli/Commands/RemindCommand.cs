using System.CommandLine;
using Unknot.App.Input;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.Cli.Json;
using Unknot.Reminders;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot remind</c>: break reminders by active time; <c>--simulate</c> shows when they would come for a trace.</summary>
internal static class RemindCommand
{
    public static Command Create(CliHost host)
    {
        var simulate = new Option<string?>("--simulate") { Description = "An activity trace (JSON, see docs/reminders.md): print when reminders would come for it" };
        var json = CommonOptions.Json();
        var command = new Command("remind", "Break reminders that count only the time you are at the computer (settings: remind-every, remind-break, remind-hours, …)")
        {
            simulate, json,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(simulate) is not { } path)
            {
                throw new CliError("give --simulate FILE (the reminder service itself is not part of this version yet)");
            }
            var trace = ReadTrace(path);
            using var profile = Profile.OpenIfExists(host);
            var reminders = ReminderSimulation.Run(profile.Preferences.Remind, profile.Zone, trace);
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
                host.Out.WriteLine($"{TimeZoneInfo.ConvertTime(r.At, profile.Zone):ddd HH:mm:ss}  minute {r.Minute,6:0.##}  {r.Reason}");
            }
            return 0;
        });
        return command;
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
        var json = ReadResult<JsonInput>.From(() => JsonInput.Parse(text));
        var read = json.Succeeded ? ActivityTraceReader.Read(json.Value!) : new ReadResult<ActivityTrace>(null, json.Problem);
        return read.Succeeded ? read.Value! : throw new CliError($"{path}: {read.Problem!.ToString().Replace("(body): the body", "the file", StringComparison.Ordinal)}");
    }
}
