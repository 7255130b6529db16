namespace Unknot.Progress;

/// <summary>
/// What one session adds to the running figures: the local day it started on (in the zone it was played in),
/// whether it was completed, the seconds done, the pain change and the exercises done. A store adds a session's
/// contribution when it is saved and takes the old one away when it is saved again, so statistics never need to
/// read the whole history.
/// </summary>
/// <param name="Day">The local day it started on.</param>
/// <param name="Completed">True when it was played to the end.</param>
/// <param name="DoneSeconds">Seconds of segments done.</param>
/// <param name="PainChange">After minus before, when both were given.</param>
/// <param name="Exercises">The exercises of which a hold or work segment was done, in id order.</param>
public sealed record SessionContribution(DateOnly Day, bool Completed, int DoneSeconds, int? PainChange, IReadOnlyList<string> Exercises)
{
    /// <summary>True when any of it was done; only such sessions count toward the weekly figures.</summary>
    public bool Active => DoneSeconds > 0;

    /// <summary>True when both add the same to every figure (the exercises compared item by item).</summary>
    public bool Equals(SessionContribution? other) =>
        other is not null && Day == other.Day && Completed == other.Completed && DoneSeconds == other.DoneSeconds
        && PainChange == other.PainChange && Exercises.SequenceEqual(other.Exercises, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Day, Completed, DoneSeconds, PainChange, Exercises.Count);

    /// <summary>The contribution of <paramref name="session"/>.</summary>
    public static SessionContribution Of(SessionRecord session) => new(
        TimeZones.LocalDay(session.StartedAt, TimeZones.Find(session.TimeZone)),
        session.Completed,
        session.DoneSeconds,
        session.PainChange,
        session.ExercisesDone.Order(StringComparer.Ordinal).ToArray());
}

/// <summary>The totals of one local day.</summary>
/// <param name="Day">The day.</param>
/// <param name="Sessions">Sessions of which something was done.</param>
/// <param name="Completed">Sessions played to the end.</param>
/// <param name="DoneSeconds">Seconds done in all of them.</param>
public sealed record DayTotal(DateOnly Day, int Sessions, int Completed, long DoneSeconds);

/// <summary>A run of consecutive days, each with at least one completed session.</summary>
/// <param name="First">Its first day.</param>
/// <param name="Last">Its last day.</param>
public readonly record struct DayRun(DateOnly First, DateOnly Last)
{
    /// <summary>How many days it spans.</summary>
    public int Length => Last.DayNumber - First.DayNumber + 1;

    /// <summary>True when <paramref name="day"/> is in it.</summary>
    public bool Contains(DateOnly day) => day >= First && day <= Last;
}

/// <summary>How many sessions had both pain scores, and the sum of their changes.</summary>
/// <param name="Count">Sessions rated before and after.</param>
/// <param name="Sum">The sum of after minus before.</param>
public readonly record struct PainTotal(int Count, long Sum)
{
    /// <summary>The mean change, or null when nothing was rated.</summary>
    public double? Mean => Count == 0 ? null : (double)Sum / Count;
}

/// <summary>
/// What <see cref="Statistics"/> reads: the running figures a store keeps as sessions are saved, or the same
/// figures worked out from a list of sessions in memory (<see cref="ProgressFacts.Of"/>). Each method reads a
/// bounded amount, however long the history.
/// </summary>
public interface IProgressFacts
{
    /// <summary>The run of completed days that contains <paramref name="day"/>, or null.</summary>
    DayRun? RunThrough(DateOnly day);

    /// <summary>The length of the longest run of completed days, 0 when there is none.</summary>
    int LongestRun();

    /// <summary>The totals of each day from <paramref name="from"/> to <paramref name="to"/> that has any, in order.</summary>
    IReadOnlyList<DayTotal> Days(DateOnly from, DateOnly to);

    /// <summary>Pain changes of the sessions played on or after the local day <paramref name="since"/> (all when null).</summary>
    PainTotal PainChanges(DateOnly? since);

    /// <summary>Every exercise done in any session, in id order, with the rated sessions that included it.</summary>
    IReadOnlyList<ExerciseEffect> Exercises();

