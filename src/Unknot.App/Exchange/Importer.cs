using Unknot.App.Input;
using Unknot.Catalog;
using Unknot.Storage;
using Unknot.Storage.Exchange;

namespace Unknot.App.Exchange;

/// <summary><c>unknot import</c> and <c>POST /api/import</c>: an export file read back into a home folder and a store.</summary>
public static class Importer
{
    /// <summary>
    /// Checks the whole file first (<see cref="ImportReader"/>), then writes: YAML files to temporary names, the
    /// sessions (read from the file again, one at a time) and settings in one transaction, and only then the files
    /// into place. Sessions and identical files already present are skipped, so importing the same file twice adds
    /// nothing the second time. A problem is a <see cref="FieldException"/> and nothing is written.
    /// </summary>
    public static ImportResult Import(IUnknotStore store, string home, Func<Stream> open, DateTimeOffset now)
    {
        CheckedImport file;
        using (var stream = open())
        {
            file = ImportReader.Check(stream, CatalogLoader.Load(home).Catalog, now);
        }
        var kept = new List<string>();
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var (folder, files) in new[] { ("exercises", file.Exercises), ("routines", file.Routines) })
            {
                foreach (var document in files)
                {
                    var final = Path.Combine(home, folder, document.File);
                    if (File.Exists(final))
                    {
                        if (File.ReadAllText(final) != document.Yaml)
                        {
                            kept.Add($"{folder}/{document.File}");
                        }
                        continue;
                    }
                    Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                    var temporary = final + ".import-tmp";
                    File.WriteAllText(temporary, document.Yaml);
                    staged.Add((temporary, final));
                }
            }
            var added = store.Import(ImportReader.Sessions(open, store.UserId, now), file.Settings, file.SavedRoutines);
            foreach (var (temporary, final) in staged)
            {
                File.Move(temporary, final);
            }
            var written = staged.Count;
            staged.Clear();
            return new ImportResult(added, file.Sessions - added, written, kept);
        }
        finally
        {
            foreach (var (temporary, _) in staged)
            {
                File.Delete(temporary);
            }
        }
    }
}
