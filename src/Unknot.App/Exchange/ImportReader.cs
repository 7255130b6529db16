using System.Text.Json;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Preferences;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Storage;
using Unknot.Storage.Exchange;
using Unknot.Timelines;

namespace Unknot.App.Exchange;

/// <summary>The small parts of a checked export file, and how many sessions it holds (read again when written).</summary>
/// <param name="Exercises">The user's exercise files.</param>
/// <param name="Routines">The user's routine files.</param>
/// <param name="Settings">Settings by key.</param>
/// <param name="SavedRoutines">Routines saved in the database.</param>
/// <param name="Sessions">How many sessions it holds.</param>
/// <param name="Replacements">The files that would take the place of a built-in exercise or routine, each named by its field.</param>
/// <param name="Images">The pictures beside the exercise files, checked like those in the exercises folder.</param>
/// <param name="Reminders">The break reminders and their outcomes.</param>
/// <param name="ActiveDays">Active time per day.</param>
/// <param name="Programmes">The programmes followed, each with what is kept instead if it is current and the user already follows another.</param>
public sealed record CheckedImport(IReadOnlyList<FileDocument> Exercises, IReadOnlyList<FileDocument> Routines,
    IReadOnlyDictionary<string, string> Settings, IReadOnlyList<Routine> SavedRoutines, int Sessions, IReadOnlyList<FieldProblem> Replacements,
    IReadOnlyList<ExerciseImage> Images, IReadOnlyList<ReminderRecord> Reminders, IReadOnlyList<ActiveDay> ActiveDays,
    IReadOnlyList<ImportedProgramme> Programmes);

/// <summary>
/// Reads an export file (docs/export-format.md) with the same field readers as the API: a problem names its path
/// (<c>sessions[3].painBefore: must be a whole number from 0 to 10, got 14</c>). The file is read as a stream,
/// twice: <see cref="Check"/> checks all of it before anything is written, <see cref="Sessions"/> reads the
/// sessions again one at a time to write them. Memory does not grow with the number of sessions.
/// </summary>
public static partial class ImportReader
{
    private const string SessionsField = "sessions";

