using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Views;
using Unknot.Catalog;
using Unknot.Figures;
using Unknot.Routines;
using Unknot.Timelines;

namespace Unknot.Web.Pages.Routines;

/// <summary>A routine laid out for paper: steps, dose and cautions of each exercise on one page.</summary>
public sealed class PrintModel(UserContext data) : PageModel
{
    public Routine Routine { get; private set; } = null!;

    public Timeline Timeline { get; private set; } = null!;

    public IReadOnlyList<(Exercise Exercise, Dosing.Level Level)> Exercises { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var routine = data.Routines.Find(id);
        if (routine is null)
        {
            return this.NoSuch(Missing.Routine(data, id, near => $"/routines/{near}/print"));
        }
        Routine = routine;
        Timeline = TimelineCompiler.Compile(routine, data.Catalog, data.Level);
        Exercises = routine.Items.Select(i => (data.Catalog.Find(i.Exercise.Value)!, i.Level ?? data.Level)).ToArray();
        return Page();
    }

    /// <summary>The key poses of an exercise to print beside its steps: each pose that differs from the one before, the left side.</summary>
    public static IReadOnlyList<string> Poses(Exercise exercise)
    {
        if (exercise.Figure is not { } figure)
        {
            return [];
        }
        var shown = new List<string>();
        for (var i = 0; i < figure.Poses.Count; i++)
        {
            if (i == 0 || !figure.Poses[i].Pose.Equals(figure.Poses[i - 1].Pose))
            {
                shown.Add(FigureAnimationView.Svg(exercise, new PoseRef(i, Side.Left), "print-pose"));
            }
        }
        return shown;
    }
}
