using Unknot.Catalog;
using Unknot.Dosing;

namespace Unknot.Routines;

/// <summary>Turns one routine YAML file into a <see cref="Routine"/>, checking every exercise against the catalog.</summary>
public static class RoutineParser
{
    /// <summary>Longest extra rest after an exercise, in seconds.</summary>
    public const int MaxRestSeconds = 600;

    /// <summary>Parses the text of <paramref name="file"/>; returns null when any problem was found.</summary>
    public static Routine? Parse(string file, string text, RoutineOrigin origin, ExerciseCatalog catalog, List<LoadProblem> problems)
    {
        var before = problems.Count;
        var root = Yaml.YamlFile.Open(file, text, problems);
        if (root is null)
        {
            return null;
        }
        root.RejectUnknown("id", "name", "description", "items");
        var id = root.String("id");
        if (id is not null && !ExerciseId.IsValid(id))
        {
            root.Problem("id", $"must be kebab-case (lower-case words joined by '-'), got '{id}'");
        }
        var name = root.String("name");
        var description = root.String("description", required: false) ?? "";
        var items = Items(root, catalog);
        return problems.Count == before ? new Routine(id!, name!, description, items, origin) : null;
    }

    /// <summary>The <c>items</c> of a routine (or of a programme's own session), each exercise checked against the catalog.</summary>
    internal static List<RoutineItem> Items(Yaml.YamlFields owner, ExerciseCatalog catalog)
    {
        var items = new List<RoutineItem>();
        foreach (var item in owner.Mappings("items"))
        {
            item.RejectUnknown("exercise", "level", "restAfter");
            var exerciseId = item.String("exercise");
            var level = item.Enum<Level>("level", required: false);
            var rest = item.Int("restAfter", 0, MaxRestSeconds, required: false) ?? 0;
            if (exerciseId is null)
            {
                continue;
            }
            var exercise = catalog.Find(exerciseId);
            if (exercise is null)
            {
                var hint = catalog.Suggest(exerciseId);
                item.Problem("exercise", hint is null
                    ? $"unknown exercise '{exerciseId}': no exercise in the catalog has that id or alias"
                    : $"unknown exercise '{exerciseId}' — did you mean '{hint}'?");
                continue;
            }
            items.Add(new RoutineItem(exercise.Id, level, rest));
        }
        return items;
    }
}
