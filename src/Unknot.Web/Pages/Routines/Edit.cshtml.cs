using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Input;
using Unknot.App.Readers;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Text;

namespace Unknot.Web.Pages.Routines;

/// <summary>
/// The routine builder: add, reorder, change and remove exercises, then save to the database (where
/// <c>unknot routines</c> finds it too). Works with plain form posts; every button says what it does.
/// </summary>
public sealed class EditModel(UnknotData data) : PageModel
{
    public sealed class ItemForm
    {
        public string Exercise { get; set; } = "";

        public string? Level { get; set; }

        public int RestAfter { get; set; }
    }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<ItemForm> Items { get; set; } = [];

    /// <summary>The saved routine being edited; null for a new one.</summary>
    public string? Id { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<Exercise> Exercises => data.Catalog.All;

    public IActionResult OnGet(string? id, string? from)
    {
        if (id is not null)
        {
            var routine = data.Routines.Find(id);
            if (routine is null)
            {
                return this.NoSuch(Missing.Routine(data, id, near => $"/routines/{near}/edit"));
            }
            if (!routine.Origin.IsEditable)
            {
                return Redirect($"/routines/new?from={id}");
            }
            Id = id;
            Fill(routine, routine.Name);
        }
        else if (from is not null && data.Routines.Find(from) is { } original)
        {
            Fill(original, $"My {original.Name.ToLowerInvariant()}");
        }
        else
        {
            Items = [new ItemForm { Exercise = data.Catalog.All[0].Id.Value }];
        }
        return Page();
    }

    public IActionResult OnPost(string? id, string action)
    {
        Id = id is not null && data.Routines.Find(id) is { Origin.IsEditable: true } ? id : null;
        if (id is not null && Id is null)
        {
            return this.NoSuch(Missing.Routine(data, id, near => $"/routines/{near}/edit"));
        }
        var parts = (action ?? "").Split(':');
        var index = parts.Length == 2 && int.TryParse(parts[1], out var i) && i >= 0 && i < Items.Count ? i : -1;
        switch (parts[0])
        {
            case "add":
                Items.Add(new ItemForm { Exercise = data.Catalog.All[0].Id.Value });
                return Page();
            case "up" when index > 0:
                (Items[index - 1], Items[index]) = (Items[index], Items[index - 1]);
                return Page();
            case "down" when index >= 0 && index < Items.Count - 1:
                (Items[index + 1], Items[index]) = (Items[index], Items[index + 1]);
                return Page();
            case "remove" when index >= 0:
                Items.RemoveAt(index);
                return Page();
            case "delete" when Id is not null:
                data.Store.DeleteRoutine(Id);
                return Redirect("/routines");
            case "save":
                return Save();
            default:
                return Page();
        }
    }

    private IActionResult Save()
    {
        // The form becomes the same JSON body the API takes, read by the same reader.
        var body = System.Text.Json.JsonSerializer.SerializeToElement(new
        {
            name = Name,
            description = Description,
            items = Items.Select(i => new { exercise = i.Exercise, level = string.IsNullOrEmpty(i.Level) ? null : i.Level, restAfter = i.RestAfter }).ToArray(),
        });
        var read = RoutineDraftReader.Read(new JsonInput("", body), data.Library, Id ?? data.Library.FreeRoutineId(Name ?? ""));
        if (!read.Succeeded)
        {
            return Fail(read.Problem!.ToString());
        }
        RoutineSaving.Save(data.Store, data.Library, read.Value!, replace: Id is not null);
        return Redirect($"/routines#all");
    }

    private PageResult Fail(string problem)
    {
        Problem = problem;
        Response.StatusCode = 400;
        return Page();
    }

    private void Fill(Routine routine, string name)
    {
        Name = name;
        Description = routine.Description;
        Items = routine.Items.Select(i => new ItemForm
        {
            Exercise = i.Exercise.Value,
            Level = i.Level is { } l ? Kebab.Of(l) : null,
            RestAfter = i.RestAfterSeconds,
        }).ToList();
    }
}
