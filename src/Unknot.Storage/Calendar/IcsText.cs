using System.Text;

namespace Unknot.Storage.Calendar;

/// <summary>The text rules of RFC 5545: CRLF line ends, lines folded at 75 octets, TEXT values escaped.</summary>
public static class IcsText
{
    /// <summary>The longest a content line may be, in octets, without its CRLF.</summary>
    public const int MaxOctets = 75;

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\")
        .Replace(";", "\\;")
        .Replace(",", "\\,")
        .Replace("\r\n", "\\n")
        .Replace("\n", "\\n")
        .Replace("\r", "\\n");

    /// <summary>
    /// Folds one content line (RFC 5545 §3.1): at most 75 octets per physical line, continuation lines begin
    /// with one space, and a UTF-8 character is never split. Ends with CRLF.
    /// </summary>
    public static string Fold(string line)
    {
        var output = new StringBuilder(line.Length + 8);
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }
            output.Append(rune.ToString());
            octets += size;
        }
        return output.Append("\r\n").ToString();
    }
}
