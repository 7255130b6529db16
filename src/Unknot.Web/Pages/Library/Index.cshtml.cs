using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Catalog;
using Unknot.Text;

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
        IEnumerable<Exercise> list = data.Catalog.All;
        if (!string.IsNullOrEmpty(Target))
        {
            if (!Kebab.TryParse<Catalog.Target>(Target, out var t))
            {
                return Bad("target", Target);
            }
            list = list.Where(e => e.Targets.Contains(t));
        }
        if (!string.IsNullOrEmpty(Equipment))
        {
            if (Equipment == "none")
            {
                list = list.Where(e => e.Equipment.Count == 0);
            }
            else if (Kebab.TryParse<Catalog.Equipment>(Equipment, out var q))
            {
                list = list.Where(e => e.Equipment.Contains(q));
            }
            else
            {
                return Bad("equipment", Equipment);
            }
        }
        if (!string.IsNullOrEmpty(Position))
        {
            if (!Kebab.TryParse<Catalog.Position>(Position, out var p))
            {
                return Bad("position", Position);
            }
            list = list.Where(e => e.Positions.Contains(p));
        }
        if (!string.IsNullOrEmpty(Kind))
        {
            if (!Kebab.TryParse<ExerciseKind>(Kind, out var k))
            {
                return Bad("kind", Kind);
            }
            list = list.Where(e => e.Kind == k);
        }
        Exercises = list.ToArray();
        return Page();
    }

    private PageResult Bad(string field, string value)
    {
        Problem = $"Unknown {field} '{value}'.";
        Response.StatusCode = 400;
        return Page();
    }
}
