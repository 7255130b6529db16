using System.Globalization;
using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Text;

namespace Unknot.Preferences;

/// <summary>
/// The user's defaults, typed, with one rule per key for what may be stored and what applies when nothing is.
/// Every surface reads them through <see cref="From"/>; an explicit flag or field always wins over them.
/// </summary>
public sealed record UserPreferences
{
    /// <summary>The level played when none is given.</summary>
    public Level Level { get; init; } = Level.Standard;

    /// <summary>The part the person most wants to loosen (asked by the first-run welcome).</summary>
    public Planning.FocusArea Focus { get; init; } = Planning.FocusArea.All;

    /// <summary>Whether cues are spoken.</summary>
    public bool Voice { get; init; } = true;

    /// <summary>The speech voice (an espeak-ng voice in the terminal, a Web Speech voice in the browser); null for the system's.</summary>
    public string? VoiceName { get; init; }

    /// <summary>Beep loudness in the browser, 0–100.</summary>
    public int BeepVolume { get; init; } = DefaultBeepVolume;

    /// <summary>The time zone's id; null for the machine's own.</summary>
    public string? TimeZone { get; init; }

    /// <summary>When break reminders come and what they offer.</summary>
    public Reminders.ReminderSettings Remind { get; init; } = Reminders.ReminderSettings.Default;

    /// <summary>The beep volume when none is set.</summary>
    public const int DefaultBeepVolume = 60;

    /// <summary>Longest voice name.</summary>
    public const int MaxVoiceName = 200;

