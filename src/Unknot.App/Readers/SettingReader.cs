using Unknot.App.Fields;
using Unknot.Preferences;
using Unknot.Reminders;

namespace Unknot.App.Readers;

/// <summary>Reads one setting — <c>unknot settings KEY VALUE</c>, the settings form, <c>PUT /api/settings</c>, an import.</summary>
public static class SettingReader
{
    /// <summary>The word that puts a setting back to its default.</summary>
    public const string Default = "default";

    /// <summary>
    /// The checked value for <paramref name="key"/> in the field <c>value</c> of <paramref name="body"/>, null meaning "back to the default" (for <c>default</c> or an empty
    /// value), or the problem, named by the key.
    /// </summary>
    public static ReadResult<string?> Read(string key, Input body) =>
        ReadResult<string?>.From(() => body.Optional("value")?.String(UserPreferences.MaxValue)).Then(value => Read(key, value));

    /// <summary>The checked value of <paramref name="key"/> given as <paramref name="value"/>, as above.</summary>
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

    /// <summary>
    /// What the settings form says next to a field whose value <see cref="Read(string, string?)"/> refused: a whole sentence in the
    /// form's words, where the problem itself names the key for the command line and the API.
    /// </summary>
    public static string Sentence(string key, string? value)
    {
        string Length(TimeSpan longest, string example) =>
            $"Give a length from {ReminderValues.Show(ReminderSettings.Shortest)} to {ReminderValues.Show(longest)}, such as {example} or 1h30m.";
        return key switch
        {
            "level" or "focus" or "remind-place" or "remind-player" => "Choose one from the list.",
            "voice" => "Choose on or off.",
            "voice-name" => $"Give a voice name of at most {UserPreferences.MaxVoiceName} characters, or leave it empty for the default.",
            "beep-volume" => "Choose a volume between 0 and 100.",
            "time-zone" => $"Unknot does not know the time zone \u2018{value?.Trim()}\u2019: give a name such as Europe/Paris or America/New_York.",
            "remind-every" => Length(ReminderSettings.LongestEvery, "45m"),
            "remind-break" => Length(ReminderSettings.LongestBreak, "3m"),
            "remind-snooze" => Length(ReminderSettings.LongestEvery, "10m"),
            "remind-hours" => "Give a start and a later end, such as 09:00-18:00.",
            "remind-days" => "Give days such as mon-fri, or mon,wed,fri.",
            "remind-max-repeats" => $"Choose between 0 and {ReminderSettings.MostRepeats} times.",
            _ => "This setting is not known here.",
        };
    }
}
