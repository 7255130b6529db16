using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Yaml;

namespace Unknot.Figures;

/// <summary>
/// Reads the <c>figure:</c> section of an exercise file (docs/catalog.md). Its problems name file, line and field
/// like every other, but they cost only the figure: the exercise still loads and plays without one.
/// </summary>
internal static class FigureParser
{
    private const string Both = "both.";

    /// <summary>The figure, or null when the section is absent or has a problem (then recorded in <paramref name="problems"/>).</summary>
    public static Figure? Parse(YamlFields? section, Dose dose, List<LoadProblem> problems)
    {
        if (section is null)
        {
            return null;
        }
        var own = new List<LoadProblem>();
        var figure = section.Into(own);
        figure.RejectUnknown("view", "views", "props", "stance", "start", "poses");
        var views = Views(figure);
        var props = figure.Enums<Prop>("props");
        var stance = figure.Enum<Stance>("stance");
        var start = figure.Mapping("start", required: false);
        var startPose = stance is { } s ? Read(start, Stances.Of(s), allowPhase: false) : null;
        var phases = dose.Blocks.SelectMany((b, i) => b.Phases.Select((p, j) => (Block: i, Phase: j, p.Name, b.PerSide))).ToArray();
        var entries = figure.Mappings("poses");
        if (figure.Has("poses") && entries.Count != phases.Length)
        {
            figure.Problem("poses", $"must give one pose for each phase of the dose, in order: {phases.Length} ({string.Join(", ", phases.Select(p => p.Name))}), got {entries.Count}");
        }
        var poses = new List<KeyPose>();
        if (startPose is not null)
        {
            poses.Add(new KeyPose("start", startPose, false, null, null));
        }
        for (var i = 0; i < Math.Min(entries.Count, phases.Length); i++)
        {
            var entry = entries[i];
            var phase = phases[i];
            var named = entry.String("phase", required: false);
            if (named is not null && named != phase.Name)
            {
                entry.Problem("phase", $"the pose at this place ends the phase '{phase.Name}', got '{named}'");
            }
            if (startPose is not null && Read(entry, startPose, allowPhase: true) is { } pose)
            {
                poses.Add(new KeyPose(phase.Name, pose, phase.PerSide, phase.Block, phase.Phase));
            }
        }
        if (own.Count > 0)
        {
            problems.AddRange(own.Select(p => p with { Message = p.Message + " — the exercise loads without its figure", Partial = true }));
            return null;
        }
        return new Figure(views, props, stance!.Value, poses);
    }

    private static IReadOnlyList<Viewpoint> Views(YamlFields figure)
    {
        if (figure.Has("view") == figure.Has("views"))
        {
            figure.Problem("view", "give the view ('view: side') or up to two views ('views: [front, side]'), one of the two");
            return [];
        }
        if (figure.Has("view"))
        {
            return figure.Enum<Viewpoint>("view") is { } one ? [one] : [];
        }
        var views = figure.Enums<Viewpoint>("views", required: true);
        if (views.Count is 0 or > 2)
        {
            figure.Problem("views", $"must list one or two views, got {views.Count}");
        }
        return views;
    }

    /// <summary>
    /// A pose written as changes to <paramref name="from"/>: <c>neck.tilt: 30</c>, or <c>both.elbow: 90</c> for the
    /// same angle on both sides. Each angle is checked against its joint's range, then the whole pose against the
    /// rules no single range can say.
    /// </summary>
    private static Pose? Read(YamlFields? mapping, Pose from, bool allowPhase)
    {
        if (mapping is null)
        {
            return from;
        }
        var before = mapping.ProblemCount;
        var angles = new List<KeyValuePair<string, double>>();
        var names = Joints.All.Select(j => j.Name).Concat(Joints.All.Where(j => j.Name.StartsWith("left.", StringComparison.Ordinal)).Select(j => Both + j.Name[5..]));
        var known = (allowPhase ? names.Prepend("phase") : names).ToArray();
        foreach (var key in mapping.Keys)
        {
            if (allowPhase && key == "phase")
            {
                continue;
            }
            var joint = Joints.Find(key.StartsWith(Both, StringComparison.Ordinal) ? "left." + key[Both.Length..] : key);
            if (joint is null)
            {
                var hint = Text.DidYouMean.Suggest(key, known);
                mapping.Problem(key, hint is null
                    ? "is not an angle of the figure — see the table of angles in docs/catalog.md"
                    : $"is not an angle of the figure — did you mean '{hint}'?");
                continue;
            }
            if (mapping.Number(key, joint.Min, joint.Max, joint.Meaning) is not { } value)
            {
                continue;
            }
            if (key.StartsWith(Both, StringComparison.Ordinal))
            {
                angles.Add(KeyValuePair.Create("left." + key[Both.Length..], value));
                angles.Add(KeyValuePair.Create("right." + key[Both.Length..], value));
            }
            else
            {
                angles.Add(KeyValuePair.Create(key, value));
            }
        }
        if (mapping.ProblemCount > before)
        {
            return null;
        }
        var pose = from.With(angles);
        foreach (var (field, message) in Joints.Combined(pose))
        {
            var written = mapping.Keys.Contains(field) ? field : Both + field[(field.IndexOf('.') + 1)..];
            mapping.Problem(mapping.Keys.Contains(written) ? written : field, message);
        }
        return mapping.ProblemCount > before ? null : pose;
    }
}
