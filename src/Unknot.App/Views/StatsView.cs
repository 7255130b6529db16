using Unknot.Progress;

namespace Unknot.App.Views;

/// <summary>The statistics as <c>unknot stats --json</c> and <c>/api/stats</c> give them: minutes and averages rounded to a tenth.</summary>
public sealed record StatsView(
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
    IReadOnlyList<ExerciseEffectView> Exercises,
    IReadOnlyList<DayMinutesView> Last14Days,
    IReadOnlyList<PainPoint> Pain,
    BreaksView? Breaks = null,
    IReadOnlyList<RangeTrendView>? RangeOfMotion = null)
{
    /// <summary>The view of computed statistics, with the break reminders of the last seven days when given.</summary>
    public static StatsView From(ProgressStats s, BreaksView? breaks = null) => new(
        s.CurrentStreak, s.LongestStreak, s.SessionsThisWeek, Tenth(s.MinutesThisWeek), s.SessionsLastWeek, Tenth(s.MinutesLastWeek),
        Tenth(s.AveragePainChange), s.PainSessions, Tenth(s.AveragePainChange30Days), s.PainSessions30Days,
        s.Exercises.Select(e => new ExerciseEffectView(e.Exercise, e.Sessions, Tenth(e.AverageChange), e.TooFewToTell)).ToArray(),
        s.Last14Days.Select(d => new DayMinutesView(d.Day, Tenth(d.Minutes))).ToArray(),
        s.Pain, breaks,
        (s.RangeOfMotion ?? []).Select(t => new RangeTrendView(t.Direction, t.Checks, t.First, t.Latest, t.SessionsWithBoth, Tenth(t.AverageChangeAfterRoutine), t.Describe())).ToArray());

    private static double Tenth(double value) => Math.Round(value, 1);

    private static double? Tenth(double? value) => value is { } v ? Math.Round(v, 1) : null;
}

/// <summary>The observed pain change of the sessions that included one exercise.</summary>
public sealed record ExerciseEffectView(string Exercise, int Sessions, double? AverageChange, bool TooFewToTell);

/// <summary>One direction of the neck over the camera checks (<see cref="RangeTrend"/>), with its observation in words.</summary>
public sealed record RangeTrendView(string Direction, int Checks, int First, int Latest, int SessionsWithBoth, double? AverageChangeAfterRoutine, string Observation);

/// <summary>Minutes on one local day.</summary>
public sealed record DayMinutesView(DateOnly Day, double Minutes);
