using Unknot.App.Input;
using Unknot.Catalog;
using Unknot.Storage;
using Unknot.Storage.Exchange;

namespace Unknot.App.Exchange;

/// <summary>
/// An import would put the user's files in place of built-in exercises or routines, and the user did not allow it.
/// Nothing was written. Each shell says how to allow it (<c>--allow-override</c>, a checkbox, <c>?allowOverride=true</c>).
/// </summary>
public sealed class ReplacesBuiltInException(IReadOnlyList<FieldProblem> replacements)
    : Exception($"{replacements[0]}{(replacements.Count > 1 ? $" (and {replacements.Count - 1} more)" : "")}")
{
    /// <summary>Each file that would replace a built-in, named by its field.</summary>
    public IReadOnlyList<FieldProblem> Replacements { get; } = replacements;
}

/// <summary><c>unknot import</c>, the Settings page and <c>POST /api/import</c>: an export file read back into a home folder and a store.</summary>
public static class Importer
{
    /// <summary>What an import brought in, in the words every shell shows.</summary>
    public static string Summary(ImportResult result) =>
        $"Imported {result.SessionsAdded} new sessions ({result.SessionsKnown} already there) and {result.FilesWritten} files.";

    /// <summary>Why a file of the import was not written: the user's own is kept.</summary>
    public static string Kept(string file) => $"{file} already exists with other content; yours was kept";

    /// <summary>What every shell adds to a refused import's problem.</summary>
    public const string NothingImported = " — nothing was imported";

    /// <summary>The suffix of a file staged by an import that has not finished.</summary>
    public const string Staged = ".import-tmp";

    private const string LockFile = ".import.lock";