    /// <summary>Every key, in the order they are shown.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "level", "focus", "voice", "voice-name", "beep-volume", "time-zone",
        "remind-every", "remind-break", "remind-hours", "remind-days", "remind-place", "remind-snooze", "remind-max-repeats", "remind-player",
    ];

    /// <summary>
    /// The values <paramref name="key"/> takes when they are a set of words (level, voice, remind-place,
    /// remind-player); empty for a key that takes a number, a length or a name.
    /// </summary>
    public static IReadOnlyList<string> Choices(string key) => key switch
    {
        "level" => Kebab.All<Level>(),
        "focus" => Kebab.All<Planning.FocusArea>(),
        "voice" => OnOff,
        "remind-place" => Kebab.All<Planning.Place>(),
        "remind-player" => Kebab.All<Reminders.BreakPlayer>(),
        _ => [],
    };

    private static readonly string[] OnOff = ["on", "off"];

    /// <summary>The user's time zone, or <paramref name="machine"/> when none is set or the set one is unknown here.</summary>
    public TimeZoneInfo Zone(TimeZoneInfo machine) => TimeZone is { } id && TimeZones.Exists(id) ? TimeZones.Find(id) : machine;

    /// <summary>The preferences in stored settings; a missing or unreadable value leaves its default.</summary>
    public static UserPreferences From(IReadOnlyDictionary<string, string> stored)
    {
        var preferences = new UserPreferences();
        foreach (var (key, value) in stored)
        {
            if (Check(key, value) is null)
            {
                preferences = preferences.With(key, value);
            }
        }
        return preferences;
    }

    /// <summary>
    /// Whether the first-run welcome is still to be shown: until the person answers or skips it (either stores a
    /// <c>focus</c>), and never to someone who has played a session already.
    /// </summary>
    public static bool WelcomeDue(IReadOnlyDictionary<string, string> stored, bool anySession) => !anySession && !stored.ContainsKey("focus");

    /// <summary>The longest value a setting may have.</summary>
    public const int MaxValue = 200;

    /// <summary>Null when <paramref name="value"/> may be stored under <paramref name="key"/>; otherwise what is wrong and what would be right.</summary>
    public static string? Check(string key, string value) => key switch
    {
        "level" => Kebab.TryParse<Level>(value, out _) ? null : Kebab.OneOf<Level>(value),
        "focus" => Kebab.TryParse<Planning.FocusArea>(value, out _) ? null : Kebab.OneOf<Planning.FocusArea>(value),
        "voice" => OnOff.Contains(value) ? null : $"must be {string.Join(" or ", OnOff)}, got '{value}'",
        "voice-name" => value.Length is > 0 and <= MaxVoiceName && !value.Any(char.IsControl) ? null : $"must be a voice name of 1 to {MaxVoiceName} characters",
        "beep-volume" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100 ? null : $"must be a whole number from 0 to 100, got '{value}'",
        "time-zone" => TimeZones.Exists(value) ? null : $"unknown time zone '{value}' (use an IANA name such as Europe/Paris)",
        "remind-every" => LengthProblem(value, Reminders.ReminderSettings.Shortest, Reminders.ReminderSettings.LongestEvery, "45m"),
        "remind-break" => LengthProblem(value, Reminders.ReminderSettings.Shortest, Reminders.ReminderSettings.LongestBreak, "3m"),
        "remind-snooze" => LengthProblem(value, Reminders.ReminderSettings.Shortest, Reminders.ReminderSettings.LongestEvery, "10m"),
        "remind-hours" => Reminders.ReminderValues.Hours(value) is null ? $"must be a start and an end such as 09:00-18:00, the end after the start, got '{value}'" : null,
        "remind-days" => Reminders.ReminderValues.DaysProblem(value),
        "remind-place" => Kebab.TryParse<Planning.Place>(value, out _) ? null : Kebab.OneOf<Planning.Place>(value),
        "remind-player" => Kebab.TryParse<Reminders.BreakPlayer>(value, out _) ? null : Kebab.OneOf<Reminders.BreakPlayer>(value),
        "remind-max-repeats" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r <= Reminders.ReminderSettings.MostRepeats
            ? null : $"must be a whole number from 0 to {Reminders.ReminderSettings.MostRepeats}, got '{value}'",
        _ => UnknownKey(key),
    };

    /// <summary>What is said of a setting this version does not know: the one most likely meant, or all of them.</summary>
    public static string UnknownKey(string key) => DidYouMean.Suggest(key, Keys) is { } meant
        ? $"unknown setting — did you mean '{meant}'?"
        : $"unknown setting — known: {string.Join(", ", Keys)}";

    /// <summary>True for a key this version knows.</summary>
    public static bool IsKnown(string key) => Keys.Contains(key);

    /// <summary>The value shown for a key, as it would be stored.</summary>
    public string Show(string key, TimeZoneInfo machine) => key switch
    {
        "level" => Kebab.Of(Level),
        "focus" => Kebab.Of(Focus),
        "voice" => Voice ? "on" : "off",
        "voice-name" => VoiceName ?? "(the system's voice)",
        "beep-volume" => BeepVolume.ToString(CultureInfo.InvariantCulture),
        "time-zone" => Zone(machine).Id,
        "remind-every" => Reminders.ReminderValues.Show(Remind.Every),
        "remind-break" => Reminders.ReminderValues.Show(Remind.Break),
        "remind-snooze" => Reminders.ReminderValues.Show(Remind.Snooze),
        "remind-hours" => Reminders.ReminderValues.Show(Remind.Hours),
        "remind-days" => Reminders.ReminderValues.Show(Remind.Days),
        "remind-place" => Kebab.Of(Remind.Place),
        "remind-player" => Kebab.Of(Remind.Player),
        "remind-max-repeats" => Remind.MaxRepeats.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown setting"),
    };

    /// <summary>These preferences with one checked value applied.</summary>
    private UserPreferences With(string key, string value) => key switch
    {
        "level" => this with { Level = Kebab.TryParse<Level>(value, out var level) ? level : Level },
        "focus" => this with { Focus = Kebab.TryParse<Planning.FocusArea>(value, out var focus) ? focus : Focus },
        "voice" => this with { Voice = value == "on" },
        "voice-name" => this with { VoiceName = value },
        "beep-volume" => this with { BeepVolume = int.Parse(value, CultureInfo.InvariantCulture) },
        "time-zone" => this with { TimeZone = value },
        "remind-every" => this with { Remind = Remind with { Every = Reminders.ReminderValues.Length(value)!.Value } },
        "remind-break" => this with { Remind = Remind with { Break = Reminders.ReminderValues.Length(value)!.Value } },
        "remind-snooze" => this with { Remind = Remind with { Snooze = Reminders.ReminderValues.Length(value)!.Value } },
        "remind-hours" => this with { Remind = Remind with { Hours = Reminders.ReminderValues.Hours(value)!.Value } },
        "remind-days" => this with { Remind = Remind with { Days = Reminders.ReminderValues.Days(value)! } },
        "remind-place" => this with { Remind = Remind with { Place = Kebab.TryParse<Planning.Place>(value, out var place) ? place : Remind.Place } },
        "remind-player" => this with { Remind = Remind with { Player = Kebab.TryParse<Reminders.BreakPlayer>(value, out var player) ? player : Remind.Player } },
        "remind-max-repeats" => this with { Remind = Remind with { MaxRepeats = int.Parse(value, CultureInfo.InvariantCulture) } },
        _ => this,
    };

    private static string? LengthProblem(string value, TimeSpan shortest, TimeSpan longest, string example) =>
        Reminders.ReminderValues.Length(value) is { } length && length >= shortest && length <= longest
            ? null
            : $"must be a length from {Reminders.ReminderValues.Show(shortest)} to {Reminders.ReminderValues.Show(longest)} such as {example} or 90s, got '{value}'";
}
