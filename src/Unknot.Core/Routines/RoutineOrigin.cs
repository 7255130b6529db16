namespace Unknot.Routines;

/// <summary>Where a routine comes from.</summary>
public enum RoutineSource
{
    /// <summary>Shipped with Unknot.</summary>
    BuiltIn,

    /// <summary>A YAML file in the user's <c>routines/</c> folder.</summary>
    File,

    /// <summary>Saved in the database (the builder, <c>unknot plan --save</c>, an import).</summary>
    Saved,

    /// <summary>Made by the planner for one request and not saved.</summary>
    Planned,

    /// <summary>A snapshot stored with a session, as it was played.</summary>
    History,
}

/// <summary>Where a routine comes from, with the file's path for a user file.</summary>
/// <param name="Source">The kind of origin.</param>
/// <param name="File">For <see cref="RoutineSource.File"/>, the path relative to the Unknot home (<c>routines/my.yaml</c>).</param>
public sealed record RoutineOrigin(RoutineSource Source, string? File = null)
{
    /// <summary>Shipped with Unknot.</summary>
    public static RoutineOrigin BuiltIn { get; } = new(RoutineSource.BuiltIn);

    /// <summary>Saved in the database.</summary>
    public static RoutineOrigin Saved { get; } = new(RoutineSource.Saved);

    /// <summary>Made by the planner.</summary>
    public static RoutineOrigin Planned { get; } = new(RoutineSource.Planned);

    /// <summary>A session's snapshot.</summary>
    public static RoutineOrigin History { get; } = new(RoutineSource.History);

    /// <summary>A user file at <paramref name="path"/>.</summary>
    public static RoutineOrigin FromFile(string path) => new(RoutineSource.File, path);

    /// <summary>True when the user may change or delete it through Unknot (saved routines only).</summary>
    public bool IsEditable => Source == RoutineSource.Saved;

    /// <summary>True for a routine shipped with Unknot.</summary>
    public bool IsBuiltIn => Source == RoutineSource.BuiltIn;

    /// <summary>True for a user's routine file that takes the place of the built-in routine with the same id.</summary>
    public bool ReplacesBuiltIn { get; init; }
}
