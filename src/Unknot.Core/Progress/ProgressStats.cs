namespace Unknot.Progress;

/// <summary>The observed pain change of the sessions that included one exercise.</summary>
/// <param name="Exercise">The exercise id.</param>
/// <param name="Sessions">Sessions with both pain scores that included it.</param>
/// <param name="AverageChange">Mean of after minus before; null when no session had both scores.</param>
public sealed record ExerciseEffect(string Exercise, int Sessions, double? AverageChange)
{
    /// <summary>Below this many sessions an average says nothing.</summary>
    public const int Enough = 5;

    /// <summary>True when there are too few sessions to tell.</summary>
    public bool TooFewToTell => Sessions < Enough;
}

/// <summary>Minutes stretched on one local day.</summary>
public sealed record DayMinutes(DateOnly Day, double Minutes);

/// <summary>Pain before and after one session.</summary>
public sealed record PainPoint(DateOnly Day, int Before, int After);

/// <summary>What the history adds up to: streaks, weekly totals, pain change overall and per exercise.</summary>
public sealed record ProgressStats(
    int CurrentStreak,
    int LongestStreak,
    int SessionsThisWeek,
    double MinutesThisWeek,
    int SessionsLastWeek,
    double MinutesLastWeek,
    double? AveragePainChange,
    int PainSessions,
    double? AveragePainChange30Days,
    int PainSessions30Days,
    IReadOnlyList<ExerciseEffect> Exercises,
    IReadOnlyList<DayMinutes> Last14Days,
    IReadOnlyList<PainPoint> Pain,
    IReadOnlyList<RangeTrend>? RangeOfMotion = null);
