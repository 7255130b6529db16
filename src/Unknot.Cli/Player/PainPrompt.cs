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

    /// <summary>Asks until a valid score or an empty line (skip); only in a terminal.</summary>
    public static PainScore? Ask(CliHost host, string question)
    {
        if (!host.IsTerminal)
        {
            return null;
        }
        for (var attempt = 0; attempt < 3; attempt++)
        {
            host.Out.Write($"{question} 0 (none) to 10 (worst), Enter to skip: ");
            var line = host.ReadLine();
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
