namespace Unknot.Catalog;

/// <summary>What loading the catalog gave: the exercises that loaded and the problems with those that did not.</summary>
public sealed record CatalogLoad(ExerciseCatalog Catalog, IReadOnlyList<LoadProblem> Problems);

/// <summary>Loads the built-in exercises, then the user's, so a user file can replace a built-in by id.</summary>
public static class CatalogLoader
{
    /// <summary>Loads the built-ins and, when <paramref name="home"/> is given, its <c>exercises/</c> folder.</summary>
    public static CatalogLoad Load(string? home)
    {
        var problems = new List<LoadProblem>();
        var builtIns = new List<Exercise>();
        foreach (var (file, text) in CatalogSources.Embedded("exercises"))
        {
            if (ExerciseParser.Parse(file, text, "built-in", problems) is { } exercise)
            {
                builtIns.Add(exercise);
            }
        }
        var catalog = new ExerciseCatalog(builtIns);
        if (home is null)
        {
            return new CatalogLoad(catalog, problems);
        }
        var own = WithOwn(catalog, CatalogSources.UserFolder(home, "exercises", problems),
            image => ExerciseImages.Read(home, image, out var trouble) is null ? trouble : null);
        return new CatalogLoad(own.Catalog, [.. problems, .. own.Problems]);
    }

    /// <summary>
    /// <paramref name="catalog"/> with a user's own exercise files added, wherever they are kept (a home folder, or
    /// a hosted user's rows in the database): each read by the parser, its picture checked by
    /// <paramref name="checkImage"/> (null when fine, else why not), an id given by two files reported, and one with a
    /// built-in's id replacing it, marked as such.
    /// </summary>
    public static CatalogLoad WithOwn(ExerciseCatalog catalog, IEnumerable<(string File, string Text)> files, Func<string, string?>? checkImage = null)
    {
        var problems = new List<LoadProblem>();
        var own = new List<Exercise>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            var exercise = ExerciseParser.Parse(file, text, file, problems, checkImage);
            if (exercise is null)
            {
                continue;
            }
            if (!seen.Add(exercise.Id.Value))
            {
                problems.Add(new LoadProblem(file, 1, "id", $"'{exercise.Id}' is already defined by another file in exercises/; rename one of them"));
                continue;
            }
            own.Add(catalog.All.Any(e => e.Id == exercise.Id && e.Origin == "built-in") ? exercise with { ReplacesBuiltIn = true } : exercise);
        }
        return new CatalogLoad(new ExerciseCatalog([.. catalog.All, .. own]), problems);
    }
}
