using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Routines;
using Unknot.Text;

namespace Unknot.Web.Pages.Routines;

/// <summary>
/// The routine builder: add, reorder, change and remove exercises, then save to the database (where
/// <c>unknot routines</c> finds it too). Works with plain form posts; every button says what it does. With script
/// (js/builder.js) the same form changes in place and saves through the API, which reads the same fields the same way.
/// </summary>
public sealed class EditModel(UserContext data) : PageModel
{
    public sealed class ItemForm
    {
        public string Exercise { get; set; } = "";

        public string? Level { get; set; }

        /// <summary>As typed, so that a bad value is told back rather than read as nothing.</summary>
        public string? RestAfter { get; set; }
    }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<ItemForm> Items { get; set; } = [];

    /// <summary>The saved routine being edited; null for a new one.</summary>
    public string? Id { get; private set; }

    /// <summary>Problems that belong to no one field, as sentences.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The problem of each field, as a sentence, by the field's name in the form (<c>Items[2].RestAfter</c>).</summary>
    public IReadOnlyDictionary<string, string> FieldProblems { get; private set; } = new Dictionary<string, string>();

    /// <summary>True when some field has a problem.</summary>
    public bool Failed => Problems.Count > 0 || FieldProblems.Count > 0;

    /// <summary>What the routine as it stands comes to; null while its exercises have a problem.</summary>
    public RoutinePreviewView? Preview { get; private set; }

    public IReadOnlyList<Exercise> Exercises => data.Catalog.All;

    /// <summary>The level a routine plays at when its exercises name none.</summary>
    public string Level => Kebab.Of(data.Level);

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
            Items = [NewItem()];
        }
        return Shown();
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
                Items.Add(NewItem());
                return Shown();
            case "up" when index > 0:
                (Items[index - 1], Items[index]) = (Items[index], Items[index - 1]);
                return Shown();
            case "down" when index >= 0 && index < Items.Count - 1:
                (Items[index + 1], Items[index]) = (Items[index], Items[index + 1]);
                return Shown();
            case "remove" when index >= 0:
                Items.RemoveAt(index);
                return Shown();
            case "delete" when Id is not null:
                data.Store.DeleteRoutine(Id);
                return Redirect("/routines");
            case "save":
                return Save();
            default:
                return Shown();
        }
    }

    /// <summary>The sentence for the problem of <paramref name="field"/>, or null.</summary>
    public string? ProblemOf(string field) => FieldProblems.GetValueOrDefault(field);

    /// <summary>What a problem of each field begins with, by the field's name in the API (the words "Rest must be…").</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        ["name"] = "The name",
        ["description"] = "The description",
        ["exercise"] = "The exercise",
        ["level"] = "The level",
        ["restAfter"] = "Rest",
        ["items"] = "A routine",
    };

    private IActionResult Save()
    {
        var (routine, problems) = RoutineDraftReader.ReadAll(Draft(), data.Library, Id ?? data.Library.FreeRoutineId(Name ?? ""));
        if (routine is null)
        {
            Response.StatusCode = 400;
            Tell(problems);
            return Shown();
        }
        RoutineSaving.Save(data.Store, data.Library, routine, replace: Id is not null);
        return Redirect($"/routines#all");
    }

    /// <summary>The page, with what the routine comes to when its exercises read well.</summary>
    private PageResult Shown()
    {
        var (items, problems) = RoutineDraftReader.ReadItems(Draft(), data.Library);
        Preview = problems.Count == 0 ? RoutinePreviewView.From(Name, items, data.Library, data.Level) : null;
        if (!Failed && problems.Count > 0)
        {
            // A value the form was sent with that cannot be played is marked already, before saving.
            Tell(problems);
        }
        return Page();
    }

    /// <summary>The form as the JSON body the API takes, read by the same reader.</summary>
    private JsonInput Draft() => new("", JsonSerializer.SerializeToElement(new
    {
        name = Name ?? "", // an empty field is bound as null; it is there, and empty
        description = Description,
        items = Items.Select(i => new
        {
            exercise = i.Exercise,
            level = string.IsNullOrEmpty(i.Level) ? null : i.Level,
            restAfter = Rest(i.RestAfter),
        }).ToArray(),
    }));

    /// <summary>A typed rest as a JSON number when it is one, nothing when empty, else the text (which the reader refuses, quoting it).</summary>
    private static object? Rest(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null
        : int.TryParse(typed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) ? seconds
        : typed.Trim();

    private void Tell(IReadOnlyList<FieldProblem> problems)
    {
        var byField = new Dictionary<string, string>();
        var rest = new List<string>();
        foreach (var problem in problems)
        {
            var field = FormName(problem.Field);
            if (field is not null && !byField.ContainsKey(field))
            {
                byField[field] = Sentence(problem);
            }
            else
            {
                rest.Add(Sentence(problem));
            }
        }
        FieldProblems = byField;
        Problems = rest;
    }

    /// <summary>The form's name of a field the API names (<c>items[2].restAfter</c> is <c>Items[2].RestAfter</c>), when the form has one.</summary>
    private string? FormName(string field)
    {
        var parts = field.Split('.');
        if (parts is ["name" or "description"])
        {
            return Capital(parts[0]);
        }
        return parts is [var item, "exercise" or "level" or "restAfter"] && item.StartsWith("items[", StringComparison.Ordinal)
            ? $"I{item[1..]}.{Capital(parts[1])}"
            : null;
    }

    /// <summary>A problem as a sentence a person reads: "Rest must be a whole number of seconds from 0 to 600, got 700."</summary>
    public static string Sentence(FieldProblem problem)
    {
        var leaf = problem.Field.Split('.')[^1];
        var label = Labels.GetValueOrDefault(leaf.Split('[')[0]);
        var text = label is not null && (problem.Message.StartsWith("must ", StringComparison.Ordinal) || problem.Message.StartsWith("is ", StringComparison.Ordinal))
            ? $"{label} {problem.Message}"
            : Capital(problem.Message);
        return text.EndsWith('.') || text.EndsWith('?') ? text : text + ".";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private ItemForm NewItem() => new() { Exercise = data.Catalog.All[0].Id.Value };

    private void Fill(Routine routine, string name)
    {
        Name = name;
        Description = routine.Description;
        Items = routine.Items.Select(i => new ItemForm
        {
            Exercise = i.Exercise.Value,
            Level = i.Level is { } l ? Kebab.Of(l) : null,
            RestAfter = i.RestAfterSeconds.ToString(CultureInfo.InvariantCulture),
        }).ToList();
    }
}
