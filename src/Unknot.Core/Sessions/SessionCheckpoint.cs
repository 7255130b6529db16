using Unknot.Dosing;

namespace Unknot.Sessions;

/// <summary>Enough to pick a session up again: which routine at which level, and where in it.</summary>
/// <param name="Routine">The routine id.</param>
/// <param name="Level">The level it was compiled at.</param>
/// <param name="SegmentIndex">The segment that was playing.</param>
/// <param name="SecondsInto">How far into that segment, in seconds.</param>
public sealed record SessionCheckpoint(string Routine, Level Level, int SegmentIndex, double SecondsInto);
