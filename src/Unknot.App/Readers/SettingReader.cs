using Unknot.App.Input;
using Unknot.Preferences;

namespace Unknot.App.Readers;

/// <summary>Reads one setting — <c>unknot settings KEY VALUE</c>, the settings form, <c>PUT /api/settings</c>, an import.</summary>
public static class SettingReader
{
    /// <summary>The word that puts a setting back to its default.</summary>
    public const string Default = "default";

    /// <summary>
    /// The checked value for <paramref name="key"/>, null meaning "back to the default" (for <c>default</c> or an empty
    /// value), or the problem, named by the key.
    /// </summary>
    public static ReadResult<string?> Read(string key, string? value) => ReadResult<string?>.From(() =>
    {
        if (!UserPreferences.IsKnown(key))
        {
            throw new FieldException(key, UserPreferences.UnknownKey(key));
        }
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed == Default)
        {
            return null;
        }
        return UserPreferences.Check(key, trimmed) is { } problem ? throw new FieldException(key, problem) : trimmed;
    });
}
