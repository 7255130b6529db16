using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Catalog;
using Unknot.App.Readers;
using Unknot.Web.Api;

namespace Unknot.Web.Pages.Library;

/// <summary>All exercises, filtered by target, equipment, position and kind (a plain GET form; no script needed).</summary>
public sealed class IndexModel(UserContext data) : PageModel
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
        if (!ExerciseFilter.Read(RequestInput.Query(Request.Query)).TryGetValue(out var filter, out var problem))
        {
            Problem = $"The {problem.Field} in the address is not one Unknot knows: choose one from the list.";
            Response.StatusCode = 400;
            return Page();
        }
        Exercises = filter.Apply(data.Catalog);
        return Page();
    }
}
