using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Planning;
using Unknot.Routines;
using Unknot.Text;
using Unknot.Timelines;
using Unknot.Web.Api;

namespace Unknot.Web.Pages;

/// <summary>
/// The player. The server compiles the timeline; the page only plays it (wwwroot/js/player.js), so the dosing
/// rules live in one place. <c>/play/plan?minutes=…</c> plans first and plays the plan.
/// </summary>
public sealed class PlayModel(UnknotData data) : PageModel
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    };

    public Routine Routine { get; private set; } = null!;

    public Timeline Timeline { get; private set; } = null!;

    /// <summary>Everything the script needs, as JSON safe to put in a script element.</summary>
    public string Setup { get; private set; } = "";

    public string? Problem { get; private set; }

    public IActionResult OnGet(string id, string? level)
    {
        Routine? routine;
        var chosen = data.Level;
        if (id == "plan")
        {
            var request = PlanQuery.Read(Request.Query, data.Catalog, data.Level, out var problem);
            var result = request is null ? null : Planner.Plan(data.Catalog, request);
            if (result?.Plan is null)
            {
                Problem = problem ?? result?.Failure ?? "Give the plan's minutes and place, as the planner form does.";
                Response.StatusCode = 400;
                return Page();
            }
            routine = result.Plan.Routine;
            chosen = request!.Level;
        }
        else
        {
            routine = data.Routines.Find(id);
            if (routine is null)
            {
                return NotFound();
            }
            if (level is not null && !Kebab.TryParse(level, out chosen))
            {
                Problem = $"Unknown level '{level}': use gentle, standard or deep.";
                Response.StatusCode = 400;
                return Page();
            }
        }
        Routine = routine;
        Timeline = TimelineCompiler.Compile(routine, data.Catalog, chosen);
        var settings = data.Settings;
        Setup = JsonSerializer.Serialize(new
        {
            routine = new { id = routine.Id, name = routine.Name, items = routine.Items.Select(i => i.Exercise.Value).ToArray(), planned = routine.Origin == "planned" },
            timeline = TimelineDto.From(Timeline),
            cautions = routine.Items.Select(i => data.Catalog.Find(i.Exercise.Value)!).DistinctBy(e => e.Id)
                .ToDictionary(e => e.Id.Value, e => e.Cautions.FirstOrDefault()),
            settings = new
            {
                voice = settings.GetValueOrDefault("voice", "on") == "on",
                voiceName = settings.GetValueOrDefault("voice-name"),
                beepVolume = int.TryParse(settings.GetValueOrDefault("beep-volume"), out var volume) ? volume : 60,
            },
        }, Json);
        ViewData["BodyClass"] = "player";
        return Page();
    }
}
