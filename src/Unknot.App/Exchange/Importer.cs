using Unknot.Text;
using Unknot.App.Fields;
using Unknot.Catalog;
using Unknot.Files;
using Unknot.Storage;
using Unknot.Storage.Exchange;

namespace Unknot.App.Exchange;

/// <summary>
/// An import would put the user's files in place of built-in exercises or routines, and the user did not allow it.
/// Nothing was written. Each shell says how to allow it (<c>--allow-override</c>, a checkbox, <c>?allowOverride=true</c>).
/// </summary>
internal sealed class ReplacesBuiltInException(IReadOnlyList<FieldProblem> replacements)
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
        $"Imported {Counted.Of(result.SessionsAdded, "new session")} ({result.SessionsKnown} already there), " +
        $"{Counted.Of(result.ProgrammesAdded, "new programme")} ({result.ProgrammesKnown} already there) and {Counted.Of(result.FilesWritten, "file")}.";

    /// <summary>Why a file of the import was not written: the user's own is kept.</summary>
    public static string Kept(string file) => $"{file} already exists with other content; yours was kept";

    /// <summary>Why a programme current in the file was added as a past one: the user's own current one is kept.</summary>
    public static string Stopped(StoppedProgramme programme) =>
        $"'{programme.Name}' was current in the file, but you already follow a programme; it was added as stopped on " +
        $"{ProgrammeSnapshot.Show(programme.StoppedOn)}, the day after the export, and yours stays current";

    /// <summary>What the store's part of an import comes to, with what the file held.</summary>
    private static ImportResult Result(StoredImport stored, CheckedImport file, int filesWritten, IReadOnlyList<string> kept) => new(
        stored.SessionsAdded, file.Sessions - stored.SessionsAdded, filesWritten, kept,
        stored.ProgrammesAdded, file.Programmes.Count - stored.ProgrammesAdded,
        stored.ProgrammesStopped.Select(p => new StoppedProgramme(p.Id, p.Programme.Name, p.StoppedOn!.Value)).ToArray());

    /// <summary>What every shell adds to a refused import's problem.</summary>
    public const string NothingImported = " — nothing was imported";

    /// <summary>The suffix of a file staged by an import that has not finished.</summary>
    public const string Staged = ".import-tmp";

    private const string LockFile = ".import.lock";

    /// <summary>
    /// Imports as <see cref="Import"/> does, answering a problem with the file as the outcome rather than an exception.
    /// </summary>
    public static ImportOutcome TryImport(IUnknotStore store, string home, Func<Stream> open, DateTimeOffset now, bool allowOverride = false, ExerciseCatalog? catalog = null)
    {
        try
        {
            return ImportOutcome.Done(Import(store, home, open, now, allowOverride, catalog));
        }
        catch (ReplacesBuiltInException e)
        {
            return ImportOutcome.WouldReplace(e.Replacements);
        }
        catch (FieldException e)
        {
            return ImportOutcome.Refused(e.Problem);
        }
    }

    /// <summary>
    /// Checks the whole file first (<see cref="ImportReader"/>) and refuses files that would replace a built-in unless
    /// <paramref name="allowOverride"/>; then writes in one recoverable step: the YAML files under temporary names,
    /// the sessions (read from the file again, one at a time), settings, routines and programmes in one transaction that also
    /// records the staged files, and then the files into place. If the process dies after the commit,
    /// <see cref="Recover"/> finishes the moves at the next start; before it, the staged files are removed. Sessions
    /// and identical files already present are skipped, so importing the same file twice adds nothing the second time.
    /// A problem is a <see cref="FieldException"/> (or <see cref="ReplacesBuiltInException"/>) and nothing is written.
    /// Where the store keeps the user's files (<see cref="IImportStore.HoldsFiles"/>: hosted mode, whose home folder is
    /// shared), the exercises and pictures are written to the database and the routine files become saved routines,
    /// all in the one transaction; <paramref name="catalog"/> is then the user's own (with the exercises they keep there).
    /// </summary>
    internal static ImportResult Import(IUnknotStore store, string home, Func<Stream> open, DateTimeOffset now, bool allowOverride = false, ExerciseCatalog? catalog = null)
    {
        catalog ??= CatalogLoader.Load(home).Catalog;
        CheckedImport file;
        using (var stream = open())
        {
            file = ImportReader.Check(stream, catalog, now);
        }
        if (file.Replacements.Count > 0 && !allowOverride)
        {
            throw new ReplacesBuiltInException(file.Replacements);
        }
        if (store.HoldsFiles)
        {
            return IntoDatabase(store, open, now, file, catalog);
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
            var stored = store.Import(ImportReader.Sessions(open, store.UserId, now), file.Settings, file.SavedRoutines, pending, file.Reminders, file.ActiveDays,
                programmes: file.Programmes);
            // Committed: from here on the files belong to the import, and a cut-off is finished by Recover.
            staged.Clear();
            Finish(store, home, pending);
            return Result(stored, file, pending.Files.Count, kept);
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
    /// The hosted import: exercises and pictures into the user's files in the database (one already there under that
    /// name is kept as it is), routine files into saved routines, with the sessions and settings in one transaction.
    /// </summary>
    private static ImportResult IntoDatabase(IUnknotStore store, Func<Stream> open, DateTimeOffset now, CheckedImport file, ExerciseCatalog catalog)
    {
        var have = store.Files().ToDictionary(f => $"{f.Folder}/{f.Name}", StringComparer.Ordinal);
        var incoming = file.Exercises.Select(e => new StoredFile(Workspaces.Workspace.ExerciseFolder, e.File, System.Text.Encoding.UTF8.GetBytes(e.Yaml)))
            .Concat(file.Images.Select(i => new StoredFile(Workspaces.Workspace.ExerciseFolder, i.Name, i.Bytes)))
            .ToArray();
        var kept = incoming.Where(f => have.TryGetValue($"{f.Folder}/{f.Name}", out var old) && !old.Content.AsSpan().SequenceEqual(f.Content))
            .Select(f => $"{f.Folder}/{f.Name}").ToArray();
        var added = incoming.Where(f => !have.ContainsKey($"{f.Folder}/{f.Name}")).ToArray();
        // Routine files name exercises of the import too: read against the catalog with them in it.
        var withImported = CatalogLoader.WithOwn(catalog, file.Exercises.Select(e => (e.File, e.Yaml))).Catalog;
        var routines = file.Routines.Select(r => Routines.RoutineParser.Parse(r.File, r.Yaml, Routines.RoutineOrigin.FromFile(r.File), withImported, []))
            .OfType<Routines.Routine>().ToArray();
        var stored = store.Import(ImportReader.Sessions(open, store.UserId, now), file.Settings, [.. file.SavedRoutines, .. routines], null, file.Reminders, file.ActiveDays,
            added, file.Programmes);
        return Result(stored, file, added.Length, kept);
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
        var added = store.Import(ImportReader.Sessions(open, store.UserId, now), new Dictionary<string, string>()).SessionsAdded;
        return new ImportResult(added, file.Sessions - added, 0, [], ProgrammesStopped: []);
    }

    /// <summary>
    /// Finishes the imports a killed process left half-done (their database part committed, their files not all
    /// moved), then removes staged files of imports that never committed. Skipped while another process imports.
    /// </summary>
    public static void Recover(IUnknotStore store, string home)
    {
        if (Directory.Exists(home) && !LocalFile.CanWrite(home))
        {
            // A read-only home: nothing can be finished or removed now, and reading needs neither; the next start that may write does it.
            return;
        }
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
