using Unknot.Catalog;
using Unknot.Routines;

namespace Unknot.App.Workspaces;

/// <summary>What a user can play: the catalog, every routine (built-in, files, saved) and programme, with the problems found loading them.</summary>
public sealed record Library(ExerciseCatalog Catalog, RoutineSet Routines, IReadOnlyList<LoadProblem> Problems)
{
    /// <summary>The programmes: built-in and the person's files in <c>programs/</c>.</summary>
    public Unknot.Programmes.ProgrammeSet Programmes { get; init; } = new([]);

    /// <summary>"unknown programme 'x'", with the closest id when one is close, else the known ids.</summary>
    public string UnknownProgramme(string id) =>
        Programmes.Suggest(id) is { } hint
            ? $"unknown programme '{id}' — did you mean '{hint}'?"
            : $"unknown programme '{id}' — known: {string.Join(", ", Programmes.All.Select(p => p.Id))}";

    /// <summary>The exercise with this id or alias, or null.</summary>
    public Exercise? Exercise(string id) => Catalog.Find(id);

    /// <summary>The routine with this id, or null.</summary>
    public Routine? Routine(string id) => Routines.Find(id);

    /// <summary>"unknown exercise 'x'", with the closest id when one is close.</summary>
    public string UnknownExercise(string id) =>
        Catalog.Suggest(id) is { } hint ? $"unknown exercise '{id}' — did you mean '{hint}'?" : $"unknown exercise '{id}'";

    /// <summary>"unknown routine 'x'", with the closest id when one is close, else the known ids.</summary>
    public string UnknownRoutine(string id) =>
        Routines.Suggest(id) is { } hint
            ? $"unknown routine '{id}' — did you mean '{hint}'?"
            : $"unknown routine '{id}' — known: {string.Join(", ", Routines.All.Select(r => r.Id))}";

    /// <summary>An id for a new routine named <paramref name="name"/> that no routine has yet.</summary>
    public string FreeRoutineId(string name)
    {
        var id = Slug(name);
        var candidate = id;
        for (var n = 2; Routines.Find(candidate) is not null; n++)
        {
            candidate = $"{id}-{n}";
        }
        return candidate;
    }

    /// <summary>A kebab-case id made from a name.</summary>
    public static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }
        slug = slug.Trim('-');
        return slug.Length == 0 ? "routine" : slug[..Math.Min(slug.Length, 50)].Trim('-');
    }
}
