using Unknot.App.Sessions;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.App.Tests;

/// <summary>A client reports the session it plays again and again; each id stays one row of one user.</summary>
public sealed class SessionReportTests : IDisposable
{
    private readonly TempHome _home = new();
    private readonly FakeTimeProvider _clock = new();

    public void Dispose() => _home.Dispose();

    private SqliteStore Open(string user = SqliteStore.LocalUser) => SqliteStore.Open(Path.Combine(_home.Path, "unknot.db"), _clock, user);

    private SessionRecord UnderWay(int segment) => SessionRecords.Completed("desk-break", _clock.GetUtcNow()) with
    {
        Completed = false,
        EndedAt = null,
        Segments = SessionRecords.Completed("desk-break", _clock.GetUtcNow()).Segments.Select((s, i) => s with { Outcome = i < segment ? SegmentOutcome.Done : SegmentOutcome.Pending }).ToArray(),
        Checkpoint = new SessionCheckpoint("desk-break", Dosing.Level.Standard, segment, 1.5),
    };

    [Fact]
    public async Task Reports_of_one_session_update_its_single_row_and_a_late_report_cannot_reopen_it()
    {
        using var store = Open();
        var first = UnderWay(0);

        (await SessionReports.RecordAsync(store, first, TestContext.Current.CancellationToken)).Outcome.ShouldBe(ReportOutcome.Created);
        var moved = await SessionReports.RecordAsync(store, UnderWay(4) with { Id = first.Id }, TestContext.Current.CancellationToken);
        moved.Outcome.ShouldBe(ReportOutcome.Updated);
        store.Find(first.Id)!.Checkpoint!.SegmentIndex.ShouldBe(4);

        var done = SessionRecords.Completed("desk-break", first.StartedAt, after: 2) with { Id = first.Id };
        (await SessionReports.RecordAsync(store, done, TestContext.Current.CancellationToken)).Outcome.ShouldBe(ReportOutcome.Updated);
        var late = await SessionReports.RecordAsync(store, UnderWay(5) with { Id = first.Id }, TestContext.Current.CancellationToken);

        late.Outcome.ShouldBe(ReportOutcome.Kept);
        var stored = store.Sessions(SessionQuery.Latest(10)).ShouldHaveSingleItem();
        stored.Completed.ShouldBeTrue();
        stored.Resumable.ShouldBeFalse();
        stored.PainAfter.ShouldBe(new PainScore(2));
    }

    [Fact]
    public async Task A_session_ended_on_purpose_is_not_made_resumable_again()
    {
        using var store = Open();
        var playing = UnderWay(3);
        await SessionReports.RecordAsync(store, playing, TestContext.Current.CancellationToken);
        var ended = playing.Stopped(playing.Segments.Select(s => s.Outcome).ToArray(), playing.Checkpoint!, StopReason.Ended, _clock.GetUtcNow());

        (await SessionReports.RecordAsync(store, ended, TestContext.Current.CancellationToken)).Outcome.ShouldBe(ReportOutcome.Updated);
        (await SessionReports.RecordAsync(store, playing, TestContext.Current.CancellationToken)).Outcome.ShouldBe(ReportOutcome.Kept);

        store.LatestUnfinished().ShouldBeNull();
        store.Find(playing.Id)!.Resumable.ShouldBeFalse();
    }

    [Fact]
    public async Task An_id_another_user_holds_makes_a_session_of_ones_own_and_theirs_is_left_as_it_was()
    {
        var theirs = UnderWay(2) with { UserId = "ann" };
        using (var ann = Open("ann"))
        {
            await SessionReports.RecordAsync(ann, theirs, TestContext.Current.CancellationToken);
        }
        using var mine = Open();

        var result = await SessionReports.RecordAsync(mine, theirs with { UserId = SqliteStore.LocalUser, Completed = true, Checkpoint = null },
            TestContext.Current.CancellationToken);

        result.Outcome.ShouldBe(ReportOutcome.Created);
        mine.Find(theirs.Id)!.Completed.ShouldBeTrue();
        using var check = Open("ann");
        check.Find(theirs.Id)!.Resumable.ShouldBeTrue();
    }

    [Fact]
    public async Task The_same_id_for_another_routine_is_a_conflict()
    {
        using var store = Open();
        var first = UnderWay(1);
        await SessionReports.RecordAsync(store, first, TestContext.Current.CancellationToken);

        var other = SessionRecords.Completed("cool-down", first.StartedAt) with { Id = first.Id };

        (await SessionReports.RecordAsync(store, other, TestContext.Current.CancellationToken)).Outcome.ShouldBe(ReportOutcome.Conflict);
        store.Find(first.Id)!.Routine.Id.ShouldBe("desk-break");
    }
}
