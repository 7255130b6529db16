using Unknot.Catalog;
using Unknot.Routines;
using Unknot.Storage;
using Unknot.Storage.Sqlite;

namespace Unknot.Web;

/// <summary>Where the web app finds the user's data: the same home folder and database as the CLI.</summary>
public sealed record UnknotOptions(string Home)
{
    /// <summary>The database file.</summary>
    public string DatabasePath => Path.Combine(Home, HomeFolder.DatabaseFile);

    /// <summary><c>UNKNOT_HOME</c>, else <c>XDG_DATA_HOME/unknot</c>, else <c>~/.local/share/unknot</c>, from configuration (the environment included).</summary>
    public static UnknotOptions FromEnvironment(IConfiguration configuration) => new(HomeFolder.Resolve(key => configuration[key]));
}

/// <summary>
/// One request's view of the user's data: the store (opened for the request), the catalog and the routines
/// (built-in, YAML files and saved), loaded fresh so edits made by the CLI show up at once.
/// </summary>
public sealed class UnknotData(UnknotOptions options, TimeProvider time) : IDisposable
{
    private IUnknotStore? _store;
    private ExerciseCatalog? _catalog;
    private RoutineLibrary? _routines;
    private IReadOnlyDictionary<string, string>? _settings;

    /// <summary>The clock.</summary>
    public TimeProvider Time => time;

    /// <summary>The user's database.</summary>
    public IUnknotStore Store => _store ??= SqliteStore.Open(options.DatabasePath, time);

    /// <summary>The catalog.</summary>
    public ExerciseCatalog Catalog => _catalog ??= CatalogLoader.Load(options.Home).Catalog;

    /// <summary>All routines.</summary>
    public RoutineLibrary Routines => _routines ??= RoutineLibrary.Load(Catalog, options.Home, Store.Routines()).Library;

    /// <summary>Forgets the routines, after one was saved or deleted.</summary>
    public void RoutinesChanged() => _routines = null;

    /// <summary>The user's time zone: the setting, else the server's.</summary>
    public TimeZoneInfo Zone => UserSettings.Zone(Settings) ?? time.LocalTimeZone;

    /// <summary>The user's default level.</summary>
    public Dosing.Level Level => UserSettings.Level(Settings) ?? Dosing.Level.Standard;

    /// <summary>The user's settings, read once per request.</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings ??= Store.Settings();

    /// <summary>An id for a new routine named <paramref name="name"/> that no routine has yet.</summary>
    public string FreeRoutineId(string name)
    {
        var id = Api.UnknotApi.Slug(name);
        while (Routines.Find(id) is not null)
        {
            id += "-2";
        }
        return id;
    }

    /// <inheritdoc />
    public void Dispose() => _store?.Dispose();
}
