using Unknot.App.Fields;
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
    public static ReadResult<Routine> Read(Input input, Library? library, string? idFromPath = null) => ReadResult<Routine>.From(() => Routine(input, library, idFromPath));

    /// <summary>As <see cref="Read"/>, throwing a <see cref="FieldException"/> on the first problem.</summary>
    public static Routine Routine(Input input, Library? library, string? idFromPath = null)
    {
        var problems = new FieldProblems();
        var routine = Routine(input, library, idFromPath, problems);
        return problems.None ? routine! : throw new FieldException(problems.All[0]);
    }

    /// <summary>As <see cref="Read"/>, with every problem rather than the first: what a form shows, each by its field.</summary>
    public static (Routine? Routine, IReadOnlyList<FieldProblem> Problems) ReadAll(Input input, Library? library, string? idFromPath = null)
    {
        var problems = new FieldProblems();
        var routine = Routine(input, library, idFromPath, problems);
        return problems.None ? (routine, []) : (null, problems.All);
    }

    /// <summary>
    /// Only the <c>items[]</c> of a draft, with every problem among them: enough to tell how long the routine will take
    /// before it has a name.
    /// </summary>
    public static (IReadOnlyList<RoutineItem> Items, IReadOnlyList<FieldProblem> Problems) ReadItems(Input input, Library? library)
    {
        var problems = new FieldProblems();
        var items = Items(input, library, problems);
        return (problems.None ? items : [], problems.All);
    }

    /// <summary>A draft being built, for its preview: the name when it has one, and the items, with every problem among them.</summary>
    public static (string? Name, IReadOnlyList<RoutineItem> Items, IReadOnlyList<FieldProblem> Problems) ReadPreview(Input input, Library? library)
    {
        var problems = new FieldProblems();
        var name = problems.Try(() => input.Optional("name")?.String(MaxName));
        var items = Items(input, library, problems);
        return (name, problems.None ? items : [], problems.All);
    }

    private static Routine? Routine(Input input, Library? library, string? idFromPath, FieldProblems problems)
    {
        var name = problems.Try(() =>
        {
            var text = input.Required("name").String(MaxName).Trim();
            return text.Length > 0 ? text : throw input.Required("name").Problem("must not be empty");
        });
        var id = problems.Try(() =>
        {
            var given = input.Optional("id");
            if (idFromPath is not null && given is not null && given.String(60) != idFromPath)
            {
                throw given.Problem($"must match the id in the address ('{idFromPath}') or be left out");
            }
            if (idFromPath is null && given is null && name is null)
            {
                return null; // made from the name, whose problem is already told
            }
            var made = idFromPath ?? given?.String(60) ?? Library.Slug(name!);
            return ExerciseId.IsValid(made) ? made : throw (given ?? input.Required("name")).Problem($"must be kebab-case, such as 'my-desk', got '{made}'");
        });
        var description = problems.Try(() => input.Optional("description")?.String(MaxDescription).Trim() ?? "");
        var items = Items(input, library, problems);
        return problems.None ? new Routine(id!, name!, description!, items, RoutineOrigin.Saved) : null;
    }

    private static RoutineItem[] Items(Input input, Library? library, FieldProblems problems)
    {
        var list = problems.Try(() => input.Required("items").List(MaxItems));
        if (list is null)
        {
            return [];
        }
        var items = list.Select(item =>
        {
            var exercise = problems.Try<ExerciseId?>(() =>
            {
                var field = item.Required("exercise");
                var text = field.String(80);
                return library is null
                    ? ExerciseId.IsValid(text) ? new ExerciseId(text) : throw field.Problem($"must be a kebab-case id, got '{text}'")
                    : library.Exercise(text)?.Id ?? throw field.Problem(library.UnknownExercise(text));
            });
            var level = problems.Try(() => item.Optional("level")?.Word<Level>());
            var rest = problems.Try(() => item.Optional("restAfter")?.Int(0, RoutineParser.MaxRestSeconds, "seconds") ?? 0);
            return exercise is { } id ? new RoutineItem(id, level, rest) : null;
        }).ToArray();
        if (items.Length == 0)
        {
            problems.Try<object>(() => throw input.Required("items").Problem("must list at least one exercise"));
        }
        return items.OfType<RoutineItem>().ToArray();
    }
}
