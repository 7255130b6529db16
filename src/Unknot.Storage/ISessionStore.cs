using Unknot.Progress;

namespace Unknot.Storage;

/// <summary>The sessions of one user: each written whole with its segments, found, listed and deleted, with the running figures kept right.</summary>
public interface ISessionStore
{
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


    /// <summary>
    /// The user's stored sessions that cannot be read back, with the reason; they are left out of every list and
    /// figure, and <see cref="Delete"/> removes them.
    /// </summary>
    IReadOnlyList<UnreadableSession> Unreadable();

}
