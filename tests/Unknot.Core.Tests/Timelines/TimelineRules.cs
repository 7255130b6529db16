using Unknot.Catalog;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Timelines;

/// <summary>The rules every compiled timeline must obey, checked one by one so a failure says which.</summary>
internal static class TimelineRules
{
    public static void ShouldObeyTheRules(this Timeline timeline, ExerciseCatalog catalog)
    {
        var segments = timeline.Segments;
        segments[0].StartSeconds.ShouldBe(0);
        for (var i = 0; i < segments.Count; i++)
        {
            segments[i].Index.ShouldBe(i);
            segments[i].DurationSeconds.ShouldBeGreaterThan(0);
            if (i > 0)
            {
                segments[i].StartSeconds.ShouldBe(segments[i - 1].EndSeconds, $"segment {i} must start where {i - 1} ended");
            }
        }
        segments.Sum(s => s.DurationSeconds).ShouldBe(timeline.TotalSeconds);

        // Per side: a run of left segments is followed by a switch, then right segments.
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Kind == SegmentKind.Switch)
            {
                segments[i - 1].Side.ShouldBe(Side.Left, $"segment {i - 1} before a switch");
                segments[i + 1].Side.ShouldBe(Side.Right, $"segment {i + 1} after a switch");
            }
            if (segments[i].Side == Side.Left && i + 1 < segments.Count && segments[i + 1].Side != Side.Left)
            {
                segments[i + 1].Kind.ShouldBe(SegmentKind.Switch, $"the left side ending at {i} must be followed by a switch");
            }
            if (segments[i].Side == Side.Right && segments[i].Kind != SegmentKind.Switch)
            {
                segments[i - 1].Side.ShouldBe(Side.Right, $"the right side at {i} must follow a switch or more right");
            }
        }

        // Transitions to or from the floor take longer than any that stays in one position.
        var positions = segments.Select(s => catalog.Find(s.Exercise.Value)!.MainPosition).ToArray();
        var transitions = segments.Where(s => s.Kind == SegmentKind.Transition)
            .Select(s => (s.DurationSeconds, From: positions[s.Index - 1], To: positions[s.Index]))
            .ToArray();
        foreach (var floor in transitions.Where(t => t.From.IsFloor() != t.To.IsFloor()))
        {
            foreach (var same in transitions.Where(t => t.From == t.To))
            {
                floor.DurationSeconds.ShouldBeGreaterThan(same.DurationSeconds);
            }
        }
    }
}
