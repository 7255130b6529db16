using System.Globalization;
using System.Text.Json;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Storage.Exchange;

/// <summary>
/// Reads and checks an export file completely before anything is written: the first problem is reported with
/// its JSON path (<c>$.sessions[3].painBefore: must be a whole number from 0 to 10, got 14</c>).
/// </summary>
public static class ExportReader
{
    /// <summary>Parses and checks the text of an export file; throws <see cref="ImportException"/> on the first problem.</summary>
    public static ExportDocument Read(string text, ExerciseCatalog builtinsAndExisting)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ImportException($"$: not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
        }
        using (json)
        {
            var root = new Node("$", json.RootElement).Object();
            var format = root.Field("format").String();
            if (format != ExportDocument.FormatName)
            {
                throw new ImportException($"$.format: must be '{ExportDocument.FormatName}', got '{format}'");
            }
            var version = root.Field("version").Int(1, int.MaxValue);
            if (version > ExportDocument.CurrentVersion)
            {
                throw new ImportException($"$.version: version {version} is newer than this Unknot reads (up to {ExportDocument.CurrentVersion})");
            }
            var exportedAt = root.Field("exportedAt").Instant();

            var exercises = Files(root.Field("exercises"), "exercises", (file, yaml, problems) => ExerciseParser.Parse(file, yaml, file, problems));
            var catalog = new ExerciseCatalog(builtinsAndExisting.All.Concat(exercises.Parsed.OfType<Exercise>()));
            var routines = Files(root.Field("routines"), "routines", (file, yaml, problems) => RoutineParser.Parse(file, yaml, RoutineOrigin.FromFile(file), catalog, problems));

            var sessions = root.Field("sessions").Array().Select(Session).ToArray();
            var duplicate = sessions.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new ImportException($"$.sessions: the id {duplicate.Key} appears more than once");
            }

