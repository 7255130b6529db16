namespace Unknot.Storage;

/// <summary>
/// Opens a user's store. A provider prepares its database once per process (schema checked and migrated the
/// first time) and then hands out cheap, pooled stores — one per command or request.
/// </summary>
public interface IStoreFactory
{
    /// <summary>Where the data lives, for messages (a file path, a host).</summary>
    string Location { get; }

    /// <summary>True when the database already exists, so reading it will not create it.</summary>
    bool Exists { get; }

    /// <summary>A store for <paramref name="userId"/>; the caller disposes it.</summary>
    IUnknotStore Open(string userId);
}