    /// <summary>The latest <paramref name="count"/> sessions with both pain scores, oldest first.</summary>
    IReadOnlyList<PainPoint> RecentPain(int count);

    /// <summary>The camera checks of the latest <paramref name="count"/> sessions that have any, oldest first.</summary>
    IReadOnlyList<SessionMeasurements> RecentMeasurements(int count);
}

/// <summary>The figures of <see cref="IProgressFacts"/> worked out from sessions in memory.</summary>
public sealed class ProgressFacts : IProgressFacts
{
    private readonly (SessionRecord Session, SessionContribution Facts)[] _sessions;
    private readonly DayRun[] _runs;

    private ProgressFacts(IEnumerable<SessionRecord> sessions)
    {
        _sessions = sessions.Select(s => (s, SessionContribution.Of(s))).ToArray();
        var days = _sessions.Where(s => s.Facts.Completed).Select(s => s.Facts.Day).Distinct().Order().ToArray();
        var runs = new List<DayRun>();
        foreach (var day in days)
        {
            if (runs.Count > 0 && runs[^1].Last.AddDays(1) == day)
            {
                runs[^1] = runs[^1] with { Last = day };
            }
            else
            {
                runs.Add(new DayRun(day, day));
            }
        }
        _runs = runs.ToArray();
    }

    /// <summary>The figures of <paramref name="sessions"/>.</summary>
    public static ProgressFacts Of(IEnumerable<SessionRecord> sessions) => new(sessions);

    /// <inheritdoc />
    public DayRun? RunThrough(DateOnly day) => _runs.Where(r => r.Contains(day)).Select(r => (DayRun?)r).FirstOrDefault();

    /// <inheritdoc />
    public int LongestRun() => _runs.Length == 0 ? 0 : _runs.Max(r => r.Length);

    /// <inheritdoc />
    public IReadOnlyList<DayTotal> Days(DateOnly from, DateOnly to) => _sessions
        .Where(s => s.Facts.Day >= from && s.Facts.Day <= to)
        .GroupBy(s => s.Facts.Day)
        .OrderBy(g => g.Key)
        .Select(g => new DayTotal(g.Key, g.Count(s => s.Facts.Active), g.Count(s => s.Facts.Completed), g.Sum(s => (long)s.Facts.DoneSeconds)))
        .ToArray();

    /// <inheritdoc />
    public PainTotal PainChanges(DateOnly? since)
    {
        var rated = _sessions.Where(s => s.Facts.PainChange is not null && (since is null || s.Facts.Day >= since)).ToArray();
        return new PainTotal(rated.Length, rated.Sum(s => (long)s.Facts.PainChange!.Value));
    }

    /// <inheritdoc />
    public IReadOnlyList<ExerciseEffect> Exercises() => _sessions
        .SelectMany(s => s.Facts.Exercises.Select(e => (Exercise: e, s.Facts.PainChange)))
        .GroupBy(x => x.Exercise, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g =>
        {
            var total = new PainTotal(g.Count(x => x.PainChange is not null), g.Sum(x => (long)(x.PainChange ?? 0)));
            return new ExerciseEffect(g.Key, total.Count, total.Mean);
        })
        .ToArray();

    /// <inheritdoc />
    public IReadOnlyList<PainPoint> RecentPain(int count) => _sessions
        .Where(s => s.Facts.PainChange is not null)
        .OrderByDescending(s => s.Session.StartedAt).ThenByDescending(s => s.Session.Id.ToString(), StringComparer.Ordinal)
        .Take(count)
        .Reverse()
        .Select(s => new PainPoint(s.Facts.Day, s.Session.PainBefore!.Value.Value, s.Session.PainAfter!.Value.Value))
        .ToArray();

    /// <inheritdoc />
    public IReadOnlyList<SessionMeasurements> RecentMeasurements(int count) => _sessions
        .Where(s => s.Session.Measurements is not null)
        .OrderByDescending(s => s.Session.StartedAt).ThenByDescending(s => s.Session.Id.ToString(), StringComparer.Ordinal)
        .Take(count)
        .Reverse()
        .Select(s => s.Session.Measurements!)
        .ToArray();
}
