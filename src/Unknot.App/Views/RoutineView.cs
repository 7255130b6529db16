using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.App.Views;

/// <summary>A routine as <c>unknot routines --json</c> and <c>/api/routines</c> give it.</summary>
/// <param name="Origin">built-in, file, saved or planned.</param>
/// <param name="File">For a routine from a user file, its path under the Unknot home.</param>
/// <param name="Editable">True when Unknot may change or delete it (saved routines).</param>
/// <param name="ReplacesBuiltIn">True for a user's routine file that takes the place of the built-in with its id.</param>
public sealed record RoutineView(string Id, string Name, string Description, IReadOnlyList<RoutineItemView> Items, int StandardSeconds,
    string Origin, string? File, bool Editable, bool ReplacesBuiltIn)
{
    /// <summary>The view of <paramref name="r"/>; its time is compiled at the standard level.</summary>
    public static RoutineView From(Routine r, ExerciseCatalog catalog) => new(
        r.Id, r.Name, r.Description,
        r.Items.Select(i => new RoutineItemView(i.Exercise.Value, i.Level, i.RestAfterSeconds)).ToArray(),
        TimelineCompiler.Compile(r, catalog, Level.Standard).TotalSeconds,
        Kebab.Of(r.Origin.Source), r.Origin.File, r.Origin.IsEditable, r.Origin.ReplacesBuiltIn);
}

/// <summary>One item of a routine; <c>level</c> is absent when the routine's level applies.</summary>
public sealed record RoutineItemView(string Exercise, Level? Level, int RestAfter);
