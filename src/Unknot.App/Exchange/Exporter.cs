using System.Text.Json;
using System.Text.Json.Serialization;
using Unknot.Catalog;
using Unknot.Files;
using Unknot.Progress;
using Unknot.Text;
using Unknot.Storage;
using Unknot.Storage.Exchange;

namespace Unknot.App.Exchange;

/// <summary><c>unknot export</c>, the Settings page's download and <c>GET /api/export</c>: everything of one user, to a JSON file (read back by <see cref="Importer"/>).</summary>
public static class Exporter
{
    /// <summary>How export files are written: Unknot's one JSON configuration (UTC instants ending in Z, absent values left out).</summary>
    public static JsonSerializerOptions Json => StorageJson.Indented;

    /// <summary>
    /// Writes everything to <paramref name="output"/>: sessions oldest first, the user's YAML files by name,
    /// settings by key, programmes in the order they started. Sessions are read from the store in batches as they are written, so memory stays the
    /// same however long the history. Without a <paramref name="home"/> (hosted mode, whose users keep their
    /// exercises and pictures in the database) those come from the store, and their routines are all saved routines.
    /// </summary>
    public static async Task<ExportSummary> ExportAsync(IUnknotStore store, string? home, DateTimeOffset now, Stream output, CancellationToken cancel = default)
    {
        var sessions = 0;
        // Without a home folder, the user's exercises and pictures are those the database keeps (hosted mode).
        var stored = home is null ? store.Files().Where(f => f.Folder == "exercises").ToArray() : [];
        var document = new ExportDocument(
            ExportDocument.FormatName,
            ExportDocument.CurrentVersion,
            now,
            store.AllSessions().Select(s =>
            {
                sessions++;
                return SessionDocument.From(s);
            }),
            home is null ? [] : UserFiles(home, "routines"),
            home is not null ? UserFiles(home, "exercises") : stored.Where(f => f.Name.EndsWith(".yaml", StringComparison.Ordinal))
                .Select(f => new FileDocument(f.Name, System.Text.Encoding.UTF8.GetString(f.Content))).ToArray(),
            new SortedDictionary<string, string>(store.Settings().ToDictionary(), StringComparer.Ordinal),
            store.Routines().Select(RoutineSnapshot.ToDocument).ToArray(),
            home is not null ? UserImages(home) : stored.Where(f => !f.Name.EndsWith(".yaml", StringComparison.Ordinal))
                .Select(f => new ImageDocument(f.Name, Convert.ToBase64String(f.Content))).ToArray(),
            store.Reminders(DateTimeOffset.MinValue).Select(r => new ReminderDocument(r.Id, r.At, r.Repeat, r.Reason, r.Outcome)).ToArray(),
            store.ActiveDays(DateOnly.MinValue).Select(d => new ActiveDayDocument(d.Day, d.Seconds)).ToArray(),
            store.Programmes().OrderBy(p => p.StartedOn).ThenBy(p => p.Id).Select(ProgrammeEnrolmentDocument.From).ToArray());
        await JsonSerializer.SerializeAsync(output, document, Json.Info<ExportDocument>(), cancel);
        // A routine counts whether it is a file of the home folder or one saved from the planner or the builder.
        return new ExportSummary(sessions, document.Routines.Count + document.SavedRoutines!.Count, document.Exercises.Count, document.Settings.Count,
            document.Programmes!.Count);
    }

    /// <summary>The value of the export's <c>only</c> parameter that asks for <see cref="ExportSessionsAsync"/>.</summary>
    public const string SessionsOnly = "sessions";

    /// <summary>
    /// Writes an export that carries <paramref name="sessions"/> and nothing else (no files, settings, routines or
    /// reminders): what <c>unknot sync</c> sends and asks for, so a sync moves sessions only.
    /// </summary>
    public static async Task<int> ExportSessionsAsync(IEnumerable<SessionRecord> sessions, DateTimeOffset now, Stream output, CancellationToken cancel = default)
    {
        var count = 0;
        var document = new ExportDocument(ExportDocument.FormatName, ExportDocument.CurrentVersion, now,
            sessions.Select(s =>
            {
                count++;
                return SessionDocument.From(s);
            }), [], [], new Dictionary<string, string>());
        await JsonSerializer.SerializeAsync(output, document, Json.Info<ExportDocument>(), cancel);
        return count;
    }

    /// <summary>
    /// Writes the export to <paramref name="path"/> through a temporary file in the same folder, so the file is
    /// either the whole export or left as it was. The folder must exist, and <paramref name="path"/> must be a regular
    /// file or nothing (<see cref="LocalFile.WriteProblem"/>); anything else, a folder that takes no new file and a
    /// full disk are an <see cref="IOException"/> saying so in one line.
    /// </summary>
    public static ExportSummary ExportToFile(IUnknotStore store, string home, DateTimeOffset now, string path) =>
        LocalFile.Replace(path, stream => ExportAsync(store, home, now, stream).GetAwaiter().GetResult());

    /// <summary>The pictures the user's exercise files name and that pass the picture checks, by file name.</summary>
    public static IReadOnlyList<ImageDocument> UserImages(string home) => CatalogLoader.Load(home).Catalog.All
        .Where(e => e.Origin != "built-in" && e.Image is not null)
        .Select(e => e.Image!)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select(name => ExerciseImages.Read(home, name, out _))
        .OfType<ExerciseImage>()
        .Select(image => new ImageDocument(image.Name, Convert.ToBase64String(image.Bytes)))
        .ToArray();

    /// <summary>The user's own YAML files in <paramref name="folder"/> of <paramref name="home"/>.</summary>
    public static IReadOnlyList<FileDocument> UserFiles(string home, string folder) =>
        CatalogSources.UserFolder(home, folder).Select(f => new FileDocument(Path.GetFileName(f.File), f.Text)).ToArray();
}
