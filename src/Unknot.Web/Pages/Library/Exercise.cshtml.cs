using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Catalog;

namespace Unknot.Web.Pages.Library;

/// <summary>One exercise: steps, dose per level, cues, cautions, sources.</summary>
public sealed class ExerciseModel(UnknotData data) : PageModel
{
    public Exercise Exercise { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        var exercise = data.Catalog.Find(id);
        if (exercise is null)
        {
            return NotFound();
        }
        Exercise = exercise;
        return Page();
    }
}
