using Unknot.Progress;
using Unknot.Storage;

namespace Unknot.App.Sessions;

/// <summary>What became of a session a client reported.</summary>
public enum ReportOutcome
{
    /// <summary>It was new and is stored.</summary>
    Created,

    /// <summary>The user's session with this id was brought up to date.</summary>
    Updated,

    /// <summary>The stored session is further along (completed, or ended on purpose); it was kept as it was.</summary>
    Kept,

    /// <summary>The id belongs to a different played session of the user (another routine, level or length).</summary>
    Conflict,

    /// <summary>The user's session with this id was deleted while the report was being written: nothing was written.</summary>
    NotFound,
}

/// <summary>The outcome and the session as stored afterwards (null for <see cref="ReportOutcome.NotFound"/>).</summary>
public sealed record ReportResult(ReportOutcome Outcome, SessionRecord? Stored);

/// <summary>
/// Records a session that a client plays and reports as it goes (at Start, at every segment change, pause and
/// stop, and when the page is hidden). Reports are idempotent by id: the same id and user always mean the same
/// row, brought up to date. Ids are each user's own, so an id another user holds is simply a new session here.
/// </summary>
public static class SessionReports
{
    /// <summary>Stores <paramref name="report"/> for the store's user.</summary>
    public static async Task<ReportResult> RecordAsync(IUnknotStore store, SessionRecord report, CancellationToken cancel = default)
    {
        if (await store.AddAsync(report, cancel))
        {
            return new ReportResult(ReportOutcome.Created, report);
        }
        if (store.Find(report.Id) is not { } stored)
        {
            return new ReportResult(ReportOutcome.NotFound, null);
        }
        if (!report.SamePlayAs(stored))
        {
            return new ReportResult(ReportOutcome.Conflict, stored);
        }
        if (!report.MayReplace(stored))
        {
            return new ReportResult(ReportOutcome.Kept, stored);
        }
        // What was played is fixed by the first report; later ones bring its progress, end and ratings.
        var updated = stored with
        {
            Segments = report.Segments,
            EndedAt = report.EndedAt,
            Completed = report.Completed,
            Checkpoint = report.Checkpoint,
            PainBefore = report.PainBefore ?? stored.PainBefore,
            PainAfter = report.PainAfter ?? stored.PainAfter,
            Note = report.Note ?? stored.Note,
            Measurements = stored.Measurements?.With(report.Measurements) ?? report.Measurements,
        };
        return store.Save(updated)
            ? new ReportResult(ReportOutcome.Updated, updated)
            : new ReportResult(ReportOutcome.NotFound, null);
    }
}
