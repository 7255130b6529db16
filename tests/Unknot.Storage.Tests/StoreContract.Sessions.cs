using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Testing;

namespace Unknot.Storage.Tests;

// Sessions: each field kept, the one to resume, and writers at once losing nothing.
public abstract partial class StoreContract
{
    [Fact]
    public void A_session_round_trips_with_every_field()
    {
        var session = SessionRecords.Completed("lacrosse-release", _clock.GetUtcNow(), "Europe/Berlin", 7, 4) with
        {
            Note = "left side tight",
            Measurements = new SessionMeasurements(new NeckMeasurement(RotationLeft: 55, TiltRight: 28, AtLeast: ["rotationLeft"]), new NeckMeasurement(RotationLeft: 62)),
        };
        session = session.WithOutcomes([SegmentOutcome.Done, SegmentOutcome.Skipped]);
        using var store = Open();

        store.Save(session);
        var loaded = store.Find(session.Id).ShouldNotBeNull();

        loaded.Routine.ShouldBe(session.Routine with { Origin = RoutineOrigin.History }, new RoutineComparer());
        loaded.StartedAt.ShouldBe(session.StartedAt);
        loaded.EndedAt.ShouldBe(session.EndedAt);
        loaded.Segments.ShouldBe(session.Segments);
        (loaded.PainBefore, loaded.PainAfter, loaded.Note, loaded.Completed, loaded.TimeZone, loaded.Level)
            .ShouldBe((session.PainBefore, session.PainAfter, session.Note, true, "Europe/Berlin", session.Level));
        loaded.Measurements.ShouldNotBeNull();
        (loaded.Measurements.Before!.RotationLeft, loaded.Measurements.Before.TiltRight, loaded.Measurements.Before.Flexion).ShouldBe((55, 28, null));
        loaded.Measurements.Before.AtLeast.ShouldBe(["rotationLeft"]);
        loaded.Measurements.After!.RotationLeft.ShouldBe(62);
        loaded.Measurements.After.AtLeast.ShouldBeNull();

        // The trend reads the latest measured sessions, oldest first, and skips those without a check.
        store.Save(SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddHours(-3)));
        store.Save(SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddHours(-2)) with { Measurements = new SessionMeasurements(new NeckMeasurement(Flexion: 40)) });
        store.Progress.RecentMeasurements(10).Select(m => m.Before!.Flexion ?? m.Before.RotationLeft).ShouldBe([40, 55]);
        store.Progress.RecentMeasurements(1).ShouldHaveSingleItem().Before!.RotationLeft.ShouldBe(55);
    }

    [Fact]
    public void The_latest_unfinished_session_is_the_one_to_resume()
    {
        using var store = Open();
        var older = SessionRecords.Completed("desk-break", _clock.GetUtcNow()) with { Completed = false, Checkpoint = new SessionCheckpoint("desk-break", Dosing.Level.Standard, 3, 1.5) };
        var newer = SessionRecords.Completed("cool-down", _clock.GetUtcNow().AddHours(1)) with { Completed = false, Checkpoint = new SessionCheckpoint("cool-down", Dosing.Level.Standard, 7, 0) };
        var finished = SessionRecords.Completed("warm-up", _clock.GetUtcNow().AddHours(2));

        store.Save(older);
        store.Save(newer);
        store.Save(finished);

        store.LatestUnfinished()!.Id.ShouldBe(newer.Id);
        store.LatestUnfinished()!.Checkpoint!.SegmentIndex.ShouldBe(7);
        store.Sessions(SessionQuery.Latest(10)).Select(s => s.Id).ShouldBe([finished.Id, newer.Id, older.Id]);
        store.Sessions(new SessionQuery(10, Since: _clock.GetUtcNow().AddMinutes(30))).Count.ShouldBe(2);
    }

    [Fact]
    public void Two_writers_at_once_lose_nothing()
    {
        var sessions = Enumerable.Range(0, 2).Select(w => Enumerable.Range(0, 60)
            .Select(i => SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddMinutes(w * 1000 + i))).ToArray()).ToArray();

        Parallel.For(0, 2, writer =>
        {
            using var store = Open();
            foreach (var session in sessions[writer])
            {
                // Saved twice, as the player does: once unfinished, once at the end.
                store.Save(session with { Completed = false, Checkpoint = new SessionCheckpoint("desk-break", Dosing.Level.Standard, 2, 0) });
                store.Save(session);
            }
        });

        using var check = Open();
        var stored = check.AllSessions().ToArray();
        stored.Length.ShouldBe(120);
        stored.ShouldAllBe(s => s.Completed && s.Segments.Count > 0);
    }

    [Fact]
    public async Task Sessions_added_at_once_are_each_written_once_and_a_bad_one_fails_alone()
    {
        var sessions = Enumerable.Range(0, 300).Select(i => SessionRecords.Completed("desk-break", _clock.GetUtcNow().AddMinutes(-i))).ToArray();
        // Its user does not exist, so the database refuses it.
        var broken = SessionRecords.Completed("cool-down", _clock.GetUtcNow(), userId: "nobody");

        async Task<bool> Add(SessionRecord session)
        {
            using var store = Open();
            return await store.AddAsync(session, TestContext.Current.CancellationToken);
        }

        var adds = sessions.Concat(sessions.Take(50)).Select(s => Task.Run(() => Add(s))).ToArray();
        var failed = Task.Run(() => Add(broken));
        var added = await Task.WhenAll(adds);

        added.Count(a => a).ShouldBe(300);
        await Should.ThrowAsync<System.Data.Common.DbException>(failed);
        using var check = Open();
        check.AllSessions().Select(s => s.Id).ShouldBe(sessions.Select(s => s.Id), ignoreOrder: true);
        check.Find(broken.Id).ShouldBeNull();
        check.Progress.Days(new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20)).Sum(d => d.Sessions).ShouldBe(300);
    }

    private sealed class RoutineComparer : IEqualityComparer<Routine>
    {
        public bool Equals(Routine? x, Routine? y) =>
            x!.Id == y!.Id && x.Name == y.Name && x.Description == y.Description && x.Items.SequenceEqual(y.Items);

        public int GetHashCode(Routine obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
