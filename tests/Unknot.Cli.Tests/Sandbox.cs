using System.Diagnostics;

namespace Unknot.Cli.Tests;

/// <summary>
/// The real <c>unknot</c> program in a mount namespace of its own (<c>unshare</c>), where a shell first mounts what
/// the test needs — a folder made read-only, a tiny disk — for that process alone and only while it runs, so even as
/// root (where <c>chmod</c> stops nothing) the folder really is read-only, and nothing is left mounted afterwards.
/// As another user, a user namespace gives the right to mount.
/// </summary>
internal static class Sandbox
{
    /// <summary>Runs <c>unknot</c> with <paramref name="args"/> on <paramref name="home"/> after the shell commands of <paramref name="setup"/>.</summary>
    public static (int Code, string Output, string Error) Run(string setup, string home, params string[] args)
    {
        using var process = Process.Start(Unknot(setup, home, args))!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit(TimeSpan.FromSeconds(60)).ShouldBeTrue("the program did not end");
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>
    /// Starts <c>unknot serve --urls <paramref name="url"/></c> on <paramref name="home"/> after the shell commands of
    /// <paramref name="setup"/>; returns it once it says where it is, and it runs until the test disposes of it.
    /// </summary>
    public static async Task<Serving> ServeAsync(string setup, string home, string url)
    {
        var serving = new Serving(Process.Start(Unknot(setup, home, ["serve", "--urls", url]))!);
        await serving.Ready;
        return serving;
    }

    /// <summary>A program started by <see cref="ServeAsync"/>: ended, with its mount namespace, when disposed.</summary>
    public sealed class Serving : IDisposable
    {
        private readonly Process _process;
        private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Text.StringBuilder _error = new();

        internal Serving(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.StartsWith("Unknot is at", StringComparison.Ordinal) == true)
                {
                    _ready.TrySetResult();
                }
            };
            _process.ErrorDataReceived += (_, e) =>
            {
                lock (_error)
                {
                    _error.AppendLine(e.Data);
                }
            };
            _process.EnableRaisingEvents = true;
            _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"unknot serve ended before it served: {Error}"));
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>Done once the program says where it is.</summary>
        internal Task Ready => _ready.Task.WaitAsync(TimeSpan.FromSeconds(60));

        /// <summary>What it wrote to standard error so far.</summary>
        public string Error
        {
            get
            {
                lock (_error)
                {
                    return _error.ToString();
                }
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
            _process.Dispose();
        }
    }

    private static ProcessStartInfo Unknot(string setup, string home, string[] args)
    {
        var start = new ProcessStartInfo("unshare")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var namespaces = Environment.IsPrivilegedProcess ? new[] { "--mount" } : ["--user", "--map-root-user", "--mount"];
        foreach (var arg in namespaces.Concat(["--", "sh", "-c", $"{setup} && exec \"$@\"", "sh", "dotnet", Path.Combine(AppContext.BaseDirectory, "unknot.dll")]).Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["UNKNOT_HOME"] = home;
        return start;
    }

    /// <summary>Shell commands that make <paramref name="folder"/> read-only.</summary>
    public static string ReadOnly(string folder) => $"mount --bind -o ro {Quote(folder)} {Quote(folder)}";

    /// <summary>Shell commands that put <paramref name="folder"/> on a disk of its own holding a copy of <paramref name="database"/> and no room for more.</summary>
    public static string FullDisk(string folder, string database) =>
        $"mount -t tmpfs -o size=1m tmpfs {Quote(folder)} && cp {Quote(database)} {Quote(Path.Combine(folder, "unknot.db"))} && " +
        $"{{ dd if=/dev/zero of={Quote(Path.Combine(folder, "filler"))} bs=4k 2>/dev/null; true; }}";

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
