using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Catalog;
using Unknot.Routines;
using Unknot.Timelines;

namespace Unknot.Web.Pages.Routines;

/// <summary>A routine laid out for paper: steps, dose and cautions of each exercise on one page.</summary>
public sealed class PrintModel(UnknotData data) : PageModel
{
    public Routine Routine { get; private set; } = null!;

    public Timeline Timeline { get; private set; } = null!;

    public IReadOnlyList<(Exercise Exercise, Dosing.Level Level)> Exercises { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var routine = data.Routines.Find(id);
        if (routine is null)
        {
            return NotFound();
        }
        Routine = routine;
        Timeline = TimelineCompiler.Compile(routine, data.Catalog, data.Level);
        Exercises = routine.Items.Select(i => (data.Catalog.Find(i.Exercise.Value)!, i.Level ?? data.Level)).ToArray();
        return Page();
    }
}
