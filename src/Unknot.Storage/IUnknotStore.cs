using Unknot.Progress;

namespace Unknot.Storage;

/// <summary>
/// Where one user's data is kept: the sessions, settings, routines, imports, reminders and programmes facets together.
/// Callers see only these interfaces; each provider (SQLite and PostgreSQL) keeps its SQL to itself.
/// </summary>
public interface IUnknotStore : ISessionStore, ISettingsStore, IRoutineStore, IImportStore, IReminderStore, IProgrammeStore, IDisposable
{
    /// <summary>The user whose records this store reads and writes.</summary>
    string UserId { get; }

    /// <summary>Deletes every row of this user, the user included, in one transaction (an account deleted in hosted mode).</summary>
    void DeleteUser();
}

/// <summary>One of a user's own files kept in the database: <c>exercises/NAME.yaml</c> or a picture beside it.</summary>
public sealed record StoredFile(string Folder, string Name, byte[] Content);

/// <summary>An import's files, as paths relative to the Unknot home (<c>exercises/mine.yaml</c>), staged under <c>.import-tmp</c> names.</summary>
public sealed record PendingImport(Guid Id, IReadOnlyList<string> Files);

/// <summary>A stored session that could not be read back, and why.</summary>
public sealed record UnreadableSession(string Id, string Reason);
