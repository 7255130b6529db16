using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Sessions;

public sealed class ResumptionTests
{
    private static SessionRecord LeftAt(int segment, string routine = "desk-break")
    {
        var r = Builtins.Routines.Find(routine)!;
        var timeline = TimelineCompiler.Compile(r, Builtins.Catalog, Level.Standard);
        return SessionRecord.Begin(Guid.NewGuid(), "local", r, timeline, DateTimeOffset.UnixEpoch, "Etc/UTC") with
        {
            Checkpoint = new SessionCheckpoint(routine, Level.Standard, segment, 1),
        };
    }

    [Fact]
    public void An_unfinished_session_goes_on_along_the_timeline_it_was_stored_with()
    {
        var record = LeftAt(5);

        var (timeline, problem) = Resumption.Of(record, Builtins.Catalog);

        problem.ShouldBeNull();
        timeline!.Segments.Count.ShouldBe(record.Segments.Count);
        Resumption.Continues(record, Builtins.Routines.Find("desk-break")!, Level.Standard, Builtins.Catalog).ShouldBeTrue();
    }

    [Fact]
    public void It_is_not_offered_on_another_routine_or_level()
    {
        var record = LeftAt(5);

        Resumption.Continues(record, Builtins.Routines.Find("warm-up")!, Level.Standard, Builtins.Catalog).ShouldBeFalse();
        Resumption.Continues(record, Builtins.Routines.Find("desk-break")!, Level.Deep, Builtins.Catalog).ShouldBeFalse();
    }

    [Fact]
    public void A_session_whose_exercise_left_the_catalog_says_which()
    {
        var record = LeftAt(2);
        var without = new ExerciseCatalog(Builtins.Catalog.All.Where(e => e.Id.Value != "chair-rotation"));

        var (timeline, problem) = Resumption.Of(record, without);

        timeline.ShouldBeNull();
        problem.ShouldBe("the unfinished session includes exercise 'chair-rotation', which is no longer in the catalog; start a new session");
    }

    [Fact]
    public void A_session_whose_exercises_now_make_other_segments_is_started_again()
    {
        var record = LeftAt(2);
        var stored = record with { Segments = record.Segments.Take(record.Segments.Count - 1).ToArray() };

        var (timeline, problem) = Resumption.Of(stored, Builtins.Catalog);

        timeline.ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("start it again");
    }

    [Fact]
    public void A_stopped_session_is_not_resumed()
    {
        Resumption.Of(LeftAt(2) with { Checkpoint = null }, Builtins.Catalog).Timeline.ShouldBeNull();
    }
}
