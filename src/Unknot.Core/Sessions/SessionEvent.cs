using Unknot.Timelines;

namespace Unknot.Sessions;

/// <summary>Something the player should show, say or ring.</summary>
/// <param name="Segment">The segment it concerns.</param>
/// <param name="Offset">Where in the timeline it happened.</param>
public abstract record SessionEvent(Segment Segment, TimeSpan Offset);

/// <summary>A segment began.</summary>
public sealed record SegmentStarted(Segment Segment, TimeSpan Offset) : SessionEvent(Segment, Offset);

/// <summary>3, 2 or 1 seconds are left in a segment.</summary>
public sealed record Countdown(Segment Segment, TimeSpan Offset, int SecondsLeft) : SessionEvent(Segment, Offset);

/// <summary>Half of a segment has passed.</summary>
public sealed record Halfway(Segment Segment, TimeSpan Offset) : SessionEvent(Segment, Offset);

/// <summary>A segment ended, played through or skipped.</summary>
public sealed record SegmentEnded(Segment Segment, TimeSpan Offset, SegmentOutcome Outcome) : SessionEvent(Segment, Offset);

/// <summary>The session was paused.</summary>
public sealed record SessionPaused(Segment Segment, TimeSpan Offset) : SessionEvent(Segment, Offset);

/// <summary>The session was resumed after a pause.</summary>
public sealed record SessionResumed(Segment Segment, TimeSpan Offset) : SessionEvent(Segment, Offset);

/// <summary>The session stopped before the end, ended by the user or cut off from outside.</summary>
public sealed record SessionStopped(Segment Segment, TimeSpan Offset, StopReason Reason = StopReason.Ended) : SessionEvent(Segment, Offset);

/// <summary>Why a session stopped before its end, which decides whether it may be resumed.</summary>
public enum StopReason
{
    /// <summary>The person ended it with the player's own stop (q, Esc, the Stop button): it is over, not offered again.</summary>
    Ended,

    /// <summary>Something outside the player cut it off (Ctrl-C, a signal, a closed terminal or tab): it can be resumed.</summary>
    Interrupted,
}

/// <summary>The last segment ended.</summary>
public sealed record SessionCompleted(Segment Segment, TimeSpan Offset) : SessionEvent(Segment, Offset);
