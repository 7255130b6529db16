using System.CommandLine;
using System.Globalization;
using Unknot.App.Fields;

namespace Unknot.Cli;

/// <summary>Turns parsed command-line options into the shared <see cref="Input"/>, named as the readers name their fields.</summary>
internal static class Options
{
    /// <summary>
    /// The options' values as fields, each named by its option as the JSON field is named: <c>--pain-after</c> is
    /// <c>painAfter</c>. Absent ones are left out.
    /// </summary>
    public static TextInput Fields(ParseResult parse, params Option<string?>[] options) =>
        TextInput.Of(options.Select(o => KeyValuePair.Create(FieldName(o.Name), parse.GetValue(o))));

    /// <summary>An argument's value as a field of its own.</summary>
    public static Input Argument(string name, string? value) =>
        TextInput.Of([KeyValuePair.Create(name, value)]).Required(name);

    /// <summary><c>--pain-after</c> → <c>painAfter</c>.</summary>
    public static string FieldName(string option)
    {
        var words = option.TrimStart('-').Split('-');
        return words[0] + string.Concat(words.Skip(1).Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary><c>painAfter</c> → <c>--pain-after</c>, the flag a user types for a field.</summary>
    public static string Flag(string field) =>
        "--" + string.Concat(field.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLower(c, CultureInfo.InvariantCulture) : c.ToString()));
}
