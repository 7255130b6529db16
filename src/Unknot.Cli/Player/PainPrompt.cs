using Unknot.Progress;

namespace Unknot.Cli.Player;

/// <summary>Pain scores from options, or asked for in a terminal (Enter skips).</summary>
internal static class PainPrompt
{
    /// <summary>Checks an option's text before anything starts; null when not given.</summary>
    public static PainScore? FromOption(string? text, string option) =>
        text is null ? null
        : PainScore.TryParse(text, out var score, out var error) ? score
        : throw new CliError($"{option}: {error}");

    /// <summary>
    /// One line typed by the user; Ctrl-C or a signal while waiting stops the program (the read is left behind on
    /// a background thread, which does not keep the process alive).
    /// </summary>
    public static string? ReadOrStop(CliHost host, Func<string?>? read = null)
    {
        host.Cancel.ThrowIfCancellationRequested();
        var reading = Task.Run(read ?? host.ReadLine);
        try
        {
            reading.Wait(host.Cancel);
        }
        catch (OperationCanceledException)
        {
            host.Out.WriteLine();
            throw new CliStopped();
        }
        return reading.Result;
    }

    /// <summary>Asks until a valid score or an empty line (skip); only in a terminal. Ctrl-C stops the program.</summary>
    public static PainScore? Ask(CliHost host, string question)
    {
        if (!host.IsTerminal)
        {
            return null;
        }
        for (var attempt = 0; attempt < 3; attempt++)
        {
            host.Out.Write($"{question} 0 (none) to 10 (worst), Enter to skip: ");
            var line = ReadOrStop(host);
            if (string.IsNullOrWhiteSpace(line))
            {
                return null;
            }
            if (PainScore.TryParse(line, out var score, out var error))
            {
                return score;
            }
            host.Out.WriteLine(error);
        }
        return null;
    }
}
