using Unknot.Dosing;
using Unknot.Yaml;

namespace Unknot.Catalog;

/// <summary>Turns one exercise YAML file into an <see cref="Exercise"/>, or into problems that say what to fix.</summary>
public static class ExerciseParser
{
    /// <summary>Longest hold or phase, in seconds.</summary>
    public const int MaxSeconds = 600;

    /// <summary>Most repetitions in a block.</summary>
    public const int MaxRepetitions = 100;

    /// <summary>
    /// Parses the text of <paramref name="file"/>; returns null when any problem was found outside its figure and
    /// picture. <paramref name="checkImage"/>, when given, says what is wrong with the picture the file names (or null).
    /// </summary>
    public static Exercise? Parse(string file, string text, string origin, List<LoadProblem> problems, Func<string, string?>? checkImage = null)
    {
        var before = problems.Count;
        var root = Yaml.YamlFile.Open(file, text, problems);
        if (root is null)
        {
            return null;
        }
        root.RejectUnknown("id", "name", "aliases", "summary", "kind", "positions", "equipment", "targets",
            "contexts", "tags", "setup", "dose", "cues", "cautions", "sources", "figure", "image");

        var id = root.String("id");
        if (id is not null && !ExerciseId.IsValid(id))
        {
            root.Problem("id", $"must be kebab-case (lower-case words joined by '-'), got '{id}'");
        }
        var dose = ParseDose(root.Mapping("dose"));
        var exercise = new Exercise
        {
            Id = ExerciseId.IsValid(id) ? new ExerciseId(id!) : default,
            Name = root.String("name") ?? "",
            Aliases = root.Strings("aliases"),
            Summary = root.String("summary") ?? "",
            Kind = root.Enum<ExerciseKind>("kind") ?? default,
            Positions = root.Enums<Position>("positions", required: true),
            Equipment = root.Enums<Equipment>("equipment"),
            Targets = root.Enums<Target>("targets", required: true),
            Contexts = root.Enums<ExerciseContext>("contexts"),
            Tags = root.Strings("tags"),
            Setup = root.Strings("setup", required: true),
            Dose = dose,
            Cues = root.Strings("cues"),
            // Every caution, the exercise's own and then those of single phases, for the pages that list them all.
            Cautions = [.. root.Strings("cautions"), .. dose.Blocks.SelectMany(b => b.Phases).Select(p => p.Caution).OfType<string>().Distinct()],
            Sources = ParseSources(root),
            Origin = origin,
        };
        if (exercise.Positions.Count == 0 && problems.Count == before)
        {
            root.Problem("positions", "must list at least one position");
        }
        if (exercise.Positions.Count > 0 && exercise.MainPosition == Position.AgainstWall)
        {
            root.Problem("positions", "the first position must say how the body is placed (standing, seated, floor-...); 'against-wall' can only follow it");
        }
        if (problems.Count != before)
        {
            return null;
        }
        // A figure or a picture with a problem costs only itself: the exercise loads and plays without it.
        return exercise with { Figure = Figures.FigureParser.Parse(root.Mapping("figure", required: false), dose, problems), Image = Image(root, problems, checkImage) };
    }

    private static string? Image(YamlFields root, List<LoadProblem> problems, Func<string, string?>? checkImage)
    {
        var own = new List<LoadProblem>();
        var fields = root.Into(own);
        var name = fields.String("image", required: false);
        if (name is not null && (ExerciseImages.NameProblem(name) ?? checkImage?.Invoke(name)) is { } problem)
        {
            fields.Problem("image", problem);
        }
        problems.AddRange(own.Select(p => p with { Message = p.Message + " — the exercise loads without its picture", Partial = true }));
        return own.Count == 0 ? name : null;
    }

    private static Dose ParseDose(YamlFields? dose)
    {
        if (dose is null)
        {
            return new Dose([]);
        }
        dose.RejectUnknown("blocks");
        var blocks = new List<DoseBlock>();
        foreach (var block in dose.Mappings("blocks"))
        {
            var parsed = ParseBlock(block);
            if (parsed is not null)
            {
                blocks.Add(parsed);
            }
        }
        return new Dose(blocks);
    }

    private static DoseBlock? ParseBlock(YamlFields block)
    {
        var before = block.ProblemCount;
        var kind = block.String("kind");
        var perSide = block.Bool("perSide", false);
        var projectChoice = block.String("projectChoice", required: false);
        switch (kind)
        {
            case "hold":
            {
                block.RejectUnknown("kind", "seconds", "cue", "perSide", "projectChoice", "band", "caution");
                var seconds = block.Range("seconds", 1, MaxSeconds);
                var cue = block.String("cue");
                var band = ParseBand(block, perSide);
                var caution = block.String("caution", required: false);
                return block.ProblemCount == before
                    ? new DoseBlock(DoseRange.Exactly(1), [new Phase("hold", seconds!.Value, cue!, IsHold: true, null) { Band = band, Caution = caution }], perSide, projectChoice)
                    : null;
            }
            case "repeat":
            {
                block.RejectUnknown("kind", "repetitions", "phases", "perSide", "projectChoice");
                var repetitions = block.Range("repetitions", 1, MaxRepetitions);
                var phases = new List<Phase>();
                foreach (var phase in block.Mappings("phases"))
                {
                    phase.RejectUnknown("name", "seconds", "cue", "hold", "projectChoice", "band", "caution");
                    var name = phase.String("name");
                    var seconds = phase.Range("seconds", 1, MaxSeconds);
                    var cue = phase.String("cue");
                    var hold = phase.Bool("hold", false);
                    var choice = phase.String("projectChoice", required: false);
                    var band = ParseBand(phase, perSide);
                    var caution = phase.String("caution", required: false);
                    if (name is not null && seconds is not null && cue is not null)
                    {
                        phases.Add(new Phase(name, seconds.Value, cue, hold, choice) { Band = band, Caution = caution });
                    }
                }
                return block.ProblemCount == before ? new DoseBlock(repetitions!.Value, phases, perSide, projectChoice) : null;
            }
            case null:
                return null;
            default:
                block.Problem("kind", $"unknown block kind '{kind}' — known: hold, repeat");
                return null;
        }
    }

    // band: {move: tilt, degrees: 20-45}: the neck angle the camera's form check holds a phase to.
    private static TargetBand? ParseBand(YamlFields owner, bool perSide)
    {
        if (owner.Mapping("band", required: false) is not { } band)
        {
            return null;
        }
        band.RejectUnknown("move", "degrees");
        var move = band.String("move");
        var degrees = band.Range("degrees", 1, Progress.NeckMeasurement.MaxDegrees);
        if (move is null || degrees is null)
        {
            return null;
        }
        if (!TargetBand.Moves.Contains(move))
        {
            band.Problem("move", $"unknown move '{move}' — known: {string.Join(", ", TargetBand.Moves)}");
            return null;
        }
        var parsed = new TargetBand(move, degrees.Value);
        if (parsed.Sided && !perSide)
        {
            band.Problem("move", $"a {move} goes left or right, so its band belongs in a block with perSide: true");
            return null;
        }
        return parsed;
    }

    private static IReadOnlyList<Source> ParseSources(YamlFields root)
    {
        var sources = new List<Source>();
        foreach (var source in root.Mappings("sources"))
        {
            source.RejectUnknown("article", "author", "expert", "said");
            var article = source.String("article");
            var author = source.String("author");
            var expert = source.String("expert");
            var said = source.String("said");
            if (article is not null && author is not null && expert is not null && said is not null)
            {
                sources.Add(new Source(article, author, expert, said));
            }
        }
        return sources;
    }
}
