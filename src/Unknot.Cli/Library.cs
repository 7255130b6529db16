using Unknot.Catalog;
using Unknot.Routines;

namespace Unknot.Cli;

/// <summary>The catalog and routines as the CLI sees them: built-ins plus the user's files, problems reported once.</summary>
public sealed record Library(ExerciseCatalog Catalog, RoutineLibrary Routines)
{
    /// <summary>Loads everything under the host's home, writing a warning line per bad file.</summary>
    public static Library Load(CliHost host) => Load(host, null);

    /// <summary>
    /// Loads everything. Commands that already hold the database pass its <paramref name="profile"/>; without one
    /// the database is opened only when it exists, so listing the catalog never creates it.
    /// </summary>
    internal static Library Load(CliHost host, Profile? profile)
    {
        var catalog = CatalogLoader.Load(host.Home);
        IReadOnlyList<Routine> saved = [];
        if (profile is not null)
        {
            saved = profile.Store.Routines();
        }
        else if (File.Exists(Path.Combine(host.Home, CliHost.DatabaseFile)))
        {
            using var opened = Profile.Open(host);
            saved = opened.Store.Routines();
        }
        var routines = RoutineLibrary.Load(catalog.Catalog, host.Home, saved);
        foreach (var problem in catalog.Problems.Concat(routines.Problems))
        {
            host.Error.WriteLine($"warning: {problem} (file skipped)");
        }
        return new Library(catalog.Catalog, routines.Library);
    }

    /// <summary>The exercise with this id or alias, or a <see cref="CliError"/> with a suggestion.</summary>
    public Exercise Exercise(string id) => Catalog.Find(id) ?? throw new CliError(
        Catalog.Suggest(id) is { } hint
            ? $"unknown exercise '{id}' — did you mean '{hint}'?"
            : $"unknown exercise '{id}' — 'unknot exercises' lists them");

    /// <summary>The routine with this id, or a <see cref="CliError"/> with a suggestion.</summary>
    public Routine Routine(string id) => Routines.Find(id) ?? throw new CliError(
        Routines.Suggest(id) is { } hint
            ? $"unknown routine '{id}' — did you mean '{hint}'?"
            : $"unknown routine '{id}' — known: {string.Join(", ", Routines.All.Select(r => r.Id))}");
}
