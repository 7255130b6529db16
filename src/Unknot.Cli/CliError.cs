using Unknot.App.Fields;

namespace Unknot.Cli;

/// <summary>A mistake the user can fix: printed as one line on stderr, exit code 2.</summary>
public sealed class CliError(string message) : Exception(message)
{
    /// <summary>A problem with an option: the field is named as the option the user typed (<c>--minutes: …</c>).</summary>
    public static CliError Option(FieldProblem problem) => problem.Field == FieldProblem.Request
        ? new(problem.Render(Options.Flag))
        : new($"{Options.Flag(System.Text.RegularExpressions.Regex.Replace(problem.Field, @"\[\d+\]$", ""))}: {problem.Render(Options.Flag)}");

    /// <summary>A problem named as the field itself (a setting's key, a position in a file).</summary>
    public static CliError Field(FieldProblem problem) => new(problem.ToString());

    /// <summary>The value read from options, or the error naming the option.</summary>
    public static T ValueOf<T>(ReadResult<T> result) => result.TryGetValue(out var value, out var problem) ? value : throw Option(problem);

    /// <summary>The value read from an argument, or the error naming the argument as <paramref name="argument"/>.</summary>
    public static T ValueOf<T>(ReadResult<T> result, string argument) =>
        result.TryGetValue(out var value, out var problem) ? value : throw new CliError($"{argument.ToUpperInvariant()}: {problem.Message}");
}

/// <summary>The user stopped the program (q, Esc, Ctrl-C) or a signal did (SIGTERM, SIGHUP): exit code 130, nothing more asked.</summary>
public sealed class CliStopped() : Exception("stopped");

/// <summary>A hosted server refused, or could not be reached: printed as one line on stderr, exit code 1.</summary>
public sealed class CliServerError(string message) : Exception(message);

/// <summary>
/// Something outside Unknot that a command needs is missing or does not answer (a notification server, a systemd user
/// session): printed as one line on stderr naming it and what to do, exit code 1.
/// </summary>
public sealed class CliUnavailable(string message) : Exception(message);
