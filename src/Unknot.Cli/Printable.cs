using Unknot.Text;

namespace Unknot.Cli;

/// <summary>Text that came from a user, a file or an import, made safe to print: no control characters, and for Spectre markup no brackets that would be read as markup.</summary>
internal static class Printable
{
    /// <summary>For Spectre markup: control characters stripped, brackets escaped.</summary>
    public static string Markup(string text) => Spectre.Console.Markup.Escape(TerminalText.Strip(text));

    /// <summary>For plain output lines: control characters stripped.</summary>
    public static string Line(string text) => TerminalText.Strip(text);
}
