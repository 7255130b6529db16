namespace Unknot.Storage;

/// <summary>The one user of personal mode, whichever provider keeps the data.</summary>
public static class PersonalUser
{
    /// <summary>The user id under which personal mode keeps everything.</summary>
    public const string Id = "local";
}

/// <summary>
/// Opens a user's store. A provider prepares its database once per process (schema checked and migrated the
/// first time) and then hands out cheap, pooled stores — one per command or request.
/// </summary>
public interface IStoreFactory : IDisposable
{
    /// <summary>Where the data lives, for messages (a file path, a host).</summary>
    string Location { get; }

    /// <summary>True when the database already exists, so reading it will not create it.</summary>
    bool Exists { get; }

    /// <summary>A store for <paramref name="userId"/>; the caller disposes it.</summary>
    IUnknotStore Open(string userId);

    /// <summary>
    /// The user's settings and saved routines as of the database's latest version. A provider may keep them in
    /// memory and read them again only after the database changed (by any process).
    /// </summary>
    UserSnapshot Snapshot(string userId);

    /// <summary>
    /// One line for a person about a database error of this provider (<paramref name="error"/>): which file or
    /// server, what is wrong and what to do. Null when it is not a database error.
    /// </summary>
    string? Explain(Exception error);

    /// <summary>
    /// Told of <paramref name="error"/>, which a request met: lets go of what it shows to be broken (connections a
    /// restarted server ended), and returns how soon to try again when the trouble passes by itself (a server
    /// restarting, every connection in use); null when it needs a person, or is not a database error.
    /// </summary>
    TimeSpan? Recover(Exception error) => null;

    /// <summary>
    /// A read-only store on a damaged database that gives what can still be read, for an export that rescues it;
    /// <c>Lost</c> fills, as it reads, with a line for each row or part that could not be read.
    /// </summary>
    (IUnknotStore Store, IReadOnlyList<string> Lost) OpenForSalvage(string userId);
}

/// <summary>What a user keeps in the database besides sessions, as of one version of the database.</summary>
/// <param name="Version">Changes whenever the database does; equal versions mean equal contents.</param>
/// <param name="Settings">Settings by key.</param>
/// <param name="Routines">Saved routines.</param>
/// <param name="Files">Files kept in the database: a hosted user's own exercises and pictures.</param>
public sealed record UserSnapshot(long Version, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<Routines.Routine> Routines,
    IReadOnlyList<StoredFile>? Files = null);
