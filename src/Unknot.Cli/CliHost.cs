using Spectre.Console;
using Unknot.Cli.Player;
using Unknot.Storage;
using Unknot.App.Workspaces;

namespace Unknot.Cli;

/// <summary>Everything the commands take from the outside world, so tests can hand in fakes.</summary>
public sealed record CliHost
{
    private Workspace? _workspace;

    /// <summary>Standard output as plain text (JSON, plain player lines, help).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: one line per problem.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Rich output (tables, the live view) over the same standard output.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>The Unknot home folder: user exercises, routines and the session checkpoint.</summary>
    public required string Home { get; init; }

    /// <summary>
    /// How wide tables may be when the console cannot tell (a pipe, a file): <c>COLUMNS</c> or 80. Null on a terminal,
    /// whose own width applies. Lines of text are not wrapped for a pipe, so they stay whole for grep.
    /// </summary>
    public int? TableColumns { get; init; }

    /// <summary>The clock.</summary>
    public required TimeProvider Time { get; init; }

    /// <summary>True when a person is watching a terminal; false for pipes, logs and tests.</summary>
    public required bool IsTerminal { get; init; }

    /// <summary>Keys pressed during the live view.</summary>
    public required IKeyInput Keys { get; init; }

    /// <summary>Finds a speech engine speaking with the named voice (null: its default), or returns null with the reason when there is none.</summary>
    public required Func<string?, (IVoice? Voice, string? Missing)> FindVoice { get; init; }

    /// <summary>The catalog, routines and store of <see cref="Home"/>, made on first use.</summary>
    public Workspace Workspace => _workspace ??= new Workspace(Home, Time, Storage.Sqlite.SqliteStoreFactory.InHome(Home, Time));

    /// <summary>Reads one line typed by the user (pain scores), or null at the end of input.</summary>
    public required Func<string?> ReadLine { get; init; }

    /// <summary>Reads a password typed by the user without showing it, or null at the end of input (a plain line when input is a pipe).</summary>
    public Func<string?>? ReadSecret { get; init; }

    /// <summary>Makes the HTTP client that talks to a hosted server (<c>unknot login</c>, <c>unknot sync</c>).</summary>
    public Func<HttpClient> Http { get; init; } = () => new HttpClient { Timeout = TimeSpan.FromSeconds(100) };

    /// <summary>This computer's name, which names the access token <c>unknot login</c> makes.</summary>
    public string MachineName { get; init; } = Environment.MachineName;

    /// <summary>Cancelled on Ctrl-C.</summary>
    public CancellationToken Cancel { get; init; }

    /// <summary>The desktop's helper programs (idle time, notifications, systemd), real child processes unless a test gives its own.</summary>
    internal Remind.IDesktop Desktop { get; init; } = new Remind.ProcessDesktop();

    /// <summary>This program's file, symbolic links resolved (a test pretends to be an installed tool); null when it cannot be told.</summary>
    public string? ProgramPath { get; init; } = Environment.ProcessPath;

    /// <summary>The folder of this program's own files (<c>unknot.dll</c>, <c>web/</c>).</summary>
    public string ProgramFolder { get; init; } = AppContext.BaseDirectory;

    /// <summary>How to start this program again, an update notwithstanding (<see cref="App.Hosting.ReminderUnit.Command"/>); null when it cannot be told.</summary>
    public IReadOnlyList<string>? ProgramCommand =>
        ProgramPath is { Length: > 0 } path ? App.Hosting.ReminderUnit.Command(path, ProgramFolder, File.Exists) : null;

    /// <summary>Where systemd looks for user units: <c>$XDG_CONFIG_HOME/systemd/user</c>, else <c>~/.config/systemd/user</c>.</summary>
    public string UserUnits { get; init; } = Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } config ? config : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config"),
        "systemd", "user");

    /// <summary>The real console, environment and clock of this process.</summary>
    public static CliHost FromProcess(CancellationToken cancel)
    {
        var terminal = !System.Console.IsOutputRedirected && !System.Console.IsInputRedirected;
        var home = ResolveHome(Environment.GetEnvironmentVariable);
        return new CliHost
        {
            Out = System.Console.Out,
            Error = System.Console.Error,
            // NO_COLOR asks for no colour, not for no terminal: the live view stays, in black and white.
            Console = !terminal ? PlainConsole() : Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 } ? ColorlessConsole() : AnsiConsole.Console,
            Home = home,
            Time = TimeProvider.System,
            IsTerminal = terminal,
            TableColumns = System.Console.IsOutputRedirected ? PipeColumns(Environment.GetEnvironmentVariable) : null,
            Keys = new ConsoleKeys(),
            FindVoice = EspeakVoice.Find,
            ReadLine = System.Console.ReadLine,
            ReadSecret = terminal ? ReadHidden : System.Console.ReadLine,
            Cancel = cancel,
        };
    }

    /// <summary>A line typed at the terminal with nothing shown, Backspace taking back a character.</summary>
    private static string? ReadHidden()
    {
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = System.Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    System.Console.Error.WriteLine();
                    return typed.ToString();
                case ConsoleKey.Backspace when typed.Length > 0:
                    typed.Length--;
                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        typed.Append(key.KeyChar);
                    }
                    break;
            }
        }
    }

    /// <summary>The database's file name inside the Unknot home.</summary>
    public const string DatabaseFile = HomeFolder.DatabaseFile;

    /// <summary>Columns for tables written to a pipe or a file when <c>COLUMNS</c> does not say: 80, as most tools assume.</summary>
    public const int PipeWidth = 80;

    /// <summary>The width of text lines written to a pipe or a file: wide enough that no sentence is broken.</summary>
    public const int UnwrappedWidth = 10_000;

    /// <summary>Columns for tables written to a pipe or a file: <c>COLUMNS</c> when it holds a width of 20–1000, else <see cref="PipeWidth"/>.</summary>
    public static int PipeColumns(Func<string, string?> environment) =>
        int.TryParse(environment("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns is >= 20 and <= 1000
            ? columns
            : PipeWidth;

    private static IAnsiConsole ColorlessConsole() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(System.Console.Out),
    });

    /// <summary>
    /// True when the console can draw the live view (cursor movement and an alternate screen); a dumb terminal
    /// (<c>TERM=dumb</c>) cannot, and gets plain lines instead.
    /// </summary>
    public bool CanDrawLive => IsTerminal && Console.Profile.Capabilities.Ansi && Console.Profile.Capabilities.AlternateBuffer;

    private static IAnsiConsole PlainConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = UnwrappedWidth;
        }
        return console;
    }

    /// <summary><c>$UNKNOT_HOME</c>, else <c>$XDG_DATA_HOME/unknot</c>, else <c>~/.local/share/unknot</c>.</summary>
    public static string ResolveHome(Func<string, string?> environment) => HomeFolder.Resolve(environment);
}
