using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Unknot.App.Hosting;

namespace Unknot.Cli.Commands;

/// <summary>
/// <c>unknot serve</c>: the web app, on the same home folder and database as the CLI. It runs as a process of its
/// own (<c>web/Unknot.Web.dll</c> beside this program, on the .NET runtime), so the CLI itself stays small enough to
/// be compiled ahead of time and start at once.
/// </summary>
internal static partial class ServeCommand
{
    /// <summary>The web app, relative to this program's folder.</summary>
    public static readonly string WebApp = Path.Combine("web", "Unknot.Web.dll");

    public static Command Create(CliHost host)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {ListenAddress.Default}, loopback only)" };
        var command = new Command("serve", "Serve the web app: library, planner, player, history") { urls };
        command.SetAction(async (parse, _) =>
        {
            var url = parse.GetValue(urls) ?? ListenAddress.Default;
            if (ListenAddress.Problem(url) is { } refusal)
            {
                throw new CliError($"--urls: {refusal}");
            }
            // web/ in a build or an installed tool; beside the program where a project that uses both is built.
            var app = new[] { WebApp, "Unknot.Web.dll" }.Select(p => Path.Combine(AppContext.BaseDirectory, p)).FirstOrDefault(File.Exists)
                ?? throw new IOException($"the web app is missing ({Path.Combine(AppContext.BaseDirectory, WebApp)}); reinstall Unknot");
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { app, "--urls", url, $"--UNKNOT_HOME={host.Home}", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information" })
            {
                start.ArgumentList.Add(arg);
            }
            using var server = Process.Start(start) ?? throw new IOException("the web app could not be started");
            // What the web app says went wrong (a busy port, in one line) is said here, where the command's errors go.
            var errors = Task.Run(async () =>
            {
                while (await server.StandardError.ReadLineAsync() is { } line)
                {
                    host.Error.WriteLine(line);
                }
            });
            // Kestrel says when it listens; that is when the address is worth giving.
            while (await server.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Contains("Now listening on", StringComparison.Ordinal))
                {
                    host.Out.WriteLine($"Unknot is at {url} — open it in your browser. Ctrl-C stops it.");
                    break;
                }
            }
            var drain = server.StandardOutput.ReadToEndAsync();
            // Ctrl-C reaches the server too (same terminal); SIGTERM or SIGHUP to this process is passed on.
            using var stop = host.Cancel.Register(() => Terminate(server));
            await server.WaitForExitAsync();
            await drain;
            await errors;
            return host.Cancel.IsCancellationRequested && server.ExitCode is 0 or 143 ? 0 : server.ExitCode;
        });
        return command;
    }

    private static void Terminate(Process server)
    {
        try
        {
            if (!server.HasExited)
            {
                _ = Kill(server.Id, 15);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
