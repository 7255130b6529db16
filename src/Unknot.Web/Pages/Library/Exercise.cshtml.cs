using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Text.Json;
using Unknot.App.Views;
using Unknot.Catalog;
using Unknot.Figures;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Web.Pages.Library;

/// <summary>One exercise: steps, dose per level, cues, cautions, sources.</summary>
public sealed class ExerciseModel(UserContext data) : PageModel
{
    public Exercise Exercise { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        var exercise = data.Catalog.Find(id);
        if (exercise is null)
        {
            return this.NoSuch(Missing.Exercise(data, id));
        }
        Exercise = exercise;
        if (exercise.Figure is { } figure)
        {
            var left = Enumerable.Range(0, figure.Poses.Count).Select(i => new PoseRef(i, Side.Left)).ToArray();
            Demo = JsonSerializer.Serialize(FigureAnimationView.For(exercise, left), UnknotJson.Compact);
            DemoSvg = FigureAnimationView.Svg(exercise, left[0], "demo-figure");
            KeyPoses = FigureAnimationView.AllKeys(figure)
                .Select(p => (FigureText.Describe(exercise, p.Index, p.Side), FigureAnimationView.Svg(exercise, p)))
                .ToArray();
        }
        return Page();
    }

    /// <summary>
    /// The animation data of the figure that plays on hover or tap, as JSON safe inside a script element (UnknotJson's
    /// encoder escapes &lt;, &gt;, &amp; and quotes, so a user's exercise name cannot close it); null without a figure.
    /// </summary>
    public string? Demo { get; private set; }

    /// <summary>The SVG the demo starts from; FigureSvg encodes every text in it (the labels hold user text), the rest is numbers and fixed names.</summary>
    public string DemoSvg { get; private set; } = "";

    /// <summary>Each key pose (both sides of per-side ones): its description and its SVG.</summary>
    public IReadOnlyList<(string Description, string Svg)> KeyPoses { get; private set; } = [];
}
