using Unknot.Timelines;

namespace Unknot.Sessions;

/// <summary>
/// The moments a player marks in each segment and what "back" does, the same for every player: the terminal's plays
/// them through <see cref="SessionEngine"/>, the browser's reads them from its setup.
/// </summary>
public static class SessionMoments
{
    /// <summary>A segment at least this many seconds long has a halfway moment.</summary>
    public const int HalfwayFromSeconds = 10;

    /// <summary>A segment at least this many seconds long counts down its last <see cref="CountdownSeconds"/> seconds.</summary>
    public const int CountdownFromSeconds = 5;

    /// <summary>How many seconds the countdown counts before a segment ends: 3, 2, 1.</summary>
    public const int CountdownSeconds = 3;

    /// <summary>Seconds into a segment after which "back" restarts it rather than going to the previous one.</summary>
    public const double BackRestartsAfterSeconds = 2;

    /// <summary>True when <paramref name="segment"/> has a halfway moment.</summary>
    public static bool HasHalfway(Segment segment) => segment.DurationSeconds >= HalfwayFromSeconds;

    /// <summary>True when <paramref name="segment"/> counts down before it ends.</summary>
    public static bool HasCountdown(Segment segment) => segment.DurationSeconds >= CountdownFromSeconds;

    /// <summary>The segment "back" goes to from segment <paramref name="index"/>, <paramref name="secondsInto"/> seconds into it.</summary>
    public static int BackFrom(int index, double secondsInto) => secondsInto < BackRestartsAfterSeconds && index > 0 ? index - 1 : index;
}
