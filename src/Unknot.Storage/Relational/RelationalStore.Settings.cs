namespace Unknot.Storage.Relational;

/// <summary>The settings facet.</summary>
public abstract partial class RelationalStore
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Settings() => Salvaged(() => SettingsOf(UserId), new Dictionary<string, string>(), "settings");

    /// <summary>The settings of any user.</summary>
    internal IReadOnlyDictionary<string, string> SettingsOf(string userId) =>
        Connection.Query<SettingRow>(StoreSql.Settings, new { UserId = userId }).ToDictionary(p => p.Key, p => p.Value);

    internal sealed class SettingRow
    {
        public string Key { get; init; } = "";

        public string Value { get; init; } = "";
    }

    /// <inheritdoc />
    public void SetSetting(string key, string? value) =>
        Connection.Execute(value is null ? StoreSql.DeleteSetting : StoreSql.SetSetting, new { UserId, Key = key, Value = value });
}
