using Unknot.Catalog;

namespace Unknot.Timelines;

/// <summary>How long the fixed, non-exercise segments last.</summary>
public static class TransitionRules
{
    /// <summary>Seconds to change sides in a per-side block.</summary>
    public const int SwitchSeconds = 5;

    /// <summary>Seconds of rest between two blocks of one exercise.</summary>
    public const int BetweenBlocksSeconds = 3;

    /// <summary>Seconds to get into the first exercise.</summary>
    public static int PrepareSeconds(Position first) => first.IsFloor() ? 10 : 5;

    /// <summary>
    /// Seconds to move from one exercise to the next: short in the same position, longer for a
    /// change between standing and sitting, longest for getting down to or up from the floor.
    /// </summary>
    public static int TransitionSeconds(Position from, Position to)
    {
        if (from == to)
        {
            return 5;
        }
        return from.IsFloor() != to.IsFloor() ? 15 : 8;
    }
}
