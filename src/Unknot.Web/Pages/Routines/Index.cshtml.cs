using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Workspaces;
using Unknot.Planning;
using Unknot.Routines;
using Unknot.Timelines;
using Unknot.Web.Api;

namespace Unknot.Web.Pages.Routines;

/// <summary>Built-in and own routines, and the planner as a form (GET, so a plan is a link).</summary>
public sealed class IndexModel(UserContext data) : PageModel
{
    public IReadOnlyList<(Routine Routine, int Seconds)> All { get; private set; } = [];

    public PlanRequest? PlanRequest { get; private set; }

    public Plan? Plan { get; private set; }

    /// <summary>The request "Show me another" sends: the same choices with the next seed that plans a different routine; null when none does.</summary>
    public PlanRequest? Another { get; private set; }

    /// <summary>What is wrong with the form's fields, each a sentence shown next to its field.</summary>
    public FormProblems Fields { get; } = new();

    /// <summary>Why the planner found nothing for fields that are fine, as a sentence.</summary>
    public string? Problem { get; private set; }

    public UserContext Data => data;

    public IActionResult OnGet()
    {
        All = data.Routines.All.Select(r => (r, TimelineCompiler.Compile(r, data.Catalog, data.Level).TotalSeconds)).ToArray();
        if (Request.Query.ContainsKey("minutes"))
        {
            PlanRequest = PlanRequestReader.ReadForm(RequestInput.Query(Request.Query), data.Catalog, data.Preferences, Fields);
        }
        if (PlanRequest is not null)
        {
            var result = Planner.Plan(data.Catalog, PlanRequest);
            Plan = result.Plan;
            Another = Plan is null ? null : Planner.Another(data.Catalog, Plan);
            Problem = result.Failure is { } failure ? Rendering.Sentence.Of(Problems.Explain(failure)) : null;
        }
        if (Problem is not null || !Fields.None)
        {
            Response.StatusCode = 400;
        }
        return Page();
    }

    /// <summary>Saves the planned routine under a name as one of the user's own.</summary>
    public IActionResult OnPostSave(string name)
    {
        var plan = PlanRequestReader.Read(RequestInput.Query(Request.Query), data.Catalog, data.Preferences).TryGetValue(out var request)
            ? Planner.Plan(data.Catalog, request).Plan
            : null;
        if (plan is null || string.IsNullOrWhiteSpace(name) || name.Trim().Length > RoutineDraftReader.MaxName)
        {
            return RedirectToPage();
        }
        var id = data.Library.FreeRoutineId(name);
        RoutineSaving.Save(data.Store, data.Library, plan.Routine with { Id = id, Name = name.Trim() }, replace: false);
        return Redirect($"/routines/{id}/edit");
    }
}
