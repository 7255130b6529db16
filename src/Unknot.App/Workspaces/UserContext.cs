using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Preferences;
using Unknot.Routines;
using Unknot.Storage;

namespace Unknot.App.Workspaces;

/// <summary>
/// One person's data as a command or a request works with it, through the process's <see cref="Workspace"/>: their
/// store (opened on first use), settings, preferences, time zone, and everything they can play. The CLI makes one per
/// command (<see cref="ForCommand"/>), the web app one per request (<see cref="ForRequest"/>).
/// </summary>
public sealed class UserContext : IDisposable
{
    private readonly Workspace _workspace;
    private readonly Func<string> _userId;
    private readonly bool _request;
    private readonly bool _filesInDatabase;
    private readonly Action<LoadProblem>? _warn;
    private readonly bool _create;
    private IUnknotStore? _store;
    private string? _id;
    private Library? _library;
    private IReadOnlyDictionary<string, string>? _settings;

    private UserContext(Workspace workspace, Func<string> userId, bool request, bool filesInDatabase, bool create, Action<LoadProblem>? warn)
    {
        _workspace = workspace;
        _userId = userId;
        _request = request;
        _filesInDatabase = filesInDatabase;
        _create = create;
        _warn = warn;
    }

    /// <summary>
    /// The context of one request. Its library and settings come from what the workspace keeps for all requests (read
    /// again only after the files or the database changed), so a request that only reads costs no query.
    /// <paramref name="userId"/> is asked on first use; <paramref name="filesInDatabase"/> where users keep their own
    /// exercise files in the database (hosted mode) rather than in the home folder.
    /// </summary>
    public static UserContext ForRequest(Workspace workspace, Func<string> userId, bool filesInDatabase) =>
        new(workspace, userId, request: true, filesInDatabase, create: true, warn: null);

    /// <summary>
    /// The context of one command of personal mode. Unless <paramref name="create"/>, a database that does not exist
    /// yet is left so (listing and showing never create it) and the library is the built-ins and files alone.
    /// <paramref name="warn"/> hears each problem of the library's files, once.
    /// </summary>
    public static UserContext ForCommand(Workspace workspace, bool create, Action<LoadProblem> warn) =>
        new(workspace, () => PersonalUser.Id, request: false, filesInDatabase: false, create, warn);

    /// <summary>The workspace.</summary>
    public Workspace Workspace => _workspace;

    /// <summary>The clock.</summary>
    public TimeProvider Time => _workspace.Time;

    /// <summary>The user whose data this is.</summary>
    public string UserId => _id ??= _userId();

    /// <summary>True when the user's database exists (or was opened), so reading it creates nothing.</summary>
    public bool Exists => _store is not null || _create || _workspace.Stores.Exists;

    /// <summary>The user's store, opened on first use.</summary>
    public IUnknotStore Store => _store ??= Exists
        ? (_filesInDatabase ? _workspace.Stores.Open(UserId) : _workspace.OpenStore())
        : throw new InvalidOperationException("this command opened no store");

    /// <summary>Exercises and routines: built-in, the user's files and the saved ones.</summary>
    public Library Library
    {
        get
        {
            // A request asks the workspace each time, which answers from memory until something changed (a routine
            // the request itself just saved included); a command loads once.
            if (_request)
            {
                return _workspace.Library(UserId);
            }
            if (_library is not null)
            {
                return _library;
            }
            _library = _workspace.LibraryOf(Exists ? Store : null);
            foreach (var problem in _warn is null ? [] : _library.Problems)
            {
                _warn!(problem);
            }
            return _library;
        }
    }

    /// <summary>The catalog.</summary>
    public ExerciseCatalog Catalog => Library.Catalog;

    /// <summary>All routines.</summary>
    public RoutineSet Routines => Library.Routines;

    /// <summary>The user's settings as stored.</summary>
    public IReadOnlyDictionary<string, string> Settings => _request
        ? _workspace.Snapshot(UserId).Settings
        : _settings ??= Exists ? Store.Settings() : new Dictionary<string, string>();

    /// <summary>The user's preferences.</summary>
    public UserPreferences Preferences => UserPreferences.From(Settings);

    /// <summary>The user's time zone: the <c>time-zone</c> setting, else the clock's.</summary>
    public TimeZoneInfo Zone => Preferences.Zone(Time.LocalTimeZone);

    /// <summary>The user's default level.</summary>
    public Level Level => Preferences.Level;

    /// <summary>The level a request or command names (<paramref name="given"/>), else the user's default.</summary>
    public ReadResult<Level> LevelOf(string? given) => LevelReader.Read(given, Level);

    /// <summary>The user's statistics as of now.</summary>
    public Progress.ProgressStats Stats => _workspace.Stats(UserId, Zone);

    /// <summary>A value that changes whenever the library or the settings of this user may have changed, for cache keys.</summary>
    public string Version => $"{UserId}.{_workspace.Version(UserId)}";

    /// <summary>The home folder of the user's own files, or null where they are kept in the database (hosted mode).</summary>
    public string? FilesHome => _filesInDatabase ? null : _workspace.Home;

    /// <inheritdoc />
    public void Dispose() => _store?.Dispose();
}
