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
public sealed class UnknotData(Workspace workspace, IHttpContextAccessor http, Hosted.HostedOptions? hosted = null) : IDisposable
{
    private IUnknotStore? _store;
    private string? _userId;

    /// <summary>The workspace.</summary>
    public Workspace Workspace => workspace;

    /// <summary>The clock.</summary>
    public TimeProvider Time => workspace.Time;

    /// <summary>The user's database.</summary>
    public IUnknotStore Store => _store ??= hosted is null ? workspace.OpenStore() : workspace.Stores.Open(UserId);

    /// <summary>
    /// The user whose data this is: in personal mode the local user, in hosted mode the one signed in (every hosted
    /// endpoint but the account ones requires a sign-in, so there is always one).
    /// </summary>
    public string UserId => _userId ??= hosted is null
        ? Storage.Sqlite.SqliteStore.LocalUser
        : Hosted.HostedMode.UserId(http.HttpContext?.User ?? new()) ?? throw new InvalidOperationException("hosted mode: no user is signed in");

    /// <summary>A value that changes whenever the library or the settings of this user may have changed, for cache keys.</summary>
    public string Version => $"{UserId}.{workspace.Version(UserId)}";

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

    /// <summary>The home folder of the user's own files, or null where they are kept in the database (hosted mode).</summary>
    public string? FilesHome => hosted is null ? workspace.Home : null;

    /// <summary>Deletes every row of this user (hosted mode's "delete my account").</summary>
    public void DeleteAllData() => Store.DeleteUser();

    /// <inheritdoc />
    public void Dispose() => _store?.Dispose();
}
