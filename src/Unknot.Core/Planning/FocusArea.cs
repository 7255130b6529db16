using Unknot.Catalog;

namespace Unknot.Planning;

/// <summary>
/// The part a person most wants to loosen, as they would name it (the first-run welcome asks it, the
/// <c>focus</c> setting keeps it): broader than a <see cref="Target"/>, each standing for the targets it covers.
/// </summary>
public enum FocusArea
{
    /// <summary>No part in particular.</summary>
    All,

    /// <summary>The neck, with the muscles from the skull to the shoulder.</summary>
    Neck,

    /// <summary>The upper and mid back, between and below the shoulder blades.</summary>
    UpperBack,

    /// <summary>The shoulders and the chest in front of them.</summary>
    Shoulders,
}

/// <summary>Which targets each <see cref="FocusArea"/> covers.</summary>
public static class FocusAreas
{
    /// <summary>The targets <paramref name="area"/> stands for; every target for <see cref="FocusArea.All"/>.</summary>
    public static IReadOnlySet<Target> Targets(FocusArea area) => area switch
    {
        FocusArea.Neck => NeckTargets,
        FocusArea.UpperBack => BackTargets,
        FocusArea.Shoulders => ShoulderTargets,
        _ => AllTargets,
    };

    /// <summary>How the area is named in a sentence ("for your neck").</summary>
    public static string Name(FocusArea area) => area switch
    {
        FocusArea.Neck => "neck",
        FocusArea.UpperBack => "upper back",
        FocusArea.Shoulders => "shoulders",
        _ => "upper back and neck",
    };

    private static readonly HashSet<Target> NeckTargets = [Target.Neck, Target.UpperTrapezius, Target.LevatorScapulae];
    private static readonly HashSet<Target> BackTargets = [Target.UpperBack, Target.MidBack, Target.ThoracicSpine, Target.Lats];
    private static readonly HashSet<Target> ShoulderTargets = [Target.Shoulders, Target.Chest];
    private static readonly HashSet<Target> AllTargets = [.. Enum.GetValues<Target>()];
}
