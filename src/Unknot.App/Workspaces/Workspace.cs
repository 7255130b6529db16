using Unknot.Catalog;
using Unknot.Routines;
using Unknot.Storage;

namespace Unknot.App.Workspaces;

/// <summary>
/// One process's view of an Unknot home: the catalog and file routines loaded once and reloaded when a file under
/// <c>exercises/</c> or <c>routines/</c> changes, and the store opened through the factory its composition root chose (SQLite in personal mode, PostgreSQL hosted).
/// The CLI and the web app both go through it; neither opens the database or reads catalog files itself.
/// </summary>
public sealed class Workspace : IDisposable
{
    /// <summary>How often, at most, the folders are looked at for changes the watcher may have missed.</summary>
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private readonly FileSystemWatcher? _watcher;
    private Loaded? _loaded;
    private int _changes;

    /// <summary>A workspace on <paramref name="home"/>; <paramref name="watch"/> keeps an eye on its folders (for long-running processes).</summary>
    public Workspace(string home, TimeProvider time, IStoreFactory stores, bool watch = false)
    {
        Home = home;
        Time = time;
        Stores = stores;
        if (watch)
        {
            _watcher = Watch(home);
        }
    }

    /// <summary>The Unknot home folder.</summary>
    public string Home { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Where stores come from.</summary>
    public IStoreFactory Stores { get; }

    /// <summary>
    /// Opens the store of the local user (personal mode). The first time in a process, an import that a killed
    /// process left half-done is finished (or its staged files removed) before anything reads.
    /// </summary>
    public IUnknotStore OpenStore()
    {
        var store = Stores.Open(PersonalUser.Id);
        if (Interlocked.Exchange(ref _recovered, 1) == 0)
        {
            try
            {
                Exchange.Importer.Recover(store, Home);
            }
            catch
            {
                Interlocked.Exchange(ref _recovered, 0);
                store.Dispose();
                throw;
            }
        }
        return store;
    }

    private int _recovered;

    /// <summary>The catalog and the routine files, with their problems; reloaded after a change.</summary>
    public CatalogLoad Catalog => Current().Catalog;

    /// <summary>The user's settings and saved routines, as the store factory last saw them.</summary>
    public UserSnapshot Snapshot(string userId) => Stores.Snapshot(userId);

    /// <summary>
    /// Everything playable for <paramref name="userId"/>: the loaded files and the user's saved routines, combined
    /// once per change of either and then shared, so a request that only reads costs no database work beyond
    /// asking whether the database changed.
    /// </summary>
    public Library Library(string userId)
    {
        var loaded = Current();
        var snapshot = Stores.Snapshot(userId);
        // Compared by the routines and files, not the snapshot: a snapshot renewed by a change that left them alone keeps the same lists.
        if (_libraries.TryGetValue(userId, out var known) && ReferenceEquals(known.Loaded, loaded) && ReferenceEquals(known.Snapshot.Routines, snapshot.Routines)
            && ReferenceEquals(known.Snapshot.Files, snapshot.Files))
        {
            return known.Library;
        }
        var library = Combine(loaded, snapshot.Routines, snapshot.Files ?? []);
        _libraries[userId] = new CombinedLibrary(loaded, snapshot, library);
        return library;
    }

    /// <summary>
    /// A value that changes whenever what <see cref="Library(string)"/> or the user's settings give may have
    /// changed (files or database), for keys of cached responses.
    /// </summary>
    public string Version(string userId) => $"{Current().Serial}.{Stores.Snapshot(userId).Version}";

    /// <summary>
    /// The user's statistics as of now in <paramref name="zone"/>. They depend only on the history and the day, so
    /// they are computed once per change of the database (by any process) or of the day, then shared.
    /// </summary>
    public Progress.ProgressStats Stats(string userId, TimeZoneInfo zone)
    {
        var now = Time.GetUtcNow();
        var key = new StatsKey(Stores.Snapshot(userId).Version, Progress.TimeZones.LocalDay(now, zone), zone.Id);
        if (_stats.TryGetValue(userId, out var known) && known.Key == key)
        {
            return known.Stats;
        }
        using var store = Stores.Open(userId);
        var stats = Progress.Statistics.Compute(store.Progress, now, zone);
        _stats[userId] = (key, stats);
        return stats;
    }

    private readonly record struct StatsKey(long Version, DateOnly Day, string Zone);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (StatsKey Key, Progress.ProgressStats Stats)> _stats = new(StringComparer.Ordinal);

    private Library Combine(Loaded loaded, IEnumerable<Routine> saved, IReadOnlyList<StoredFile> files)
    {
        var (catalog, problems) = files.Count == 0 ? (loaded.Catalog.Catalog, []) : WithOwnExercises(loaded.Catalog.Catalog, files);
        var routines = RoutineSet.Combine(loaded.Routines, saved, catalog);
        // Programmes name routines, so they are read after the person's own routines are known.
        var programmes = Unknot.Programmes.ProgrammeSet.Load(catalog, routines.Routines, Home);
        return new Library(catalog, routines.Routines, [.. loaded.Catalog.Problems, .. problems, .. loaded.RoutineProblems, .. routines.Problems, .. programmes.Problems])
        {
            Programmes = programmes.Programmes,
        };
    }

    /// <summary>The catalog with a hosted user's own exercises, kept in the database as a home folder's files would be.</summary>
    private static (ExerciseCatalog Catalog, IReadOnlyList<LoadProblem> Problems) WithOwnExercises(ExerciseCatalog catalog, IReadOnlyList<StoredFile> files)
    {
        var mine = files.Where(f => f.Folder == ExerciseFolder).ToArray();
        var pictures = mine.Select(f => f.Name).Where(name => !IsExerciseFile(name)).ToHashSet(StringComparer.Ordinal);
        var own = CatalogLoader.WithOwn(catalog, mine.Where(f => IsExerciseFile(f.Name)).Select(f => (f.Name, System.Text.Encoding.UTF8.GetString(f.Content))),
            image => pictures.Contains(image) ? null : $"names the picture '{image}', which is not among your files");
        return (own.Catalog, own.Problems);
    }

    private static bool IsExerciseFile(string name) => name.EndsWith(".yaml", StringComparison.Ordinal);

    /// <summary>The folder name of a user's exercise files and pictures, in the home folder or the database.</summary>
    public const string ExerciseFolder = "exercises";

    /// <summary>
    /// The picture <paramref name="name"/> of <paramref name="userId"/>'s exercise: from the home folder, or where users
    /// keep their files in the database, from there; null with the reason when there is none.
    /// </summary>
    public ExerciseImage? Image(string userId, string name, bool inDatabase, out string? problem)
    {
        if (!inDatabase)
        {
            return ExerciseImages.Read(Home, name, out problem);
        }
        if (Snapshot(userId).Files?.FirstOrDefault(f => f.Folder == ExerciseFolder && f.Name == name) is { } file)
        {
            problem = null;
            return new ExerciseImage(name, ExerciseImages.ContentTypeOf(name), file.Content);
        }
        problem = "is not among your files";
        return null;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CombinedLibrary> _libraries = new(StringComparer.Ordinal);

    private sealed record CombinedLibrary(Loaded Loaded, UserSnapshot Snapshot, Library Library);

    /// <summary>Everything playable for the owner of <paramref name="store"/>; without a store, built-ins and files only.</summary>
    public Library LibraryOf(IUnknotStore? store)
    {
        return Combine(Current(), store?.Routines() ?? [], store?.Files() ?? []);
    }

    /// <summary>Everything playable, opening the store only when the database exists (so listing never creates it).</summary>
    public Library LibraryWithoutCreating()
    {
        if (!Stores.Exists)
        {
            return LibraryOf(null);
        }
        using var store = OpenStore();
        return LibraryOf(store);
    }

    /// <summary>Forgets what was loaded, so the next read loads the files again.</summary>
    public void Changed() => Interlocked.Increment(ref _changes);

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        (Stores as IDisposable)?.Dispose();
    }

    private Loaded Current()
    {
        var now = Time.GetUtcNow();
        var changes = Volatile.Read(ref _changes);
        var loaded = _loaded;
        if (loaded is not null && loaded.Changes == changes && (_watcher is null || now - loaded.CheckedAt < RecheckEvery))
        {
            return loaded;
        }
        lock (_gate)
        {
            loaded = _loaded;
            var stamp = Stamp();
            if (loaded is not null && loaded.Changes == changes && loaded.Stamp == stamp)
            {
                // Same files: keep the same object, so what was built from it stays valid.
                loaded.CheckedAt = now;
                return loaded;
            }
            var catalog = CatalogLoader.Load(Home);
            var routines = RoutineSet.Load(catalog.Catalog, Home);
            _loaded = new Loaded(catalog, routines.Routines.All, routines.Problems, changes, stamp, now, (loaded?.Serial ?? 0) + 1);
            return _loaded;
        }
    }

    /// <summary>A fingerprint of the three folders (exercises, routines, programmes): names, sizes and times of their files.</summary>
    private string Stamp()
    {
        var parts = new List<string>();
        foreach (var folder in new[] { "exercises", "routines", "programs" })
        {
            var directory = Path.Combine(Home, folder);
            try
            {
                if (!Directory.Exists(directory))
                {
                    continue;
                }
                foreach (var file in new DirectoryInfo(directory).EnumerateFiles())
                {
                    parts.Add($"{folder}/{file.Name}:{file.Length}:{file.LastWriteTimeUtc.Ticks}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parts.Add($"{folder}:unreadable");
            }
        }
        parts.Sort(StringComparer.Ordinal);
        return string.Join('|', parts);
    }

    private FileSystemWatcher? Watch(string home)
    {
        try
        {
            Directory.CreateDirectory(home);
            var watcher = new FileSystemWatcher(home)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            FileSystemEventHandler handler = (_, e) =>
            {
                var relative = Path.GetRelativePath(home, e.FullPath);
                if (relative.StartsWith("exercises", StringComparison.Ordinal) || relative.StartsWith("routines", StringComparison.Ordinal) || relative.StartsWith("programs", StringComparison.Ordinal))
                {
                    Changed();
                }
            };
            watcher.Changed += handler;
            watcher.Created += handler;
            watcher.Deleted += handler;
            watcher.Renamed += (sender, e) => handler(sender, e);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            // Without a watcher the folders are still looked at every few seconds.
            return null;
        }
    }

    private sealed record Loaded(CatalogLoad Catalog, IReadOnlyList<Routine> Routines, IReadOnlyList<LoadProblem> RoutineProblems,
        int Changes, string Stamp, DateTimeOffset CheckedAt, long Serial)
    {
        public DateTimeOffset CheckedAt { get; set; } = CheckedAt;
    }
}
