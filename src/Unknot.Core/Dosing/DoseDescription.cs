using System.Text;

namespace Unknot.Dosing;

/// <summary>Says a dose in words: "hold 30 s, each side"; "10 × (cat 4 s, cow 4 s)".</summary>
public static class DoseDescription
{
    /// <summary>One block at a level.</summary>
    public static string Describe(DoseBlock block, Level level)
    {
        var text = new StringBuilder();
        if (block.IsHold)
        {
            text.Append($"hold {block.Phases[0].Seconds.At(level)} s");
        }
        else
        {
            var phases = string.Join(", ", block.Phases.Select(p => $"{p.Name} {p.Seconds.At(level)} s"));
            text.Append($"{block.Repetitions.At(level)} × ({phases})");
        }
        if (block.PerSide)
        {
            text.Append(", each side (left, then right)");
        }
        return text.ToString();
    }

    /// <summary>The block's numbers as written, ranges included: "hold 10-20 s", "3-5 × (…)".</summary>
    public static string Range(DoseBlock block)
    {
        var text = block.IsHold
            ? $"hold {block.Phases[0].Seconds} s"
            : $"{block.Repetitions} × ({string.Join(", ", block.Phases.Select(p => $"{p.Name} {p.Seconds} s"))})";
        return block.PerSide ? text + ", each side" : text;
    }

    /// <summary>What to do in each phase, in order; per-side cues are written for the left and then point to the right.</summary>
    public static IReadOnlyList<string> Instructions(Dose dose) => dose.Blocks
        .SelectMany(b => b.Phases.Select(p => b.PerSide ? Timelines.TimelineCompiler.Fill(p.Cue, Timelines.Side.Left) + " Then the same on the right." : p.Cue))
        .ToArray();

    /// <summary>Every block, joined with "then".</summary>
    public static string Describe(Dose dose, Level level) =>
        string.Join("; then ", dose.Blocks.Select(b => Describe(b, level)));
}
