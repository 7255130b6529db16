using Unknot.Progress;

namespace Unknot.Storage;

/// <summary>One user's settings, as keys and values.</summary>
public interface ISettingsStore
{
    /// <summary>Every setting of the user.</summary>
    IReadOnlyDictionary<string, string> Settings();


    /// <summary>Sets a setting, or removes it when <paramref name="value"/> is null.</summary>
    void SetSetting(string key, string? value);

}
