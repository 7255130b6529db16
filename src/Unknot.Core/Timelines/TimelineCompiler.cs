using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;

namespace Unknot.Timelines;

/// <summary>Compiles a routine into a <see cref="Timeline"/>. A pure function of its inputs.</summary>
public static class TimelineCompiler
{
    /// <summary>
    /// Compiles <paramref name="routine"/> at <paramref name="level"/>. Throws when the routine names an
    /// exercise the catalog lacks or has no items: routines are validated against the catalog on load.
    /// </summary>
    public static Timeline Compile(Routine routine, ExerciseCatalog catalog, Level level)
    {
        ArgumentNullException.ThrowIfNull(routine);
        if (routine.Items.Count == 0)
        {
            throw new ArgumentException($"routine '{routine.Id}' has no exercises", nameof(routine));
        }
        var builder = new Builder();
        Exercise? previous = null;
        for (var item = 0; item < routine.Items.Count; item++)
        {
            var entry = routine.Items[item];
            var exercise = catalog.Find(entry.Exercise.Value)
                ?? throw new ArgumentException($"routine '{routine.Id}' names unknown exercise '{entry.Exercise}'", nameof(routine));
            var itemLevel = entry.Level ?? level;
            var setup = exercise.Setup.Count > 0 ? " " + exercise.Setup[0] : "";
            if (previous is null)
            {
                builder.Add(TransitionRules.PrepareSeconds(exercise.MainPosition), SegmentKind.Prepare, item, exercise,
                    Side.None, null, null, null, $"Get ready for {exercise.Name}.{setup}");
            }
            else
            {
                builder.Add(TransitionRules.TransitionSeconds(previous.MainPosition, exercise.MainPosition), SegmentKind.Transition,
                    item, exercise, Side.None, null, null, null, $"Next: {exercise.Name}.{setup}");
            }
            AddDose(builder, item, exercise, itemLevel);
            if (entry.RestAfterSeconds > 0)
            {
                builder.Add(entry.RestAfterSeconds, SegmentKind.Rest, item, exercise, Side.None, null, null, null, "Rest. Breathe easy.");
            }
            previous = exercise;
        }
        return new Timeline(routine.Id, routine.Name, level, builder.Segments);
    }

    /// <summary>
    /// Seconds an exercise's own segments take at a level (holds, work, switches, rests between blocks),
    /// without the prepare or transition before it. Equal to what <see cref="Compile"/> lays out for it.
    /// </summary>
    public static int DoseSeconds(Exercise exercise, Level level)
    {
        var blocks = exercise.Dose.Blocks;
        var seconds = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            seconds += block.PerSide ? 2 * block.SecondsPerSide(level) + TransitionRules.SwitchSeconds : block.SecondsPerSide(level);
            if (b > 0)
            {
                seconds += TransitionRules.BetweenBlocksSeconds;
            }
        }
        return seconds;
    }

    private static void AddDose(Builder builder, int item, Exercise exercise, Level level)
    {
        var blocks = exercise.Dose.Blocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (b > 0)
            {
                builder.Add(TransitionRules.BetweenBlocksSeconds, SegmentKind.Rest, item, exercise, Side.None, null, null, null,
                    $"Relax. Then: {Fill(block.Phases[0].Cue, block.PerSide ? Side.Left : Side.None)}");
            }
            var firstPhase = blocks.Take(b).Sum(x => x.Phases.Count);
            if (block.PerSide)
            {
                AddRepetitions(builder, item, exercise, block, firstPhase, level, Side.Left);
                builder.Add(TransitionRules.SwitchSeconds, SegmentKind.Switch, item, exercise, Side.Right, null, null, null,
                    "Switch sides: now the right.");
                AddRepetitions(builder, item, exercise, block, firstPhase, level, Side.Right);
            }
            else
            {
                AddRepetitions(builder, item, exercise, block, firstPhase, level, Side.None);
            }
        }
    }

    private static void AddRepetitions(Builder builder, int item, Exercise exercise, DoseBlock block, int firstPhase, Level level, Side side)
    {
        var count = block.Repetitions.At(level);
        for (var rep = 1; rep <= count; rep++)
        {
            for (var p = 0; p < block.Phases.Count; p++)
            {
                var phase = block.Phases[p];
                builder.Add(phase.Seconds.At(level), phase.IsHold ? SegmentKind.Hold : SegmentKind.Work, item, exercise, side,
                    count > 1 ? rep : null, count > 1 ? count : null, block.IsHold ? null : phase.Name, Fill(phase.Cue, side), firstPhase + p,
                    phase.Band is { } band ? new SegmentBand(band.Direction(side), band.Degrees.Min, band.Degrees.Max) : null,
                    exercise.CautionDuring(phase), rep > 1 ? Counted(rep, p, phase.Name) : null);
            }
        }
    }

    // A later repetition says its number as it begins, and each phase its name: "2. Cat.", "Cow.".
    private static string Counted(int rep, int phase, string name)
    {
        var said = char.ToUpperInvariant(name[0]) + name[1..] + ".";
        return phase == 0 ? $"{rep}. {said}" : said;
    }

    /// <summary>Fills <c>{side}</c>, <c>{Side}</c> and <c>{other}</c> in a cue.</summary>
    public static string Fill(string cue, Side side)
    {
        if (side == Side.None)
        {
            return cue.Replace("{Side}", "One").Replace("{side}", "one").Replace("{other}", "other");
        }
        var name = side == Side.Left ? "left" : "right";
        var other = side == Side.Left ? "right" : "left";
        return cue.Replace("{Side}", char.ToUpperInvariant(name[0]) + name[1..]).Replace("{side}", name).Replace("{other}", other);
    }

    private sealed class Builder
    {
        public List<Segment> Segments { get; } = [];

        private int _offset;

        public void Add(int seconds, SegmentKind kind, int item, Exercise exercise, Side side, int? rep, int? repCount, string? phase, string cue, int? phaseIndex = null,
            SegmentBand? band = null, string? caution = null, string? spoken = null)
        {
            Segments.Add(new Segment(Segments.Count, _offset, seconds, kind, item, exercise.Id, exercise.Name, side, rep, repCount, phase, cue)
            {
                PhaseIndex = phaseIndex,
                Band = band,
                Caution = caution,
                Spoken = spoken ?? cue,
            });
            _offset += seconds;
        }
    }
}
