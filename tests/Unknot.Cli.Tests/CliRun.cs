using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using Unknot.Cli;
using Unknot.Cli.Player;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>Runs the unknot command in-process against a temporary home, a fake clock and captured output.</summary>
internal sealed partial class CliRun : IDisposable
{
    private readonly LockedWriter _out = new();
    private readonly LockedWriter _err = new();
    private int _mark;

    public TempHome Home { get; } = new();

    public FakeTimeProvider Clock { get; init; } = new();

    public FakeVoice? Voice { get; set; }

    public CancellationTokenSource Cancel { get; set; } = new();

    /// <summary>True to act as if a person were at a terminal (prompts, charts).</summary>
    public bool IsTerminal { get; set; }

    /// <summary>How wide tables may be, as a pipe's COLUMNS says; 80 when it says nothing.</summary>
    public int Columns { get; set; } = CliHost.PipeWidth;

    /// <summary>Lines the "user" types at prompts, in order.</summary>
    public Queue<string?> Typed { get; } = new();

    /// <summary>True for a user who types nothing at a prompt: reading waits until the test ends.</summary>
    public bool Silent { get; set; }

    private readonly ManualResetEventSlim _ended = new();

    /// <summary>The desktop's helper programs as the test wants them.</summary>
    internal FakeDesktop Desktop { get; } = new();

    /// <summary>The program's file as the command sees it; the test host's own unless a test pretends otherwise.</summary>
    public string? ProgramPath { get; set; } = Environment.ProcessPath;

    public string DatabasePath => Path.Combine(Home.Path, "unknot.db");

    public string Out => _out.ToString();

    public string Err => _err.ToString();

    public CliHost Host => new()
    {
        Console = WideConsole(),
        Out = _out,
        Error = _err,
        Home = Home.Path,
        Time = Clock,
        IsTerminal = IsTerminal,
        ReadLine = () =>
        {
            if (Typed.Count > 0)
            {
                return Typed.Dequeue();
            }
            if (Silent)
            {
                _ended.Wait();
            }
            return null;
        },
        Keys = new PressedKeys(Pressed),
        FindVoice = _ => Voice is null ? (null, "voice: espeak-ng is not installed (test)") : (Voice, null),
        Cancel = Cancel.Token,
        Desktop = Desktop,
        UserUnits = Path.Combine(Home.Path, "config", "systemd", "user"),
        MachineName = "test-laptop",
        TableColumns = Columns,
        ProgramPath = ProgramPath,
    };

    private IAnsiConsole WideConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(_out),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = CliHost.UnwrappedWidth;
        return console;
    }

    /// <summary>Runs a command that needs no clock and returns its exit code.</summary>
    public int Run(string commandLine)
    {
        _mark = Out.Length;
        return UnknotCommand.RunAsync(Split(commandLine), Host).GetAwaiter().GetResult();
    }

    /// <summary>Runs a command given as its words, as a shell would pass them (an empty word kept); returns its exit code.</summary>
    public int RunArgs(params string[] args)
    {
        _mark = Out.Length;
        return UnknotCommand.RunAsync(args, Host).GetAwaiter().GetResult();
    }

    /// <summary>Starts a command that plays a session; the test then drives the clock.</summary>
    public Task<int> Start(string commandLine)
    {
        _mark = Out.Length;
        var errMark = Err.Length;
        var host = Host;
        var run = Task.Run(() => UnknotCommand.RunAsync(Split(commandLine), host));
        // Wait (in real time, but for an event, not for an amount of time) until the engine has armed
        // its first timer and the first segment's line is out (on standard error when --json keeps standard output for JSON).
        var watch = Stopwatch.StartNew();
        while (!(Clock.ArmedTimers > 0 && (SegmentLine().IsMatch(Out[_mark..]) || SegmentLine().IsMatch(Err[errMark..]))) && !run.IsCompleted)
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("the session never started");
            }
            Thread.Yield();
        }
        return run;
    }

    /// <summary>Advances the fake clock in steps until the command ends; returns its exit code.</summary>
    public int Finish(Task<int> run, double stepSeconds = 1)
    {
        for (var i = 0; i < 100_000 && !run.IsCompleted; i++)
        {
            Clock.AdvanceSeconds(stepSeconds);
            if (Clock.ArmedTimers == 0)
            {
                break;
            }
        }
        return Await(run);
    }

    /// <summary>Plays a session to its end, driving the clock, and checks that it exits 0.</summary>
    public void Play(string commandLine) => Finish(Start(commandLine)).ShouldBe(0);

    /// <summary>The exit code of a command that has ended or is ending on its own.</summary>
    public int Await(Task<int> run) =>
        run.Wait(TimeSpan.FromSeconds(30)) ? run.Result : throw new TimeoutException("the command did not end");

    /// <summary>The output of the latest command, parsed as JSON.</summary>
    public JsonElement Json() => JsonDocument.Parse(Out[_mark..]).RootElement;

    /// <summary>The lines the last command printed on standard output.</summary>
    public string[] LastLines() => Out[_mark..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] OutLines() => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose()
    {
        _ended.Set();
        Home.Dispose();
        Cancel.Dispose();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+:\d\d/\d+:\d\d  ")]
    private static partial System.Text.RegularExpressions.Regex SegmentLine();

    private static string[] Split(string commandLine)
    {
        var args = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in commandLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    args.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }
        if (current.Length > 0)
        {
            args.Add(current.ToString());
        }
        return args.ToArray();
    }

    /// <summary>Keys the "user" presses while a session plays, read by the player in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<ConsoleKeyInfo> Pressed { get; } = new();

    /// <summary>Presses a key: a letter, or one of the keys without a character (arrows, Escape).</summary>
    public void Press(ConsoleKey key, char character = '\0') => Pressed.Enqueue(new ConsoleKeyInfo(character, key, false, false, false));

    /// <summary>Waits (in real time, but for an event, not for an amount of time) until <paramref name="seen"/> holds.</summary>
    public void WaitUntil(Func<bool> seen)
    {
        var watch = Stopwatch.StartNew();
        while (!seen())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("what the test waited for never happened");
            }
            Thread.Yield();
        }
    }

    private sealed class PressedKeys(System.Collections.Concurrent.ConcurrentQueue<ConsoleKeyInfo> pressed) : IKeyInput
    {
        public bool TryRead(out ConsoleKeyInfo key) => pressed.TryDequeue(out key);
    }
}

/// <summary>A string writer that the session's timer thread and the test thread can share.</summary>
internal sealed class LockedWriter : StringWriter
{
    private readonly Lock _gate = new();

    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            base.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            base.Write(buffer, index, count);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            base.Write(value);
            base.Write(NewLine);
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }
}

/// <summary>Records what would have been spoken.</summary>
internal sealed class FakeVoice : IVoice
{
    public List<string> Said { get; } = [];

    public void Say(string text)
    {
        lock (Said)
        {
            Said.Add(text);
        }
    }

    public void Dispose()
    {
    }
}
