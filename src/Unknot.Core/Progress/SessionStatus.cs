namespace Unknot.Progress;

/// <summary>Where a stored session stands, one word each wherever a session is shown (history, JSON, the web).</summary>
public enum SessionStatus
{
    /// <summary>Played to its end.</summary>
    Finished,

    /// <summary>Ended on purpose before its end (q, Esc, Stop): kept with what was done, not offered again.</summary>
    Stopped,

    /// <summary>Cut off before its end (Ctrl-C, a signal, a closed tab or terminal, a killed process): it can be resumed.</summary>
    Unfinished,
}
