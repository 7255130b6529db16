using System.CommandLine;
using Unknot.Cli.Completion;
using Unknot.Text;

namespace Unknot.Cli;

/// <summary>Options several commands share, and the checks that turn their text into values.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print machine-readable JSON" };

    public static Option<string?> Level() => new Option<string?>("--level", "-l")
    {
        Description = "gentle (low end of each range), standard (middle) or deep (high end); default: your 'level' setting, else standard",
    }.Offering(Kebab.All<Dosing.Level>);
}
