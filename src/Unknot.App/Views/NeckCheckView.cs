using Unknot.Figures;
using Unknot.Progress;

namespace Unknot.App.Views;

/// <summary>
/// What the camera check's script (wwwroot/js/measure.js) takes from the page: how long a step lasts, the steps with
/// the figure's pose of each, what each direction is called, and the figure's animation data.
/// </summary>
/// <param name="StepSeconds">The length of a step.</param>
/// <param name="Steps">The steps in order, the neutral first.</param>
/// <param name="Names">What each direction is called where a person reads it, by its JSON name.</param>
/// <param name="Figure">The poses of the check's figure, for wwwroot/js/figure.js.</param>
public sealed record NeckCheckView(int StepSeconds, IReadOnlyList<NeckCheckStepView> Steps, IReadOnlyDictionary<string, string> Names,
    FigureAnimationView Figure)
{
    /// <summary>The check as Core defines it.</summary>
    public static NeckCheckView Of() => new(NeckCheck.StepSeconds,
        NeckCheck.Steps.Select(s => new NeckCheckStepView(s.Key, s.Say, s.Pose.ToString())).ToArray(),
        NeckMeasurement.Names,
        FigureAnimationView.For(NeckCheck.Figure, NeckCheck.Steps.Select(s => s.Pose), pose => Describe(NeckCheck.Steps.First(s => s.Pose == pose))));

    /// <summary>The SVG of the figure looking straight ahead, which the script then moves from step to step.</summary>
    public static string Svg(string cssClass) =>
        FigureSvg.Write(FigureDrawing.Of(NeckCheck.Figure).Key(0, Timelines.Side.Left), Describe(NeckCheck.Steps[0]), standalone: false, cssClass);

    private static string Describe(NeckCheckStep step) => $"The figure shows the move: {step.Say}";
}

/// <summary>One step: its key (<c>neutral</c> or a direction), what it asks, and the figure's pose (<c>1:right</c>).</summary>
public sealed record NeckCheckStepView(string Key, string Say, string Pose);
