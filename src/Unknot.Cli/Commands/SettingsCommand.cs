using System.CommandLine;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.Cli.Completion;
using Unknot.Cli.Json;
using Unknot.Preferences;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot settings [KEY [VALUE]]</c>: level, voice, voice name, beep volume and time zone.</summary>
internal static class SettingsCommand
{
    public static Command Create(CliHost host)
    {
        var key = new Argument<string?>("key") { Description = $"One of: {string.Join(", ", UserPreferences.Keys)}", Arity = ArgumentArity.ZeroOrOne }
            .Offering(() => UserPreferences.Keys);
        var value = new Argument<string?>("value") { Description = $"The new value; '{SettingReader.Default}' puts it back to the default", Arity = ArgumentArity.ZeroOrOne };
        // The values a key takes when they are a set of words (level, voice…), for the key typed before.
        value.CompletionSources.Add(context => context.ParseResult.GetValue(key) is { } typed ? UserPreferences.Choices(typed) : []);
        value.HelpName = value.Name;
        var json = CommonOptions.Json();
        var command = new Command("settings", "Show or change your defaults: level, focus (the part to loosen: all, neck, upper-back, shoulders), voice (on/off), voice-name, beep-volume, time-zone, and the break reminders' remind-every, remind-break, remind-hours, remind-days, remind-place, remind-snooze, remind-max-repeats, remind-player") { key, value, json };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(key);
            var newValue = parse.GetValue(value);
            if (name is not null && !UserPreferences.IsKnown(name))
            {
                throw CliError.Field(SettingReader.Read(name, newValue).Problem!);
            }
            using var user = newValue is null ? host.OpenUserIfExists() : host.OpenUser();
            if (newValue is null)
            {
                var all = SettingView.All(user.Preferences, user.Settings, host.Time.LocalTimeZone).Where(s => name is null || s.Key == name).ToArray();
                if (parse.GetValue(json))
                {
                    JsonOutput.Write(host.Out, all);
                    return 0;
                }
                foreach (var setting in all)
                {
                    host.Out.WriteLine(name is null
                        ? $"{setting.Key} = {setting.Value}{(setting.IsDefault ? " (default)" : "")}"
                        : setting.Value);
                }
                return 0;
            }
            var read = SettingReader.Read(name!, newValue);
            if (!read.TryGetValue(out var checkedValue, out var problem))
            {
                throw CliError.Field(problem);
            }
            user.Store.SetSetting(name!, checkedValue);
            var now = UserPreferences.From(user.Store.Settings());
            host.Out.WriteLine(checkedValue is null
                ? $"{name} is back to its default ({now.Show(name!, host.Time.LocalTimeZone)})."
                : $"{name} = {now.Show(name!, host.Time.LocalTimeZone)}");
            return 0;
        });
        return command;
    }
}
