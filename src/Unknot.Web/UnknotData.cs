using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Preferences;
using Unknot.Routines;
using Unknot.Storage;

namespace Unknot.Web;

/// <summary>Where the web app finds the user's data: the same home folder and database as the CLI.</summary>
public sealed record UnknotOptions(string Home)
{
    /// <summary><c>UNKNOT_HOME</c>, else <c>XDG_DATA_HOME/unknot</c>, else <c>~/.local/share/unknot</c>, from configuration (the environment included).</summary>
    public static UnknotOptions FromEnvironment(IConfiguration configuration) => new(HomeFolder.Resolve(key => configuration[key]));
}

/// <summary>
/// One request's view of the user's data through the process's <see cref="Workspace"/>: a pooled store opened on
/// first use, the library and the settings as the workspace keeps them (read again only after the files or the
/// database changed, so a request that only reads them costs no query).
/// </summary>
public sealed class UnknotData(Workspace workspace) : IDisposable
{
    private IUnknotStore? _store;

    /// <summary>The workspace.</summary>
    public Workspace Workspace => workspace;

    /// <summary>The clock.</summary>
    public TimeProvider Time => workspace.Time;

    /// <summary>The user's database.</summary>
    public IUnknotStore Store => _store ??= workspace.OpenStore();

    /// <summary>The user whose data this is.</summary>
    public string UserId => Storage.Sqlite.SqliteStore.LocalUser;

    /// <summary>Exercises and routines.</summary>
    public Library Library => workspace.Library(UserId);

    /// <summary>The catalog.</summary>
    public ExerciseCatalog Catalog => Library.Catalog;

    /// <summary>All routines.</summary>
    public RoutineLibrary Routines => Library.Routines;

    /// <summary>The user's settings as stored.</summary>
    public IReadOnlyDictionary<string, string> Settings => workspace.Snapshot(UserId).Settings;

    /// <summary>The user's preferences.</summary>
    public UserPreferences Preferences => UserPreferences.From(Settings);

    /// <summary>The user's time zone: the setting, else the server's.</summary>
    public TimeZoneInfo Zone => Preferences.Zone(Time.LocalTimeZone);

    /// <summary>The user's statistics as of now.</summary>
    public Progress.ProgressStats Stats => workspace.Stats(UserId, Zone);

    /// <summary>The user's default level.</summary>
    public Dosing.Level Level => Preferences.Level;

    /// <inheritdoc />
    public void Dispose() => _store?.Dispose();
}
