using Unknot.Progress;

namespace Unknot.Storage;

/// <summary>
/// Where sessions and settings are kept, for one user. Callers see only this interface; each provider
/// (SQLite today) keeps its SQL to itself.
/// </summary>
public interface IUnknotStore : IDisposable
{
    /// <summary>The user whose records this store reads and writes.</summary>
    string UserId { get; }

    /// <summary>
    /// Inserts or updates one of the user's sessions and its segments, all at once; false (nothing written) when
    /// the id belongs to another user's session.
    /// </summary>
    bool Save(SessionRecord session);

    /// <summary>
    /// Adds a session that is not stored yet; true once it is durably written, false when its id is already
    /// stored (and nothing was changed). Sessions added at the same moment share one transaction.
    /// </summary>
    Task<bool> AddAsync(SessionRecord session, CancellationToken cancel = default);

    /// <summary>Deletes one of the user's sessions and takes it out of the running figures; false when there was none.</summary>
    bool Delete(Guid id);

    /// <summary>The ids of the user's sessions that start with <paramref name="prefix"/> (lowercase hex), at most <paramref name="max"/>.</summary>
    IReadOnlyList<Guid> IdsStartingWith(string prefix, int max);

    /// <summary>The session with this id, or null.</summary>
    SessionRecord? Find(Guid id);

    /// <summary>One page of sessions, newest first.</summary>
    IReadOnlyList<SessionRecord> Sessions(SessionQuery query);

    /// <summary>Every session, oldest first, read in batches as the caller goes (for the export).</summary>
    IEnumerable<SessionRecord> AllSessions();

    /// <summary>The running figures statistics are computed from.</summary>
    IProgressFacts Progress { get; }

    /// <summary>The most recently started session that was not completed and has a checkpoint, or null.</summary>
    SessionRecord? LatestUnfinished();

    /// <summary>Every setting of the user.</summary>
    IReadOnlyDictionary<string, string> Settings();

    /// <summary>Sets a setting, or removes it when <paramref name="value"/> is null.</summary>
    void SetSetting(string key, string? value);

    /// <summary>The routines the user built, by id.</summary>
    IReadOnlyList<Routines.Routine> Routines();

    /// <summary>Inserts or replaces one of the user's routines.</summary>
    void SaveRoutine(Routines.Routine routine);

    /// <summary>Deletes one of the user's routines; false when there was none with that id.</summary>
    bool DeleteRoutine(string id);

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

    /// <summary>
    /// The user's stored sessions that cannot be read back, with the reason; they are left out of every list and
    /// figure, and <see cref="Delete"/> removes them.
    /// </summary>
    IReadOnlyList<UnreadableSession> Unreadable();

    /// <summary>Imports committed in the database whose files may not all be in place yet.</summary>
    IReadOnlyList<PendingImport> PendingImports();

    /// <summary>Forgets a pending import once its files are in place.</summary>
    void ImportFinished(Guid id);

    /// <summary>Records a reminder as it is offered.</summary>
    void AddReminder(ReminderRecord reminder);

    /// <summary>Records what became of a reminder; false when there is no such reminder of this user.</summary>
    bool SetReminderOutcome(Guid id, Reminders.ReminderOutcome outcome);

    /// <summary>The reminders offered from <paramref name="since"/> on, oldest first.</summary>
    IReadOnlyList<ReminderRecord> Reminders(DateTimeOffset since);

    /// <summary>Adds <paramref name="seconds"/> of active time to <paramref name="day"/>.</summary>
    void AddActiveTime(DateOnly day, int seconds);

    /// <summary>Active time per day from <paramref name="since"/> on, oldest first.</summary>
    IReadOnlyList<ActiveDay> ActiveDays(DateOnly since);

    /// <summary>Deletes every row of this user, the user included, in one transaction (an account deleted in hosted mode).</summary>
    void DeleteUser();
}

/// <summary>One of a user's own files kept in the database: <c>exercises/NAME.yaml</c> or a picture beside it.</summary>
public sealed record StoredFile(string Folder, string Name, byte[] Content);

/// <summary>An import's files, as paths relative to the Unknot home (<c>exercises/mine.yaml</c>), staged under <c>.import-tmp</c> names.</summary>

public sealed record PendingImport(Guid Id, IReadOnlyList<string> Files);

/// <summary>A stored session that could not be read back, and why.</summary>
public sealed record UnreadableSession(string Id, string Reason);
