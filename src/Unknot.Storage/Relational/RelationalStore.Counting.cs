namespace Unknot.Storage.Relational;

/// <summary>The running figures, kept right in the transaction of each write: totals per day and the runs of completed days.</summary>
public abstract partial class RelationalStore
{
    internal sealed class StoredRow
    {
        public string UserId { get; init; } = "";

        public long? LocalDay { get; init; }
    }

    /// <summary>Adds (<paramref name="sign"/> +1) or takes away (-1) one session's figures.</summary>
    private void Count(SessionContribution c, string userId, int sign, DbTransaction transaction)
    {
        var completed = Scalar(StoreSql.AddToDay, transaction, ("@UserId", userId), ("@Day", c.Day.DayNumber), ("@Sessions", c.Active ? sign : 0),
            ("@Completed", c.Completed ? sign : 0), ("@DoneSeconds", (long)sign * c.DoneSeconds));
        if (c.Completed)
        {
            KeepRun(userId, c.Day.DayNumber, completed > 0, transaction);
        }
        if (c.PainChange is { } change)
        {
            Exec(StoreSql.AddToUser, transaction, ("@UserId", userId), ("@Rated", sign), ("@Sum", (long)sign * change));
        }
        if (c.Exercises.Count > 0)
        {
            Exec(StoreSql.AddToExercises(c.Exercises.Count), transaction, [("@UserId", userId), ("@Sessions", sign),
                ("@Rated", c.PainChange is null ? 0 : sign), ("@Sum", (long)sign * (c.PainChange ?? 0)),
                .. c.Exercises.Select((exercise, i) => ($"@Exercise{i}", (object?)exercise))]);
        }
        if (sign < 0 && c.Exercises.Count > 0)
        {
            Exec(StoreSql.DropUnusedExercises, transaction, ("@UserId", userId));
        }
    }

    /// <summary>Puts <paramref name="day"/> into the runs of completed days, or takes it out, merging or splitting runs.</summary>
    private void KeepRun(string userId, long day, bool completed, DbTransaction transaction)
    {
        var around = Run(StoreSql.RunAtOrBefore, transaction, ("@UserId", userId), ("@Day", day));
        var inRun = around is not null && around.Last >= day;
        if (completed == inRun)
        {
            return;
        }
        if (completed)
        {
            var left = around is not null && around.Last == day - 1 ? around : null;
            var right = Run(StoreSql.RunStartingOn, transaction, ("@UserId", userId), ("@Day", day + 1));
            foreach (var joined in new[] { left, right })
            {
                if (joined is not null)
                {
                    Exec(StoreSql.DeleteRun, transaction, ("@UserId", userId), ("@First", joined.First));
                }
            }
            Exec(StoreSql.InsertRun, transaction, ("@UserId", userId), ("@First", left?.First ?? day), ("@Last", right?.Last ?? day));
            return;
        }
        Exec(StoreSql.DeleteRun, transaction, ("@UserId", userId), ("@First", around!.First));
        if (around.First < day)
        {
            Exec(StoreSql.InsertRun, transaction, ("@UserId", userId), ("@First", around.First), ("@Last", day - 1));
        }
        if (day < around.Last)
        {
            Exec(StoreSql.InsertRun, transaction, ("@UserId", userId), ("@First", day + 1), ("@Last", around.Last));
        }
    }

    /// <summary>Counts the sessions stored before the running figures existed, a batch per transaction.</summary>
    private protected void CountUncounted()
    {
        while (true)
        {
            using var transaction = Connection.BeginTransaction();
            var rows = Connection.Query<SessionRow>(StoreSql.Uncounted, new { Limit = Batch }, transaction).AsList();
            var batch = Load(rows, transaction);
            foreach (var session in batch)
            {
                var c = SessionContribution.Of(session);
                Count(c, session.UserId, +1, transaction);
                MarkCounted(session.Id, session.UserId, c, transaction);
            }
            transaction.Commit();
            if (rows.Count < Batch)
            {
                return;
            }
        }
    }

    private void MarkCounted(Guid id, string userId, SessionContribution c, DbTransaction transaction) =>
        Exec(StoreSql.MarkCounted, transaction, ("@Id", id.ToString()), ("@UserId", userId), ("@Day", c.Day.DayNumber), ("@PainChange", c.PainChange));

    /// <summary>A run of completed days as day numbers.</summary>
    internal sealed class RunRow
    {
        public long First { get; set; }
        public long Last { get; set; }
    }
}
