namespace Unknot.Dosing;

/// <summary>One part of a repetition: "cat", then "cow"; "slide up", "hold at the top", "lower".</summary>
/// <param name="Name">What the user hears as the phase name.</param>
/// <param name="Seconds">How long the phase lasts, by level.</param>
/// <param name="Cue">What to do during the phase.</param>
/// <param name="IsHold">True when the phase is held still rather than moved through.</param>
/// <param name="ProjectChoice">Why Unknot chose the number when the source gave none; null when the source gave it.</param>
public sealed record Phase(string Name, DoseRange Seconds, string Cue, bool IsHold, string? ProjectChoice)
{
    /// <summary>The angle of the neck this phase aims for, which the camera's form check follows; null for most phases.</summary>
    public TargetBand? Band { get; init; }

    /// <summary>What to watch out for in this phase alone ("in the side tilt, …"); null when the exercise's cautions hold throughout.</summary>
    public string? Caution { get; init; }
}
