using System.CommandLine;
using Unknot.Storage.Exchange;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot settings [KEY [VALUE]]</c>: level, voice and time zone defaults.</summary>
internal static class SettingsCommand
{
    public static Command Create(CliHost host)
    {
        var key = new Argument<string?>("key") { Description = $"One of: {string.Join(", ", ExportReader.SettingRules.Keys)}", Arity = ArgumentArity.ZeroOrOne };
        var value = new Argument<string?>("value") { Description = "The new value; 'default' removes the setting", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("settings", "Show or change your defaults: level, voice (on/off), time-zone") { key, value };
        command.SetAction(parse =>
        {
            using var profile = Profile.Open(host);
            var name = parse.GetValue(key);
            if (name is null)
            {
                var settings = profile.Store.Settings();
                foreach (var known in ExportReader.SettingRules.Keys)
                {
                    host.Out.WriteLine($"{known} = {settings.GetValueOrDefault(known) ?? $"(default: {Default(known, profile)})"}");
                }
                return 0;
            }
            if (!ExportReader.SettingRules.TryGetValue(name, out var rule))
            {
                throw new CliError($"unknown setting '{name}' — known: {string.Join(", ", ExportReader.SettingRules.Keys)}");
            }
            var newValue = parse.GetValue(value);
            if (newValue is null)
            {
                host.Out.WriteLine(profile.Store.Settings().GetValueOrDefault(name) ?? $"(default: {Default(name, profile)})");
                return 0;
            }
            if (newValue == "default")
            {
                profile.Store.SetSetting(name, null);
                host.Out.WriteLine($"{name} is back to its default ({Default(name, profile)}).");
                return 0;
            }
            if (rule(newValue) is { } problem)
            {
                throw new CliError($"{name}: {problem}");
            }
            profile.Store.SetSetting(name, newValue);
            host.Out.WriteLine($"{name} = {newValue}");
            return 0;
        });
        return command;
    }

    private static string Default(string key, Profile profile) => key switch
    {
        "level" => "standard",
        "voice" => "off in the terminal, on in the browser",
        _ => profile.Zone.Id,
    };
}
