using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Catalog;
using Unknot.App.Readers;
using Unknot.Web.Api;

namespace Unknot.Web.Pages.Library;

/// <summary>All exercises, filtered by target, equipment, position and kind (a plain GET form; no script needed).</summary>
public sealed class IndexModel(UnknotData data) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Equipment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Position { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<Exercise> Exercises { get; private set; } = [];

    public string? Problem { get; private set; }

    public IActionResult OnGet()
    {
        var read = ExerciseFilter.Read(RequestInput.Query(Request.Query));
        if (!read.Succeeded)
        {
            Problem = $"The {read.Problem!.Field} in the address is not one Unknot knows: choose one from the list.";
            Response.StatusCode = 400;
            return Page();
        }
        Exercises = read.Value!.Apply(data.Catalog);
        return Page();
    }
}
