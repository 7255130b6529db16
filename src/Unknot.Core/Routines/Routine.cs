namespace Unknot.Routines;

/// <summary>An ordered list of exercises to play, built in or the user's own.</summary>
/// <param name="Id">Kebab-case id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">One or two sentences on when to use it.</param>
/// <param name="Items">The exercises in order.</param>
/// <param name="Origin">Built in, a user file, saved, planned or a session's snapshot.</param>
public sealed record Routine(string Id, string Name, string Description, IReadOnlyList<RoutineItem> Items, RoutineOrigin Origin)
{
    /// <summary>A built-in routine.</summary>
    public Routine(string id, string name, string description, IReadOnlyList<RoutineItem> items)
        : this(id, name, description, items, RoutineOrigin.BuiltIn)
    {
    }
}
