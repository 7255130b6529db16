using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Timelines;

namespace Unknot.Testing;

/// <summary>The shipped catalog and routines, loaded once for all tests.</summary>
public static class Builtins
{
    private static readonly Lazy<ExerciseCatalog> LazyCatalog = new(() => CatalogLoader.Load(null).Catalog);
    private static readonly Lazy<RoutineSet> LazyRoutines = new(() => RoutineSet.Load(Catalog, null).Routines);

    /// <summary>The twelve built-in exercises.</summary>
    public static ExerciseCatalog Catalog => LazyCatalog.Value;

    /// <summary>The built-in routines.</summary>
    public static RoutineSet Routines => LazyRoutines.Value;

    /// <summary>The timeline of the built-in routine <paramref name="routine"/> at <paramref name="level"/>.</summary>
    public static Timeline Timeline(string routine, Level level = Level.Standard) => TimelineCompiler.Compile(Routines.Find(routine)!, Catalog, level);

    /// <summary>The ids the catalog must ship, as the product promises them.</summary>
    public static readonly IReadOnlyList<string> ExpectedIds =
    [
        "cat-cow", "chest-stretch", "traps-lacrosse-ball", "chest-lacrosse-ball", "lateral-neck-stretch",
        "lateral-rotation-neck-stretch", "wall-glides", "childs-pose", "neck-rotations-and-tilts",
        "butterfly-wings", "chair-rotation", "standing-arm-slides",
    ];
}
