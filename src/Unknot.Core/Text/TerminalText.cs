using System.Text;

namespace Unknot.Text;

/// <summary>
/// User text (a note, a name from a file or an import) made safe to write to a terminal: control characters
/// would otherwise move the cursor, clear the screen or change the title, and direction overrides would make one
/// text look like another. Line breaks and tabs become spaces; other controls are dropped.
/// </summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> without control characters or direction overrides.</summary>
    public static string Strip(string text)
    {
        if (!text.Any(Unsafe))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t')
            {
                clean.Append(' ');
            }
            else if (!Unsafe(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    private static bool Unsafe(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
