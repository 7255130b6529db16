using System.Text.Json;
using System.Text.Json.Serialization;
using Unknot.Catalog;
using Unknot.Text;

namespace Unknot.Storage.Exchange;

/// <summary>What an import did.</summary>
/// <param name="SessionsAdded">Sessions that were not stored yet.</param>
/// <param name="SessionsKnown">Sessions already stored (left as they were).</param>
/// <param name="FilesWritten">User files written.</param>
/// <param name="FilesKept">User files already present: identical ones skipped, different ones kept as they were.</param>
public sealed record ImportResult(int SessionsAdded, int SessionsKnown, int FilesWritten, IReadOnlyList<string> FilesKept);

/// <summary><c>unknot export</c> and <c>unknot import</c>: everything of one user, to a JSON file and back.</summary>
public static class Exchange
{
    /// <summary>How export files are written.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Everything: sessions oldest first, the user's YAML files by name, settings by key.</summary>
    public static ExportDocument Export(IUnknotStore store, string home, DateTimeOffset now) => new(
        ExportDocument.FormatName,
        ExportDocument.CurrentVersion,
        now,
        store.Sessions().OrderBy(s => s.StartedAt).ThenBy(s => s.Id).Select(SessionDocument.From).ToArray(),
        UserFiles(home, "routines"),
        UserFiles(home, "exercises"),
        new SortedDictionary<string, string>(store.Settings().ToDictionary(), StringComparer.Ordinal),
        store.Routines().Select(RoutineSnapshot.ToDocument).ToArray());

    /// <summary>The export as JSON text.</summary>
    public static string Serialize(ExportDocument document) => JsonSerializer.Serialize(document, Json);

    /// <summary>
    /// Checks the whole file first (<see cref="ExportReader"/>), then writes: YAML files to temporary names, the
    /// sessions and settings in one transaction, and only then the files into place. Sessions and identical files
    /// already present are skipped, so importing the same file twice adds nothing the second time.
    /// </summary>
    public static ImportResult Import(IUnknotStore store, string home, string text)
    {
        var existing = CatalogLoader.Load(home).Catalog;
        var document = ExportReader.Read(text, existing);

        var kept = new List<string>();
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var (folder, files) in new[] { ("exercises", document.Exercises), ("routines", document.Routines) })
            {
                foreach (var file in files)
                {
                    var final = Path.Combine(home, folder, file.File);
                    if (File.Exists(final))
                    {
                        if (File.ReadAllText(final) != file.Yaml)
                        {
                            kept.Add($"{folder}/{file.File}");
                        }
                        continue;
                    }
                    Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                    var temporary = final + ".import-tmp";
                    File.WriteAllText(temporary, file.Yaml);
                    staged.Add((temporary, final));
                }
            }
            var sessions = document.Sessions.Select(s => s.ToRecord(store.UserId)).ToArray();
            var added = store.Import(sessions, document.Settings, (document.SavedRoutines ?? []).Select(RoutineSnapshot.FromDocument).ToArray());
            foreach (var (temporary, final) in staged)
            {
                File.Move(temporary, final);
            }
            var written = staged.Count;
            staged.Clear();
            return new ImportResult(added, sessions.Length - added, written, kept);
        }
        finally
        {
            foreach (var (temporary, _) in staged)
            {
                File.Delete(temporary);
            }
        }
    }

    private static IReadOnlyList<FileDocument> UserFiles(string home, string folder) =>
        CatalogSources.UserFolder(home, folder).Select(f => new FileDocument(Path.GetFileName(f.File), f.Text)).ToArray();
}
