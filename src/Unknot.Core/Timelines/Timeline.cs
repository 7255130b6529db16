using Unknot.Dosing;

namespace Unknot.Timelines;

/// <summary>The compiled, second-by-second plan of a routine at a level. Immutable.</summary>
public sealed class Timeline
{
    /// <summary>Creates a timeline; segments must be contiguous from 0 and indexed in order.</summary>
    public Timeline(string routineId, string routineName, Level level, IReadOnlyList<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0)
        {
            throw new ArgumentException("a timeline needs at least one segment", nameof(segments));
        }
        var expected = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Index != i || segments[i].StartSeconds != expected || segments[i].DurationSeconds < 1)
            {
                throw new ArgumentException($"segment {i} does not continue the timeline at {expected} s", nameof(segments));
            }
            expected = segments[i].EndSeconds;
        }
        RoutineId = routineId;
        RoutineName = routineName;
        Level = level;
        Segments = segments.ToArray();
        TotalSeconds = expected;
    }

    /// <summary>The routine's id.</summary>
    public string RoutineId { get; }

    /// <summary>The routine's display name.</summary>
    public string RoutineName { get; }

    /// <summary>The level it was compiled at.</summary>
    public Level Level { get; }

    /// <summary>The segments in order.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>The sum of all durations.</summary>
    public int TotalSeconds { get; }

    /// <summary>The total as a time span.</summary>
    public TimeSpan Total => TimeSpan.FromSeconds(TotalSeconds);

    /// <summary>The first and last segment index of the routine item that segment <paramref name="index"/> belongs to.</summary>
    public (int First, int Last) ItemSpan(int index)
    {
        var item = Segments[index].Item;
        var first = index;
        while (first > 0 && Segments[first - 1].Item == item)
        {
            first--;
        }
        var last = index;
        while (last < Segments.Count - 1 && Segments[last + 1].Item == item)
        {
            last++;
        }
        return (first, last);
    }

    /// <summary>
    /// Seconds of routine item <paramref name="item"/>'s own segments (its stretches, switches and rests), without
    /// the getting ready or the move to it before them.
    /// </summary>
    public int ItemSeconds(int item) =>
        Segments.Where(s => s.Item == item && s.Kind is not (SegmentKind.Prepare or SegmentKind.Transition)).Sum(s => s.DurationSeconds);

    /// <summary>The segment index at an offset; the last segment for offsets at or past the end.</summary>
    public int IndexAt(TimeSpan offset)
    {
        for (var i = 0; i < Segments.Count; i++)
        {
            if (offset < Segments[i].End)
            {
                return i;
            }
        }
        return Segments.Count - 1;
    }
}
