using System.CommandLine;
using Unknot.Dosing;
using Unknot.Text;

namespace Unknot.Cli;

/// <summary>Options several commands share, and the checks that turn their text into values.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print machine-readable JSON" };

    public static Option<string> Level() => new("--level", "-l")
    {
        Description = "gentle (low end of each range), standard (middle) or deep (high end)",
        DefaultValueFactory = _ => "standard",
    };

    public static Level ParseLevel(string? text) => ParseWord<Level>(text, "level");

    /// <summary>Parses a kebab-case word into an enum, or fails with the list of known words.</summary>
    public static TEnum ParseWord<TEnum>(string? text, string what) where TEnum : struct, Enum
    {
        if (Kebab.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        var known = Kebab.All<TEnum>();
        var hint = text is null ? null : DidYouMean.Suggest(text, known);
        throw new CliError(hint is null
            ? $"unknown {what} '{text}' — known: {string.Join(", ", known)}"
            : $"unknown {what} '{text}' — did you mean '{hint}'?");
    }
}