            var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, node) in root.Field("settings").Properties())
            {
                var value = node.String();
                if (Unknot.Preferences.UserPreferences.Check(key, value) is { } problem)
                {
                    throw new ImportException($"{node.Path}: {problem}");
                }
                settings[key] = value;
            }
            var saved = root.Optional("savedRoutines")?.Array().Select(Routine).ToArray() ?? [];
            foreach (var (routine, i) in saved.Select((r, i) => (r, i)))
            {
                var unknown = routine.Items.FirstOrDefault(item => catalog.Find(item.Exercise) is null);
                if (unknown is not null)
                {
                    throw new ImportException($"$.savedRoutines[{i}].items: unknown exercise '{unknown.Exercise}'");
                }
            }
            return new ExportDocument(format, version, exportedAt, sessions, routines.Documents, exercises.Documents, settings, saved);
        }
    }

    private static (IReadOnlyList<FileDocument> Documents, IReadOnlyList<object?> Parsed) Files(Node array, string folder,
        Func<string, string, List<LoadProblem>, object?> parse)
    {
        var documents = new List<FileDocument>();
        var parsed = new List<object?>();
        foreach (var item in array.Array())
        {
            var file = item.Object().Field("file").String();
            if (file.Contains('/') || file.Contains('\\') || file.StartsWith('.') || !(file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal)))
            {
                throw new ImportException($"{item.Path}.file: must be a plain file name ending in .yaml, got '{file}'");
            }
            var yaml = item.Field("yaml").String();
            var problems = new List<LoadProblem>();
            parsed.Add(parse($"{folder}/{file}", yaml, problems));
            if (problems.Count > 0)
            {
                var p = problems[0];
                throw new ImportException($"{item.Path}.yaml: line {p.Line}: {p.Field}: {p.Message}");
            }
            documents.Add(new FileDocument(file, yaml));
        }
        return (documents, parsed);
    }

    private static SessionDocument Session(Node node)
    {
        node.Object();
        var id = node.Field("id").Guid();
        var routine = Routine(node.Field("routine"));
        var level = node.Field("level").Word<Level>();
        var startedAt = node.Field("startedAt").Instant();
        var endedAt = node.Optional("endedAt")?.Instant();
        if (endedAt < startedAt)
        {
            throw new ImportException($"{node.Path}.endedAt: must not be before startedAt");
        }
        var zone = node.Field("timeZone").String();
        if (!TimeZones.Exists(zone))
        {
            throw new ImportException($"{node.Path}.timeZone: unknown time zone '{zone}'");
        }
        var completed = node.Field("completed").Bool();
        var before = node.Optional("painBefore")?.Int(PainScore.Min, PainScore.Max);
        var after = node.Optional("painAfter")?.Int(PainScore.Min, PainScore.Max);
        var note = node.Optional("note")?.String();
        var segments = node.Field("segments").Array().Select((s, i) =>
        {
            s.Object();
            var index = s.Field("index").Int(i, i);
            return new SegmentDocument(index, s.Field("kind").Word<SegmentKind>(), s.Field("exercise").Id(),
                s.Field("side").Word<Side>(), s.Field("durationSeconds").Int(1, 24 * 3600), s.Field("outcome").Word<SegmentOutcome>());
        }).ToArray();
        CheckpointDocument? checkpoint = null;
        if (node.Optional("checkpoint") is { } c)
        {
            c.Object();
            checkpoint = new CheckpointDocument(c.Field("segmentIndex").Int(0, Math.Max(0, segments.Length - 1)), c.Field("secondsInto").Number(0, 24 * 3600));
        }
        return new SessionDocument(id, routine, level, startedAt, endedAt, zone, completed, before, after, note, checkpoint, segments);
    }

    private static RoutineDocument Routine(Node node)
    {
        node.Object();
        var id = node.Field("id").Id();
        var name = node.Field("name").String();
        var description = node.Optional("description")?.String();
        var items = node.Field("items").Array().Select(i =>
        {
            i.Object();
            return new RoutineItemDocument(i.Field("exercise").Id(), i.Optional("level")?.Word<Level>(), i.Optional("restAfter")?.Int(0, RoutineParser.MaxRestSeconds));
        }).ToArray();
        if (items.Length == 0)
        {
            throw new ImportException($"{node.Path}.items: must list at least one exercise");
        }
        return new RoutineDocument(id, name, description, items);
    }

    /// <summary>A JSON value with the path that leads to it, and checks that name the path when they fail.</summary>
    private readonly record struct Node(string Path, JsonElement Element)
    {
        public Node Object() => Element.ValueKind == JsonValueKind.Object ? this : throw Fail("must be an object");

        public Node Field(string name) =>
            Optional(name) ?? throw new ImportException($"{Path}.{name}: is required");

        public Node? Optional(string name)
        {
            Object();
            return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? new Node($"{Path}.{name}", value) : null;
        }

        public IEnumerable<Node> Array()
        {
            if (Element.ValueKind != JsonValueKind.Array)
            {
                throw Fail("must be an array");
            }
            var path = Path;
            return Element.EnumerateArray().Select((e, i) => new Node($"{path}[{i}]", e)).ToArray();
        }

        public IEnumerable<(string Key, Node Value)> Properties()
        {
            Object();
            var path = Path;
            return Element.EnumerateObject().Select(p => (p.Name, new Node($"{path}.{p.Name}", p.Value))).ToArray();
        }

        public string String() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Fail($"must be a string, got {Describe()}");

        public bool Bool() => Element.ValueKind is JsonValueKind.True or JsonValueKind.False ? Element.GetBoolean() : throw Fail($"must be true or false, got {Describe()}");

        public int Int(int min, int max)
        {
            if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt32(out var value))
            {
                throw Fail($"must be a whole number from {min} to {max}, got {Describe()}");
            }
            return value >= min && value <= max ? value : throw Fail(min == max ? $"must be {min}, got {value}" : $"must be a whole number from {min} to {max}, got {value}");
        }

        public double Number(double min, double max)
        {
            if (Element.ValueKind != JsonValueKind.Number)
            {
                throw Fail($"must be a number, got {Describe()}");
            }
            var value = Element.GetDouble();
            return value >= min && value <= max ? value : throw Fail($"must be from {min} to {max}, got {value.ToString(CultureInfo.InvariantCulture)}");
        }

        public Guid Guid() => System.Guid.TryParse(String(), out var id) ? id : throw Fail($"must be a UUID, got '{String()}'");

        public string Id() => ExerciseId.IsValid(String()) ? String() : throw Fail($"must be a kebab-case id, got '{String()}'");

        public DateTimeOffset Instant() =>
            DateTimeOffset.TryParse(String(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? instant.ToUniversalTime()
                : throw Fail($"must be an ISO 8601 instant such as 2026-11-21T09:30:00Z, got '{String()}'");

        public T Word<T>() where T : struct, Enum =>
            Kebab.TryParse<T>(String(), out var value) ? value : throw Fail($"must be one of {string.Join(", ", Kebab.All<T>())}, got '{String()}'");

        private string Describe() => Element.ValueKind switch
        {
            JsonValueKind.String => $"'{Element.GetString()}'",
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
            var kind => kind.ToString().ToLowerInvariant(),
        };

        private ImportException Fail(string message) => new($"{Path}: {message}");
    }
}
