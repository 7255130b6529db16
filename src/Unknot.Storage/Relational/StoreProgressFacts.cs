using System.Globalization;
using Dapper;
using System.Data.Common;
using Unknot.Progress;

namespace Unknot.Storage.Relational;

/// <summary>The running figures of one user, each read with one indexed query of bounded size.</summary>
internal sealed class StoreProgressFacts(DbConnection connection, string userId) : IProgressFacts
{
    /// <inheritdoc />
    public DayRun? RunThrough(DateOnly day)
    {
        var run = connection.QueryFirstOrDefault<RelationalStore.RunRow>(StoreSql.RunAtOrBefore, new { UserId = userId, Day = day.DayNumber });
        return run is { } r && r.Last >= day.DayNumber ? new DayRun(DateOnly.FromDayNumber((int)r.First), DateOnly.FromDayNumber((int)r.Last)) : null;
    }

    /// <inheritdoc />
    public int LongestRun() => (int)connection.ExecuteScalar<long>(StoreSql.LongestRun, new { UserId = userId });

    /// <inheritdoc />
    public IReadOnlyList<DayTotal> Days(DateOnly from, DateOnly to) => connection
        .Query<DayRow>(StoreSql.DaysBetween, new { UserId = userId, From = from.DayNumber, To = to.DayNumber })
        .Select(d => new DayTotal(DateOnly.FromDayNumber((int)d.Day), (int)d.Sessions, (int)d.Completed, d.DoneSeconds))
        .ToArray();

    /// <inheritdoc />
    public PainTotal PainChanges(DateOnly? since)
    {
        var total = since is { } s
            ? connection.QueryFirstOrDefault<PainRow>(StoreSql.PainSince, new { UserId = userId, Since = s.DayNumber })
            : connection.QueryFirstOrDefault<PainRow>(StoreSql.PainAll, new { UserId = userId });
        return total is null ? new PainTotal(0, 0) : new PainTotal((int)total.Count, total.Sum);
    }

    /// <inheritdoc />
    public IReadOnlyList<ExerciseEffect> Exercises() => connection
        .Query<ExerciseRow>(StoreSql.ExerciseTotals, new { UserId = userId })
        .Select(e => new ExerciseEffect(e.Exercise, (int)e.Rated, new PainTotal((int)e.Rated, e.Sum).Mean))
        .ToArray();

    /// <inheritdoc />
    public IReadOnlyList<PainPoint> RecentPain(int count) => connection
        .Query<PainPointRow>(StoreSql.RecentPain, new { UserId = userId, Limit = count })
        .Reverse()
        .Select(p => new PainPoint(DateOnly.FromDayNumber((int)p.Day), (int)p.Before, (int)p.After))
        .ToArray();

    /// <inheritdoc />
    public IReadOnlyList<SessionMeasurements> RecentMeasurements(int count) => connection
        .Query<string>(StoreSql.RecentMeasurements, new { UserId = userId, Limit = count })
        .Reverse()
        .Select(Readable)
        .OfType<SessionMeasurements>()
        .ToArray();

    // A damaged value leaves the trend without that check (History lists the session as unreadable when it reads it).
    private static SessionMeasurements? Readable(string column)
    {
        try
        {
            return RelationalStore.ReadMeasurements(column);
        }
        catch (StoreException)
        {
            return null;
        }
    }

    // Rows as classes, not tuples: Dapper.AOT writes their readers at build time.
    internal sealed class DayRow
    {
        public long Day { get; init; }

        public long Sessions { get; init; }

        public long Completed { get; init; }

        public long DoneSeconds { get; init; }
    }

    internal sealed class ExerciseRow
    {
        public string Exercise { get; init; } = "";

        public long Rated { get; init; }

        public long Sum { get; init; }
    }

    internal sealed class PainPointRow
    {
        public long Day { get; init; }

        public long Before { get; init; }

        public long After { get; init; }
    }

    internal sealed class PainRow
    {
        public long Count { get; init; }

        public long Sum { get; init; }
    }
}