    /// <summary>Checks the whole file as of <paramref name="now"/>; a <see cref="FieldException"/> on the first problem.</summary>
    public static CheckedImport Check(Stream stream, ExerciseCatalog existing, DateTimeOffset now)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var ids = new HashSet<Guid>();
        JsonWalker.Walk(stream, SessionsField, (name, value) => fields[name] = value, (i, value) =>
        {
            var session = Session(new JsonInput($"{SessionsField}[{i}]", value), "", now);
            if (!ids.Add(session.Id))
            {
                throw new FieldException($"{SessionsField}[{i}].id", $"the id {session.Id} appears more than once");
            }
        });
        foreach (var (name, value) in fields)
        {
            // Text with a lone surrogate cannot be copied by System.Text.Json: say which field holds it.
            try
            {
                JsonSerializer.SerializeToElement(value, Views.AppJson.Default.JsonElement);
            }
            catch (Exception e) when (e is InvalidOperationException or JsonException)
            {
                throw new FieldException(name, "must be valid Unicode text (it holds a lone surrogate)");
            }
        }
        var root = new JsonInput("", JsonSerializer.SerializeToElement(fields, Views.AppJson.Default.DictionaryStringJsonElement));
        var format = root.Required("format").String(40);
        if (format != ExportDocument.FormatName)
        {
            throw root.Required("format").Problem($"must be '{ExportDocument.FormatName}', got '{format}'");
        }
        var version = root.Required("version").Int(1, int.MaxValue);
        if (version > ExportDocument.CurrentVersion)
        {
            throw root.Required("version").Problem($"version {version} is newer than this Unknot reads (up to {ExportDocument.CurrentVersion})");
        }
        var exportedAt = root.Required("exportedAt").Instant();
        root.Required(SessionsField).List(0);
        var exercises = Files(root.Required("exercises"), "exercises", (file, yaml, problems) => ExerciseParser.Parse(file, yaml, file, problems));
        var catalog = new ExerciseCatalog(existing.All.Concat(exercises.Parsed.OfType<Exercise>()));
        var routines = Files(root.Required("routines"), "routines", (file, yaml, problems) => RoutineParser.Parse(file, yaml, RoutineOrigin.FromFile(file), catalog, problems));
        var builtIns = CatalogLoader.Load(null).Catalog;
        var builtInRoutines = RoutineSet.Load(builtIns, null).Routines;
        var replacements = new List<FieldProblem>();
        Unique(exercises.Parsed.Select(p => (p as Exercise)?.Id.Value), "exercises", "exercise", id => builtIns.Find(id) is { Id.Value: var found } && found == id, replacements);
        Unique(routines.Parsed.Select(p => (p as Routine)?.Id), "routines", "routine", id => builtInRoutines.Find(id) is not null, replacements);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var settingsField = root.Required("settings");
        foreach (var key in Keys(settingsField))
        {
            var node = settingsField.Required(key);
            var value = node.String(UserPreferences.MaxValue);
            if (UserPreferences.Check(key, value) is { } problem)
            {
                throw node.Problem(problem);
            }
            settings[key] = value;
        }
        var library = new Library(catalog, new RoutineSet([]), []);
        var saved = root.Optional("savedRoutines")?.List(10_000).Select(r => RoutineDraftReader.Routine(r, library)).ToArray() ?? [];
        var reminders = root.Optional("reminders")?.List(1_000_000).Select(r => new ReminderRecord(
            r.Required("id").Guid(), r.Required("at").Instant(), r.Required("repeat").Int(0, Unknot.Reminders.ReminderSettings.MostRepeats),
            r.Required("reason").String(500), r.Optional("outcome")?.Word<Unknot.Reminders.ReminderOutcome>())).ToArray() ?? [];
        var activeDays = root.Optional("activeDays")?.List(100_000)
            .Select(d => new ActiveDay(Day(d.Required("day")), d.Required("seconds").Int(0, 24 * 3600))).ToArray() ?? [];
        // The day after the export, on the file's own calendar: a current programme kept stopped still counts every day it ran.
        var zone = settings.TryGetValue("time-zone", out var zoneId) ? TimeZones.Find(zoneId) : TimeZoneInfo.Utc;
        var programmes = Programmes(root.Optional(ProgrammesField), TimeZones.LocalDay(exportedAt, zone).AddDays(1));
        return new CheckedImport(exercises.Documents, routines.Documents, settings, saved, ids.Count, replacements, Images(root.Optional("images"), exercises.Documents),
            reminders, activeDays, programmes);
    }

    /// <summary>The pictures of the export: plain names of a known kind, Base64 data of the right content and size, each name once.</summary>
    private static IReadOnlyList<ExerciseImage> Images(Input? array, IReadOnlyList<FileDocument> exercises)
    {
        var images = new List<ExerciseImage>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in array?.List(1000) ?? [])
        {
            var fileField = item.Required("file");
            var file = fileField.String(200);
            if (ExerciseImages.NameProblem(file) is { } nameProblem)
            {
                throw fileField.Problem(nameProblem);
            }
            if (exercises.Any(e => string.Equals(e.File, file, StringComparison.OrdinalIgnoreCase)) || !names.Add(file))
            {
                throw fileField.Problem($"'{file}' appears more than once among the exercise files and pictures; each file name once");
            }
            var dataField = item.Required("data");
            var data = dataField.String(ExerciseImages.MaxBytes / 3 * 4 + 8);
            var bytes = new byte[data.Length];
            if (!Convert.TryFromBase64String(data, bytes, out var length))
            {
                throw dataField.Problem("must be the picture's bytes in Base64");
            }
            var content = bytes.AsSpan(0, length).ToArray();
            if (ExerciseImages.ContentProblem(file, content) is { } contentProblem)
            {
                throw dataField.Problem(contentProblem);
            }
            images.Add(new ExerciseImage(file, ExerciseImages.ContentTypeOf(file), content));
        }
        return images;
    }

    /// <summary>Refuses an id given by two files; notes each file that would replace a built-in.</summary>
    private static void Unique(IEnumerable<string?> ids, string folder, string what, Func<string, bool> isBuiltIn, List<FieldProblem> replacements)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            if (id is null)
            {
                continue;
            }
            if (!seen.Add(id))
            {
                throw new FieldException($"{folder}[{i}].yaml", $"the {what} id '{id}' is given by another file too; each id once");
            }
            if (isBuiltIn(id))
            {
                replacements.Add(new FieldProblem($"{folder}[{i}].yaml", $"would replace the built-in {what} '{id}'"));
            }
        }
    }

    private static (IReadOnlyList<FileDocument> Documents, IReadOnlyList<object?> Parsed) Files(Input array, string folder,
        Func<string, string, List<LoadProblem>, object?> parse)
    {
        var documents = new List<FileDocument>();
        var parsed = new List<object?>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in array.List(10_000))
        {
            var fileField = item.Required("file");
            var file = fileField.String(200);
            if (file.Contains('/') || file.Contains('\\') || file.StartsWith('.') || !(file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal)))
            {
                throw fileField.Problem($"must be a plain file name ending in .yaml, got '{file}'");
            }
            if (!names.Add(file))
            {
                throw fileField.Problem($"'{file}' appears more than once in {folder}; each file name once");
            }
            var yamlField = item.Required("yaml");
            var yaml = yamlField.String(1024 * 1024);
            var problems = new List<LoadProblem>();
            parsed.Add(parse($"{folder}/{file}", yaml, problems));
            // A problem that costs only a part (a figure, a picture) does not stop the file: it loads the same way from the folder.
            if (problems.FirstOrDefault(p => !p.Partial) is { } p)
            {
                throw yamlField.Problem($"line {p.Line}: {p.Field}: {p.Message}");
            }
            documents.Add(new FileDocument(file, yaml));
        }
        return (documents, parsed);
    }

    private static IEnumerable<string> Keys(Input node) => node is JsonInput { Element.ValueKind: JsonValueKind.Object } json
        ? json.Element.EnumerateObject().Select(p => p.Name).ToArray()
        : throw node.Problem("must be an object of settings by key");
}
