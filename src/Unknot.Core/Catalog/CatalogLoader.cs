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
        var exercises = new List<Exercise>();
        foreach (var (file, text) in CatalogSources.Embedded("exercises"))
        {
            Add(ExerciseParser.Parse(file, text, "built-in", problems));
        }
        if (home is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (file, text) in CatalogSources.UserFolder(home, "exercises", problems))
            {
                var exercise = ExerciseParser.Parse(file, text, file, problems,
                    image => ExerciseImages.Read(home, image, out var trouble) is null ? trouble : null);
                if (exercise is not null && !seen.Add(exercise.Id.Value))
                {
                    problems.Add(new LoadProblem(file, 1, "id", $"'{exercise.Id}' is already defined by another file in exercises/; rename one of them"));
                    continue;
                }
                Add(exercise is not null && exercises.Any(e => e.Id == exercise.Id) ? exercise with { ReplacesBuiltIn = true } : exercise);
            }
        }
        return new CatalogLoad(new ExerciseCatalog(exercises), problems);

        void Add(Exercise? exercise)
        {
            if (exercise is not null)
            {
                exercises.Add(exercise);
            }
        }
    }
}
