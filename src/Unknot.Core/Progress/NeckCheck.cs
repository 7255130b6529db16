using Unknot.Figures;
using Unknot.Timelines;

namespace Unknot.Progress;

/// <summary>
/// The guided camera check of the neck (the /measure page, and the player before and after a routine): the neutral
/// first, then each direction as far as is comfortable, each step a few seconds, with a figure showing the move.
/// </summary>
public static class NeckCheck
{
    /// <summary>How long each step lasts, in seconds.</summary>
    public const int StepSeconds = 5;

    /// <summary>
    /// The figure of the check, seated and seen from the front and the side: the neutral (key pose 0), a turn, a tilt
    /// (both drawn to the left; the right mirrors them), the chin down and the chin up.
    /// </summary>
    public static readonly Figure Figure = new([Viewpoint.Front, Viewpoint.Side], [Prop.Chair], Stance.Seated,
    [
        new KeyPose("start", Stances.Of(Stance.Seated), false, null, null),
        new KeyPose("turn", Stances.Of(Stance.Seated).With("neck.turn", 70), true, null, null),
        new KeyPose("tilt", Stances.Of(Stance.Seated).With("neck.tilt", 40), true, null, null),
        new KeyPose("chin down", Stances.Of(Stance.Seated).With("neck.flexion", 50), false, null, null),
        new KeyPose("chin up", Stances.Of(Stance.Seated).With("neck.flexion", -50), false, null, null),
    ]);

    /// <summary>The steps in order: the neutral, then the six directions (<see cref="NeckMeasurement.Directions"/>).</summary>
    public static readonly IReadOnlyList<NeckCheckStep> Steps =
    [
        new("neutral", "Look straight at the screen, shoulders relaxed.", new PoseRef(0, Side.Left)),
        new("rotationLeft", "Turn your head to the left, as far as is comfortable.", new PoseRef(1, Side.Left)),
        new("rotationRight", "Now turn to the right.", new PoseRef(1, Side.Right)),
        new("tiltLeft", "Back to the middle, then tilt your left ear toward your left shoulder, shoulders level.", new PoseRef(2, Side.Left)),
        new("tiltRight", "Now tilt your right ear toward your right shoulder, shoulders level.", new PoseRef(2, Side.Right)),
        new("flexion", "Back to the middle, then bring your chin down toward your chest.", new PoseRef(3, Side.Left)),
        new("extension", "Now lift your chin and look up.", new PoseRef(4, Side.Left)),
    ];
}

/// <summary>One step of the check.</summary>
/// <param name="Key"><c>neutral</c>, or the direction it measures.</param>
/// <param name="Say">What the step asks, shown and spoken.</param>
/// <param name="Pose">The figure's pose for it.</param>
public sealed record NeckCheckStep(string Key, string Say, PoseRef Pose);
