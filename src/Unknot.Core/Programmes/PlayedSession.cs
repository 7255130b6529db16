using Unknot.Progress;

namespace Unknot.Programmes;

/// <summary>What a programme needs to know of one stored session: its local day, its routine, whether it was played to the end, and the pain around it.</summary>
/// <param name="Day">The local day it started on, in the zone it was played in.</param>
/// <param name="RoutineId">The id of the routine played.</param>
/// <param name="Finished">True when played to the end.</param>
/// <param name="PainBefore">Pain before, if rated.</param>
/// <param name="PainAfter">Pain after, if rated.</param>
/// <param name="StartedAt">When it started, to order sessions of one day.</param>
public sealed record PlayedSession(DateOnly Day, string RoutineId, bool Finished, int? PainBefore, int? PainAfter, DateTimeOffset StartedAt)
{
    /// <summary>The session as a programme sees it, on the local day of the zone it was played in.</summary>
    public static PlayedSession From(SessionRecord session) => new(
        TimeZones.LocalDay(session.StartedAt, TimeZones.Find(session.TimeZone)), session.Routine.Id, session.Completed,
        session.PainBefore?.Value, session.PainAfter?.Value, session.StartedAt);

    /// <summary>After minus before, when both were rated.</summary>
    public int? PainChange => PainBefore is { } before && PainAfter is { } after ? after - before : null;
}
