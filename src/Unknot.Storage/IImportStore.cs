using Unknot.Progress;

namespace Unknot.Storage;

/// <summary>An export read back all or nothing, and the files that come with it.</summary>
public interface IImportStore
{
    /// <summary>
    /// Adds sessions whose ids are not stored yet and sets the settings, all in one transaction: either
    /// everything is written or nothing. Returns how many sessions were new. <paramref name="files"/>, when given,
    /// is recorded in the same transaction as an import whose files still have to be moved into place.
    /// <paramref name="stored"/> are files kept in the database (where <see cref="HoldsFiles"/>); one the user has
    /// already under that name is left as it is.
    /// </summary>
    int Import(IEnumerable<SessionRecord> sessions, IReadOnlyDictionary<string, string> settings, IReadOnlyList<Routines.Routine>? routines = null,
        PendingImport? files = null, IReadOnlyList<ReminderRecord>? reminders = null, IReadOnlyList<ActiveDay>? activeDays = null,
        IReadOnlyList<StoredFile>? stored = null);


    /// <summary>True when the user's own exercise files and pictures live in the database (hosted mode), not in a home folder.</summary>
    bool HoldsFiles { get; }


    /// <summary>The user's files kept in the database, by folder and name (none where <see cref="HoldsFiles"/> is false).</summary>
    IReadOnlyList<StoredFile> Files();


    /// <summary>Imports committed in the database whose files may not all be in place yet.</summary>
    IReadOnlyList<PendingImport> PendingImports();


    /// <summary>Forgets a pending import once its files are in place.</summary>
    void ImportFinished(Guid id);

}
