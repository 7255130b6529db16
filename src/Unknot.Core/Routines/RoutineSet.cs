using Unknot.Catalog;
using Unknot.Text;

namespace Unknot.Routines;

/// <summary>What loading the routines gave: the routines that loaded and the problems with those that did not.</summary>
public sealed record RoutineLoad(RoutineSet Routines, IReadOnlyList<LoadProblem> Problems);

/// <summary>The built-in routines and the user's own, by id.</summary>
public sealed class RoutineSet
{
    private readonly Dictionary<string, Routine> _byId = new(StringComparer.Ordinal);

    /// <summary>Creates a set; a later routine with the same id replaces an earlier one.</summary>
    public RoutineSet(IEnumerable<Routine> routines)
    {
        var order = new List<string>();
        foreach (var routine in routines)
        {
            if (!_byId.ContainsKey(routine.Id))
            {
                order.Add(routine.Id);
            }
            _byId[routine.Id] = routine;
        }
        All = order.Select(id => _byId[id]).ToArray();
    }

    /// <summary>Every routine, built-ins first.</summary>
    public IReadOnlyList<Routine> All { get; }

    /// <summary>The routine with this id, or null (also for no id at all).</summary>
    public Routine? Find(string? id) => string.IsNullOrEmpty(id) ? null : _byId.GetValueOrDefault(id);

    /// <summary>The id the user most likely meant, or null when none is close.</summary>
    public string? Suggest(string typed) => DidYouMean.Suggest(typed, All.Select(r => r.Id));

    /// <summary>
    /// The built-in and file routines <paramref name="loaded"/> followed by <paramref name="saved"/> (the routines kept in
    /// the database); a saved routine naming an exercise the catalog lacks, or taking a built-in's id, is reported and left out.
    /// </summary>
    public static RoutineLoad Combine(IReadOnlyList<Routine> loaded, IEnumerable<Routine> saved, ExerciseCatalog catalog)
    {
        var problems = new List<LoadProblem>();
        var routines = new List<Routine>(loaded);
        foreach (var routine in saved)
        {
            var missing = routine.Items.FirstOrDefault(i => catalog.Find(i.Exercise.Value) is null);
            if (missing is not null)
            {
                problems.Add(new LoadProblem($"saved routine '{routine.Id}'", 1, "items", $"unknown exercise '{missing.Exercise}'"));
                continue;
            }
            if (routines.Any(r => r.Id == routine.Id && r.Origin.IsBuiltIn))
            {
                problems.Add(new LoadProblem($"saved routine '{routine.Id}'", 1, "id", "has the id of a built-in routine"));
                continue;
            }
            routines.Add(routine);
        }
        return new RoutineLoad(new RoutineSet(routines), problems);
    }

    /// <summary>Loads the built-in routines and, when <paramref name="home"/> is given, its <c>routines/</c> folder.</summary>
    public static RoutineLoad Load(ExerciseCatalog catalog, string? home) => Load(catalog, home, []);

    /// <summary>
    /// Loads the built-ins, the <c>routines/</c> folder and then <paramref name="saved"/> (the routines built in the
    /// web app); a saved routine naming an exercise the catalog lacks is reported and left out.
    /// </summary>
    public static RoutineLoad Load(ExerciseCatalog catalog, string? home, IEnumerable<Routine> saved)
    {
        var problems = new List<LoadProblem>();
        var routines = new List<Routine>();
        foreach (var (file, text) in CatalogSources.Embedded("routines"))
        {
            Add(RoutineParser.Parse(file, text, RoutineOrigin.BuiltIn, catalog, problems));
        }
        if (home is not null)
        {
            foreach (var (file, text) in CatalogSources.UserFolder(home, "routines", problems))
            {
                var routine = RoutineParser.Parse(file, text, RoutineOrigin.FromFile(file), catalog, problems);
                Add(routine is not null && routines.Any(r => r.Id == routine.Id && r.Origin.IsBuiltIn)
                    ? routine with { Origin = routine.Origin with { ReplacesBuiltIn = true } }
                    : routine);
            }
        }
        var combined = Combine(routines, saved, catalog);
        return new RoutineLoad(combined.Routines, [.. problems, .. combined.Problems]);

        void Add(Routine? routine)
        {
            if (routine is not null)
            {
                routines.Add(routine);
            }
        }
    }
}
