using Unknot.App.Fields;

namespace Unknot.App.Readers;

/// <summary>
/// The note kept with a session, read by one rule however it comes in — the player's report, a correction (the
/// API, the History page, <c>history edit --note</c>), <c>start --note</c> and <c>resume --note</c>, an import — so a
/// note that was stored can always be exported and imported again.
/// </summary>
public static class SessionNote
{
    /// <summary>Longest note, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>The field <c>note</c> of <paramref name="input"/>, or null when it is absent; too long or broken Unicode is a problem.</summary>
    public static string? Read(Input input) => input.Optional("note")?.String(MaxLength);

    /// <summary>The note of <paramref name="input"/> as a result, for a shell that reads it on its own (<c>start --note</c>).</summary>
    public static ReadResult<string?> ReadAlone(Input input) => ReadResult<string?>.From(() => Read(input));
}
