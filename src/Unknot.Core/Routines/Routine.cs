namespace Unknot.Routines;

/// <summary>An ordered list of exercises to play, built in or the user's own.</summary>
/// <param name="Id">Kebab-case id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">One or two sentences on when to use it.</param>
/// <param name="Items">The exercises in order.</param>
/// <param name="Origin">"built-in" or the user file it came from.</param>
public sealed record Routine(string Id, string Name, string Description, IReadOnlyList<RoutineItem> Items, string Origin = "built-in");
