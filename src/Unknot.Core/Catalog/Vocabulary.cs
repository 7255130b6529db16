namespace Unknot.Catalog;

/// <summary>How an exercise works the body.</summary>
public enum ExerciseKind
{
    /// <summary>A position held still.</summary>
    StaticHold,

    /// <summary>Moving through a range, or alternating short holds.</summary>
    Dynamic,

    /// <summary>Pressure from a ball or a hand.</summary>
    SelfMassage,
}

/// <summary>Where the body is while doing an exercise.</summary>
public enum Position
{
    /// <summary>On your feet.</summary>
    Standing,

    /// <summary>On a chair.</summary>
    Seated,

    /// <summary>Kneeling on the floor.</summary>
    FloorKneeling,

    /// <summary>Sitting on the floor.</summary>
    FloorSeated,

    /// <summary>On hands and knees.</summary>
    Quadruped,

    /// <summary>Leaning on or pressed against a wall.</summary>
    AgainstWall,
}

/// <summary>What an exercise needs besides your body.</summary>
public enum Equipment
{
    /// <summary>A chair to sit on.</summary>
    Chair,

    /// <summary>A lacrosse ball (or a tennis ball at a pinch).</summary>
    LacrosseBall,

    /// <summary>A clear stretch of wall.</summary>
    Wall,
}

/// <summary>The parts of the body an exercise reaches.</summary>
public enum Target
{
    /// <summary>The neck in general.</summary>
    Neck,

    /// <summary>The upper back in general.</summary>
    UpperBack,

    /// <summary>The upper trapezius, from the skull to the shoulder.</summary>
    UpperTrapezius,

    /// <summary>The levator scapulae, from the neck to the shoulder blade.</summary>
    LevatorScapulae,

    /// <summary>The rhomboids and the mid back between the shoulder blades.</summary>
    MidBack,

    /// <summary>The thoracic spine's mobility.</summary>
    ThoracicSpine,

    /// <summary>The chest and pecs.</summary>
    Chest,

    /// <summary>The shoulders.</summary>
    Shoulders,

    /// <summary>The lats along the sides of the back.</summary>
    Lats,
}

/// <summary>The moments an exercise suits.</summary>
public enum ExerciseContext
{
    /// <summary>A break at a desk.</summary>
    Desk,

    /// <summary>Before a workout.</summary>
    WarmUp,

    /// <summary>After a workout.</summary>
    CoolDown,

    /// <summary>Easing an upper back or neck that already hurts.</summary>
    Relief,
}

/// <summary>Facts about positions.</summary>
public static class PositionFacts
{
    /// <summary>True for the positions that need getting down to the floor.</summary>
    public static bool IsFloor(this Position position) =>
        position is Position.FloorKneeling or Position.FloorSeated or Position.Quadruped;
}
