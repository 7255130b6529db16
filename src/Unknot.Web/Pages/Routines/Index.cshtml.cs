using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Planning;
using Unknot.Routines;
using Unknot.Timelines;

namespace Unknot.Web.Pages.Routines;

/// <summary>Built-in and own routines, and the planner as a form (GET, so a plan is a link).</summary>
public sealed class IndexModel(UnknotData data) : PageModel
{
    public IReadOnlyList<(Routine Routine, int Seconds)> All { get; private set; } = [];

    public PlanRequest? PlanRequest { get; private set; }

    public Plan? Plan { get; private set; }

    public string? Problem { get; private set; }

    public UnknotData Data => data;

    public IActionResult OnGet()
    {
        All = data.Routines.All.Select(r => (r, TimelineCompiler.Compile(r, data.Catalog, data.Level).TotalSeconds)).ToArray();
        PlanRequest = PlanQuery.Read(Request_.Query, data.Catalog, data.Level, out var problem);
        Problem = problem;
        if (PlanRequest is not null)
        {
            var result = Planner.Plan(data.Catalog, PlanRequest);
            Plan = result.Plan;
            Problem = result.Failure;
        }
        if (Problem is not null)
        {
            Response.StatusCode = 400;
        }
        return Page();
    }

    /// <summary>Saves the planned routine under a name as one of the user's own.</summary>
    public IActionResult OnPostSave(string name)
    {
        var request = PlanQuery.Read(Request_.Query, data.Catalog, data.Level, out _);
        var plan = request is null ? null : Planner.Plan(data.Catalog, request).Plan;
        if (plan is null || string.IsNullOrWhiteSpace(name))
        {
            return RedirectToPage();
        }
        var id = data.FreeRoutineId(name);
        data.Store.SaveRoutine(plan.Routine with { Id = id, Name = name.Trim(), Origin = "saved" });
        return Redirect($"/routines/{id}/edit");
    }

    private HttpRequest Request_ => HttpContext.Request;
}
