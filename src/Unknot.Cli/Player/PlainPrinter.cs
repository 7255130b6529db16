using Unknot.Sessions;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Cli.Player;

/// <summary>One line per segment as it starts, for logs, pipes and screen readers.</summary>
internal static class PlainPrinter
{
    public static string Line(Segment s, Timeline timeline)
    {
        var parts = new List<string> { Printable.Line(s.ExerciseName), Kebab.Of(s.Kind) };
        if (s.Side != Side.None && s.Kind != SegmentKind.Switch)
        {
            parts.Add($"{Kebab.Of(s.Side)} side");
        }
        if (s.Rep is { } rep)
        {
            parts.Add($"rep {rep}/{s.RepCount}");
        }
        if (s.Phase is { } phase)
        {
            parts.Add(phase);
        }
        parts.Add($"{s.DurationSeconds} s");
        return $"{Durations.Clock(s.StartSeconds)}/{Durations.Clock(timeline.TotalSeconds)}  {string.Join(" · ", parts)} — {Printable.Line(s.Cue)}";
    }

    /// <summary>The last line of a session, counted from the record as stored (so it agrees with history, also after going back or a resume).</summary>
    public static string Summary(SessionEngine engine, Progress.SessionRecord record)
    {
        var done = record.Segments.Count(s => s.Outcome == SegmentOutcome.Done);
        var skipped = record.Segments.Count(s => s.Outcome == SegmentOutcome.Skipped);
        var timeline = engine.Timeline;
        return engine.State == SessionState.Completed
            ? $"Finished {Printable.Line(timeline.RoutineName)} ({Durations.Clock(timeline.TotalSeconds)}): {Counted.Of(done, "segment")} done, {skipped} skipped."
            : $"Stopped {Printable.Line(timeline.RoutineName)} at {Durations.Elapsed(engine.Position)} of {Durations.Clock(timeline.TotalSeconds)}: {Counted.Of(done, "segment")} done, {skipped} skipped." +
                (engine.StoppedFor == StopReason.Interrupted ? " 'unknot resume' continues from here." : "");
    }
}
