namespace Unknot.Planning;

/// <summary>Where the user is, which decides the positions and equipment a plan may use.</summary>
public enum Place
{
    /// <summary>At a desk or in an office: seated and standing only, a chair at hand.</summary>
    Desk,

    /// <summary>At home: any position.</summary>
    Home,

    /// <summary>At a gym: any position.</summary>
    Gym,

    /// <summary>Outside: no floor, no wall unless one is listed as equipment.</summary>
    Outdoors,
}

/// <summary>What the session is for.</summary>
public enum Goal
{
    /// <summary>Easing a stiff or sore upper back and neck.</summary>
    Relief,

    /// <summary>Before a workout: moving stretches, short holds.</summary>
    WarmUp,

    /// <summary>After a workout: long static holds.</summary>
    CoolDown,

    /// <summary>A break at work: things you can do in office clothes without getting down.</summary>
    DeskBreak,
}
