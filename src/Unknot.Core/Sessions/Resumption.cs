using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Timelines;

namespace Unknot.Sessions;

/// <summary>
/// Whether an unfinished session can go on, the same for <c>unknot resume</c> and the browser player: it has a
/// checkpoint, every exercise it played is still in the catalog, and its routine still compiles to the segments it
/// was stored with (an exercise file changed since would move every second after the checkpoint).
/// </summary>
public static class Resumption
{
    /// <summary>The timeline <paramref name="record"/> continues on, or null and why it cannot (a sentence for the person).</summary>
    public static (Timeline? Timeline, string? Problem) Of(SessionRecord record, ExerciseCatalog catalog)
    {
        if (!record.Resumable)
        {
            return (null, "this session cannot be resumed: it was finished or stopped");
        }
        if (record.Routine.Items.FirstOrDefault(i => catalog.Find(i.Exercise.Value) is null) is { } gone)
        {
            return (null, $"the unfinished session includes exercise '{gone.Exercise}', which is no longer in the catalog; start a new session");
        }
        var timeline = TimelineCompiler.Compile(record.Routine, catalog, record.Level);
        return timeline.Segments.Count == record.Segments.Count && record.Checkpoint!.SegmentIndex < timeline.Segments.Count
            ? (timeline, null)
            : (null, $"the unfinished session's exercises have changed since it stopped (it had {record.Segments.Count} parts, now {timeline.Segments.Count}); start it again");
    }

    /// <summary>True when <paramref name="record"/> is an unfinished playing of <paramref name="routine"/> at <paramref name="level"/> that can go on.</summary>
    public static bool Continues(SessionRecord record, Routine routine, Level level, ExerciseCatalog catalog) =>
        record.Routine.Id == routine.Id && record.Level == level && record.Routine.Items.SequenceEqual(routine.Items) && Of(record, catalog).Timeline is not null;
}
