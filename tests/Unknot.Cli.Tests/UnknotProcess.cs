using System.Diagnostics;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>Starts the real <c>unknot</c> program as a process on a home folder, with its input and output piped.</summary>
internal static class UnknotProcess
{
    /// <summary>Starts the program with <paramref name="args"/> on <paramref name="home"/>, with no COLUMNS set.</summary>
    public static Process Launch(TempHome home, params string[] args) => LaunchAt(home, null, args);

    /// <summary>Starts the program with <paramref name="args"/> on <paramref name="home"/>, with COLUMNS set to <paramref name="columns"/> (none when null).</summary>
    public static Process LaunchAt(TempHome home, string? columns, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "unknot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["UNKNOT_HOME"] = home.Path;
        start.Environment.Remove("COLUMNS");
        if (columns is not null)
        {
            start.Environment["COLUMNS"] = columns;
        }
        return Process.Start(start)!;
    }

    /// <summary>Runs the program to its end with no COLUMNS set: its exit code and what it wrote to each stream.</summary>
    public static (int Code, string Output, string Error) Run(TempHome home, params string[] args) => RunAt(home, null, args);

    /// <summary>Runs the program to its end with COLUMNS set to <paramref name="columns"/> (none when null): its exit code and what it wrote to each stream.</summary>
    public static (int Code, string Output, string Error) RunAt(TempHome home, string? columns, params string[] args)
    {
        using var process = LaunchAt(home, columns, args);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit(TimeSpan.FromSeconds(60)).ShouldBeTrue("the program did not end");
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