    /// <summary>
    /// Checks the whole file first (<see cref="ImportReader"/>) and refuses files that would replace a built-in unless
    /// <paramref name="allowOverride"/>; then writes in one recoverable step: the YAML files under temporary names,
    /// the sessions (read from the file again, one at a time), settings and routines in one transaction that also
    /// records the staged files, and then the files into place. If the process dies after the commit,
    /// <see cref="Recover"/> finishes the moves at the next start; before it, the staged files are removed. Sessions
    /// and identical files already present are skipped, so importing the same file twice adds nothing the second time.
    /// A problem is a <see cref="FieldException"/> (or <see cref="ReplacesBuiltInException"/>) and nothing is written.
    /// Where users keep no files (<paramref name="keepsFiles"/> false: hosted mode), an export that carries some is refused.
    /// </summary>
    public static ImportResult Import(IUnknotStore store, string home, Func<Stream> open, DateTimeOffset now, bool allowOverride = false, bool keepsFiles = true)
    {
        CheckedImport file;
        using (var stream = open())
        {
            file = ImportReader.Check(stream, CatalogLoader.Load(home).Catalog, now);
        }
        if (!keepsFiles)
        {
            // Hosted mode keeps no files: an export that carries some is refused whole, before anything is written.
            var (field, count) = file.Exercises.Count > 0 ? ("exercises", file.Exercises.Count)
                : file.Routines.Count > 0 ? ("routines", file.Routines.Count) : file.Images.Count > 0 ? ("images", file.Images.Count) : ("", 0);
            if (count > 0)
            {
                throw new FieldException(field, $"this server keeps no files, and the export carries {count}; remove its '{field}' (sessions, settings and saved routines import here){NothingImported}");
            }
            var imported = store.Import(ImportReader.Sessions(open, store.UserId, now), file.Settings, file.SavedRoutines, null, file.Reminders, file.ActiveDays);
            return new ImportResult(imported, file.Sessions - imported, 0, []);
        }
        if (file.Replacements.Count > 0 && !allowOverride)
        {
            throw new ReplacesBuiltInException(file.Replacements);
        }
        using var held = Hold(home, wait: true)!;
        var kept = new List<string>();
        var staged = new List<string>();
        try
        {
            foreach (var (folder, files) in new[] { ("exercises", file.Exercises), ("routines", file.Routines) })
            {
                foreach (var document in files)
                {
                    var relative = $"{folder}/{document.File}";
                    var final = Path.Combine(home, folder, document.File);
                    if (File.Exists(final))
                    {
                        if (File.ReadAllText(final) != document.Yaml)
                        {
                            kept.Add(relative);
                        }
                        continue;
                    }
                    Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                    File.WriteAllText(final + Staged, document.Yaml);
                    staged.Add(relative);
                }
            }
            foreach (var image in file.Images)
            {
                var relative = $"exercises/{image.Name}";
                var final = Path.Combine(home, "exercises", image.Name);
                if (File.Exists(final))
                {
                    if (!File.ReadAllBytes(final).AsSpan().SequenceEqual(image.Bytes))
                    {
                        kept.Add(relative);
                    }
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                File.WriteAllBytes(final + Staged, image.Bytes);
                staged.Add(relative);
            }
            var pending = new PendingImport(Guid.NewGuid(), staged.ToArray());
            var added = store.Import(ImportReader.Sessions(open, store.UserId, now), file.Settings, file.SavedRoutines, pending, file.Reminders, file.ActiveDays);
            // Committed: from here on the files belong to the import, and a cut-off is finished by Recover.
            staged.Clear();
            Finish(store, home, pending);
            return new ImportResult(added, file.Sessions - added, pending.Files.Count, kept);
        }
        finally
        {
            foreach (var relative in staged)
            {
                File.Delete(Path.Combine(home, relative) + Staged);
            }
        }
    }

    /// <summary>
    /// Imports the sessions of an export and nothing else, whatever else it carries: what <c>unknot sync</c> does with
    /// what the server sends. The whole file is checked first, as by <see cref="Import"/>; sessions already stored are
    /// skipped.
    /// </summary>
    public static ImportResult ImportSessions(IUnknotStore store, string home, Func<Stream> open, DateTimeOffset now)
    {
        CheckedImport file;
        using (var stream = open())
        {
            file = ImportReader.Check(stream, CatalogLoader.Load(home).Catalog, now);
        }
        var added = store.Import(ImportReader.Sessions(open, store.UserId, now), new Dictionary<string, string>());
        return new ImportResult(added, file.Sessions - added, 0, []);
    }

    /// <summary>
    /// Finishes the imports a killed process left half-done (their database part committed, their files not all
    /// moved), then removes staged files of imports that never committed. Skipped while another process imports.
    /// </summary>
    public static void Recover(IUnknotStore store, string home)
    {
        using var held = Hold(home, wait: false);
        if (held is null)
        {
            return;
        }
        foreach (var pending in store.PendingImports())
        {
            Finish(store, home, pending);
        }
        foreach (var folder in new[] { "exercises", "routines" })
        {
            var path = Path.Combine(home, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }
            foreach (var orphan in Directory.EnumerateFiles(path, "*" + Staged))
            {
                File.Delete(orphan);
            }
        }
    }

    private static void Finish(IUnknotStore store, string home, PendingImport pending)
    {
        foreach (var relative in pending.Files)
        {
            var final = Path.Combine(home, relative);
            var temporary = final + Staged;
            if (!File.Exists(temporary))
            {
                continue;
            }
            if (File.Exists(final))
            {
                File.Delete(temporary);
            }
            else
            {
                File.Move(temporary, final);
            }
        }
        store.ImportFinished(pending.Id);
    }

    /// <summary>
    /// An exclusive lock on a file in the home, held by one import (or recovery) at a time across processes; the
    /// system releases it when a process dies. Null when <paramref name="wait"/> is false and another holds it.
    /// </summary>
    private static FileStream? Hold(string home, bool wait)
    {
        Directory.CreateDirectory(home);
        var path = Path.Combine(home, LockFile);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (wait && attempt < 600)
            {
                Thread.Sleep(50);
            }
            catch (IOException) when (!wait)
            {
                return null;
            }
        }
    }
}
