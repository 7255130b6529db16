using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Text;

namespace Unknot.Storage;

/// <summary>Reads the user's settings into values, the same way for the CLI and the web app.</summary>
public static class UserSettings
{
    /// <summary>The <c>level</c> setting, or null when unset or unreadable.</summary>
    public static Level? Level(IReadOnlyDictionary<string, string> settings) =>
        settings.TryGetValue("level", out var text) && Kebab.TryParse<Level>(text, out var level) ? level : null;

    /// <summary>The <c>time-zone</c> setting, or null when unset or unknown on this machine.</summary>
    public static TimeZoneInfo? Zone(IReadOnlyDictionary<string, string> settings) =>
        settings.TryGetValue("time-zone", out var id) && TimeZones.Exists(id) ? TimeZones.Find(id) : null;
}
