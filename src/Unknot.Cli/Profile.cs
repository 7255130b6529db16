using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Workspaces;
using Unknot.Dosing;
using Unknot.Preferences;
using Unknot.Storage;

namespace Unknot.Cli;

/// <summary>
/// What one command works with: the user's store (when it needs one), the preferences in it, and the library of
/// exercises and routines, loaded through the shared workspace. Load problems are printed once, as warnings.
/// </summary>
internal sealed class Profile : IDisposable
{
    private readonly CliHost _host;
    private readonly IUnknotStore? _store;
    private Library? _library;

    private Profile(CliHost host, IUnknotStore? store)
    {
        _host = host;
        _store = store;
        Settings = store?.Settings() ?? new Dictionary<string, string>();
        Preferences = UserPreferences.From(Settings);
    }

    /// <summary>Opens the user's store, creating the database when missing.</summary>
    public static Profile Open(CliHost host)
    {
        // Database trouble (a damaged, read-only or newer file) reaches UnknotApp, which says what to do.
        return new Profile(host, host.Workspace.OpenStore());
    }

    /// <summary>Opens the store only when the database exists, so listing and showing never create it.</summary>
    public static Profile OpenIfExists(CliHost host) => host.Workspace.Stores.Exists ? Open(host) : new Profile(host, null);

    /// <summary>The store; only for a profile made by <see cref="Open"/>.</summary>
    public IUnknotStore Store => _store ?? throw new InvalidOperationException("this command opened no store");

    /// <summary>True when the database exists and was opened.</summary>
    public bool Exists => _store is not null;

    /// <summary>The stored settings as they are.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The user's preferences.</summary>
    public UserPreferences Preferences { get; }

    /// <summary>Exercises and routines: built-in, the user's files and the saved ones.</summary>
    public Library Library
    {
        get
        {
            if (_library is null)
            {
                _library = _host.Workspace.LibraryOf(_store);
                foreach (var problem in _library.Problems)
                {
                    _host.Error.WriteLine($"warning: {problem}{(problem.Partial ? "" : " (skipped)")}");
                }
            }
            return _library;
        }
    }

    /// <summary>The level given with <c>--level</c>, else the <c>level</c> setting.</summary>
    public Level Level(string? given) => CliError.ValueOf(LevelReader.Read(given, Preferences.Level));

    /// <summary>The user's time zone: the <c>time-zone</c> setting, else the clock's.</summary>
    public TimeZoneInfo Zone => Preferences.Zone(_host.Time.LocalTimeZone);

    /// <summary>The exercise with this id or alias, or the error with a suggestion.</summary>
    public Catalog.Exercise Exercise(string id) => Library.Exercise(id) ?? throw new CliError(Library.UnknownExercise(id));

    /// <summary>The routine with this id, or the error with a suggestion.</summary>
    public Routines.Routine Routine(string id) => Library.Routine(id) ?? throw new CliError(Library.UnknownRoutine(id));

    /// <inheritdoc />
    public void Dispose() => _store?.Dispose();
}
