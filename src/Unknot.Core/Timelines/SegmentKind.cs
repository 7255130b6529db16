namespace Unknot.Timelines;

/// <summary>What a stretch of the timeline is for.</summary>
public enum SegmentKind
{
    /// <summary>Getting into position before the first exercise.</summary>
    Prepare,

    /// <summary>Moving through a phase.</summary>
    Work,

    /// <summary>Holding still.</summary>
    Hold,

    /// <summary>Changing from the left side to the right.</summary>
    Switch,

    /// <summary>Moving from one exercise to the next.</summary>
    Transition,

    /// <summary>A pause within or after an exercise.</summary>
    Rest,
}

/// <summary>Which side of the body a segment works.</summary>
public enum Side
{
    /// <summary>Both sides, or sides do not apply.</summary>
    None,

    /// <summary>The left side.</summary>
    Left,

    /// <summary>The right side.</summary>
    Right,
}
