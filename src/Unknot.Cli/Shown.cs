using Unknot.Text;

namespace Unknot.Cli;

/// <summary>How the terminal shows text that came from a user, a file or an import.</summary>
internal static class Shown
{
    /// <summary>For Spectre markup: control characters stripped, brackets escaped.</summary>
    public static string Text(string text) => Spectre.Console.Markup.Escape(TerminalText.Strip(text));

    /// <summary>For plain output lines: control characters stripped.</summary>
    public static string Plain(string text) => TerminalText.Strip(text);
}
