using System.CommandLine;
using Unknot.App.Input;

namespace Unknot.Cli;

/// <summary>Turns parsed command-line options into the shared <see cref="Input"/>, named as the readers name their fields.</summary>
internal static class Options
{
    /// <summary>The options' values as fields, each named by its option without the dashes; absent ones are left out.</summary>
    public static TextInput Fields(ParseResult parse, params Option<string?>[] options) =>
        TextInput.Of(options.Select(o => KeyValuePair.Create(o.Name.TrimStart('-'), parse.GetValue(o))));
}
