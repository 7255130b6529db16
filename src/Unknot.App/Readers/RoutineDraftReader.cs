using Unknot.App.Input;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;

namespace Unknot.App.Readers;

/// <summary>
/// Reads a routine the user built — the builder form, <c>POST</c>/<c>PUT /api/routines</c>, an import's saved routines —
/// from fields <c>id</c>, <c>name</c>, <c>description</c> and <c>items[]</c> (<c>exercise</c>, <c>level</c>, <c>restAfter</c>).
/// </summary>
public static class RoutineDraftReader
{
    /// <summary>Longest name.</summary>
    public const int MaxName = 100;

    /// <summary>Longest description.</summary>
    public const int MaxDescription = 500;

    /// <summary>Most exercises in one routine.</summary>
    public const int MaxItems = 100;

    /// <summary>
    /// The routine, saved-to-be, or the first problem. The id is <paramref name="idFromPath"/> when given (a body id must
    /// then match it), else the body's, else one made from the name. Without a <paramref name="library"/> (a routine as
    /// a stored session played it, whose exercises may since have gone) any kebab-case exercise id is taken.
    /// </summary>
    public static ReadResult<Routine> Read(Input.Input input, Library? library, string? idFromPath = null) => ReadResult<Routine>.From(() => Routine(input, library, idFromPath));

    /// <summary>As <see cref="Read"/>, throwing a <see cref="FieldException"/> on the first problem.</summary>
    public static Routine Routine(Input.Input input, Library? library, string? idFromPath = null)
    {
        var name = input.Required("name").String(MaxName).Trim();
        if (name.Length == 0)
        {
            throw input.Required("name").Problem("must not be empty");
        }
        var given = input.Optional("id");
        if (idFromPath is not null && given is not null && given.String(60) != idFromPath)
        {
            throw given.Problem($"must match the id in the address ('{idFromPath}') or be left out");
        }
        var id = idFromPath ?? given?.String(60) ?? Library.Slug(name);
        if (!ExerciseId.IsValid(id))
        {
            throw (given ?? input.Required("name")).Problem($"must be kebab-case, such as 'my-desk', got '{id}'");
        }
        var description = input.Optional("description")?.String(MaxDescription).Trim() ?? "";
        var items = input.Required("items").List(MaxItems).Select(item =>
        {
            var field = item.Required("exercise");
            var text = field.String(80);
            var exercise = library is null
                ? ExerciseId.IsValid(text) ? new ExerciseId(text) : throw field.Problem($"must be a kebab-case id, got '{text}'")
                : library.Exercise(text)?.Id ?? throw field.Problem(library.UnknownExercise(text));
            return new RoutineItem(exercise, item.Optional("level")?.Word<Level>(), item.Optional("restAfter")?.Int(0, RoutineParser.MaxRestSeconds) ?? 0);
        }).ToArray();
        if (items.Length == 0)
        {
            throw input.Required("items").Problem("must list at least one exercise");
        }
        return new Routine(id, name, description, items, RoutineOrigin.Saved);
    }
}
