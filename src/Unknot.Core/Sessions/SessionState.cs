namespace Unknot.Sessions;

/// <summary>Where a session is in its life.</summary>
public enum SessionState
{
    /// <summary>Created, not started.</summary>
    Ready,

    /// <summary>Playing.</summary>
    Running,

    /// <summary>Paused by the user; the clock is not counted.</summary>
    Paused,

    /// <summary>Stopped before the end.</summary>
    Stopped,

    /// <summary>Played to the end.</summary>
    Completed,
}

/// <summary>What became of a segment.</summary>
public enum SegmentOutcome
{
    /// <summary>Not reached (yet).</summary>
    Pending,

    /// <summary>Played to its end.</summary>
    Done,

    /// <summary>Skipped by the user.</summary>
    Skipped,
}
