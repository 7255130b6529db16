using Unknot.Preferences;

namespace Unknot.App.Views;

/// <summary>One setting as <c>unknot settings --json</c> and <c>/api/settings</c> give it: its value in force, and whether it is the default.</summary>
public sealed record SettingView(string Key, string Value, bool IsDefault)
{
    /// <summary>Every setting, in the order they are shown.</summary>
    public static IReadOnlyList<SettingView> All(UserPreferences preferences, IReadOnlyDictionary<string, string> stored, TimeZoneInfo machine) =>
        UserPreferences.Keys.Select(k => new SettingView(k, preferences.Show(k, machine), !stored.ContainsKey(k) || UserPreferences.Check(k, stored[k]) is not null)).ToArray();
}
