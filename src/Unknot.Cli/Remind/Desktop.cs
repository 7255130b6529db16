using System.Diagnostics;

namespace Unknot.Cli.Remind;

/// <summary>Runs a desktop helper program (gdbus, xprintidle, loginctl, notify-send) and gives its exit code and output; asks the session bus for the notification server.</summary>
internal interface IDesktop
{
    /// <summary>Whether a notification server is there to show a reminder, asked within <paramref name="timeout"/>.</summary>
    NotifierState Notifications(TimeSpan timeout);

    /// <summary>The program's exit code and standard output, or null when it could not be started or did not finish within <paramref name="timeout"/>.</summary>
    (int ExitCode, string Output)? Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout);

    /// <summary>
    /// Starts the program and completes with its exit code and output when it ends (for a notification that waits for
    /// an answer), or null when it could not be started. Cancelling <paramref name="cancel"/> kills it and waits until it is gone.
    /// </summary>
    Task<(int ExitCode, string Output)?> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancel);

    /// <summary>Starts the program and does not wait for it (a browser, a terminal).</summary>
    bool Launch(string program, IReadOnlyList<string> arguments);

    /// <summary>True when <paramref name="address"/> answers a GET with success within two seconds (is the web app running?).</summary>
    bool Responds(Uri address);
}

/// <summary>The real desktop: child processes.</summary>
internal sealed class ProcessDesktop : IDesktop
{
    public NotifierState Notifications(TimeSpan timeout) =>
        NotificationServer.Check(NotificationServer.Address(Environment.GetEnvironmentVariable), timeout);

    public (int ExitCode, string Output)? Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        using var process = Start(program, arguments);
        if (process is null)
        {
            return null;
        }
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            Kill(process);
            return null;
        }
        return (process.ExitCode, output.GetAwaiter().GetResult());
    }

    public async Task<(int ExitCode, string Output)?> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancel)
    {
        using var process = Start(program, arguments);
        if (process is null)
        {
            return null;
        }
        try
        {
            var output = await process.StandardOutput.ReadToEndAsync(cancel);
            await process.WaitForExitAsync(cancel);
            return (process.ExitCode, output);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw;
        }
    }

    public bool Responds(Uri address)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = client.GetAsync(address).GetAwaiter().GetResult();
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public bool Launch(string program, IReadOnlyList<string> arguments)
    {
        try
        {
            var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }
            using var process = Process.Start(info);
            return process is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static Process? Start(string program, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        try
        {
            var process = Process.Start(info);
            process?.StandardError.ReadToEndAsync();
            return process;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            // Reaped before this returns, so nothing of it is left running when the caller goes on or ends.
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
