namespace Unknot.Cli;

/// <summary>A mistake the user can fix: printed as one line on stderr, exit code 2.</summary>
public sealed class CliError(string message) : Exception(message);
