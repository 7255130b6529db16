using Unknot.App.Workspaces;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Fields;
using Unknot.App.Programmes;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.Figures;
using Unknot.Planning;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Text;
using Unknot.Timelines;
using Unknot.Web.Api;

namespace Unknot.Web.Pages;

/// <summary>
/// The player. The server compiles the timeline; the page only plays it (wwwroot/js/player.js), so the dosing
/// rules live in one place. <c>/play/plan?minutes=…</c> plans first and plays the plan; <c>/play/program?kind=N</c>
/// plays today's session N of the programme followed.
/// </summary>
public sealed class PlayModel(UserContext data) : PageModel
{
    public Routine Routine { get; private set; } = null!;

    public Timeline Timeline { get; private set; } = null!;

    /// <summary>
    /// Everything the script needs (<see cref="PlayerSetupView"/>), as JSON safe to put in a script element: UnknotJson's encoder always escapes
    /// &lt;, &gt;, &amp; and quotes, so user text (a routine's name, a voice name) cannot close the element.
    /// </summary>
    public string Setup { get; private set; } = "";

    public string? Problem { get; private set; }

    /// <summary>
    /// Each exercise of the routine that has a figure: the SVG the page starts with (FigureSvg encodes every text in
    /// it, so it is written raw), and what figure.js moves it through.
    /// </summary>
    public IReadOnlyList<(Catalog.Exercise Exercise, string Svg, FigureAnimationView Animation)> Figures { get; private set; } = [];

    /// <summary>The routine's exercises in order, each with the seconds of its own stretches (for the list before Start).</summary>
    public IReadOnlyList<(Catalog.Exercise Exercise, int Seconds)> Items { get; private set; } = [];

    /// <summary>For a programme's session, where the programme stands today in one line; null otherwise.</summary>
    public string? Programme { get; private set; }

    /// <summary>The unfinished session this page offers to continue, if any.</summary>
    public SessionRecord? Unfinished { get; private set; }

    public IActionResult OnGet(string id, string? level, Guid? resume)
    {
        Routine? routine;
        var chosen = data.Level;
        SessionRecord? asked = null;
        if (resume is { } sessionId)
        {
            // Continue a stored session: what it played (even a plan) is in its record.
            var session = data.Store.Find(sessionId);
            if (session is not { Resumable: true } || session.Routine.Id != id)
            {
                return this.NoSuch(Missing.Session(sessionId));
            }
            asked = session;
            routine = session.Routine;
            chosen = session.Level;
        }
        else if (id == "plan")
        {
            var read = PlanRequestReader.Read(RequestInput.Query(Request.Query), data.Catalog, data.Preferences);
            var result = read.TryGetValue(out var request) ? Planner.Plan(data.Catalog, request) : null;
            if (result?.Plan is null)
            {
                Problem = read.Problem?.ToString() ?? (result?.Failure is { } failure ? Problems.Explain(failure) : "Give the plan's minutes and place, as the planner form does.");
                Response.StatusCode = 400;
                return Page();
            }
            routine = result.Plan.Routine;
            chosen = request!.Level;
        }
        else if (id == "program")
        {
            // Today's session of the programme followed, at its week's level and sets; nothing today is a wrong address.
            if (!int.TryParse(Request.Query["kind"], out var kind) || ProgrammeFollowing.TodaySession(data, kind) is not { } today)
            {
                return this.NoSuch(Missing.ProgrammeSession(ProgrammeFollowing.NothingToPlay(data)));
            }
            (routine, chosen, Programme) = today;
        }
        else
        {
            routine = data.Routines.Find(id);
            if (routine is null)
            {
                return this.NoSuch(Missing.Routine(data, id, near => $"/play/{near}"));
            }
            if (!LevelReader.Read(level, chosen).TryGetValue(out chosen, out var problem))
            {
                Problem = problem.ToString();
                Response.StatusCode = 400;
                return Page();
            }
        }
        Routine = routine;
        Timeline = TimelineCompiler.Compile(routine, data.Catalog, chosen);
        Unfinished = (asked ?? data.Store.LatestUnfinished()) is { } latest && Resumption.Continues(latest, routine, chosen, data.Catalog) ? latest : null;
        Items = routine.Items.Select((item, i) => (data.Catalog.Find(item.Exercise.Value)!, Timeline.ItemSeconds(i))).ToArray();
        var motions = FigureMotion.Plan(Timeline, data.Catalog);
        Figures = routine.Items.Select(i => data.Catalog.Find(i.Exercise.Value)!).DistinctBy(e => e.Id).Where(e => e.Figure is not null)
            .Select(e =>
            {
                var poses = motions.OfType<SegmentMotion>().Where(m => m.Exercise == e.Id).SelectMany(m => m.Path).ToArray();
                return (e, FigureAnimationView.Svg(e, poses.FirstOrDefault(PoseRef.Stance), "pose"), FigureAnimationView.For(e, poses)!);
            })
            .ToArray();
        var setup = PlayerSetupView.For(routine, Timeline, Figures.ToDictionary(f => f.Exercise.Id.Value, f => f.Animation), motions, data.Preferences, Unfinished, data.Routines);
        Setup = JsonSerializer.Serialize(setup, AppJson.Compact.Info<PlayerSetupView>());
        ViewData["BodyClass"] = "player";
        return Page();
    }
}
