using System.CommandLine;

namespace Unknot.Cli.Completion;

/// <summary>
/// What the shell may complete for an option or an argument, kept with it as a completion source: the words it
/// takes, read from where they are defined (the enums' words, the library, the settings' rules), never a copy.
/// </summary>
internal static class Choices
{
    // The help would list every source's words in its usage lines (opening the database for the ids); it keeps the
    // name it shows without them.
    private static Option<T> Named<T>(Option<T> option)
    {
        option.HelpName ??= option.Name.TrimStart('-');
        return option;
    }

    /// <summary>Offers <paramref name="words"/>, read when the shell asks.</summary>
    public static Option<T> Offering<T>(this Option<T> option, Func<IEnumerable<string>> words)
    {
        option.CompletionSources.Add(_ => words());
        return Named(option);
    }

    /// <summary>Offers <paramref name="words"/>, read when the shell asks.</summary>
    public static Argument<T> Offering<T>(this Argument<T> argument, Func<IEnumerable<string>> words)
    {
        argument.CompletionSources.Add(_ => words());
        argument.HelpName ??= argument.Name;
        return argument;
    }

    /// <summary>A comma-separated list of <paramref name="words"/>: each word after the last comma, and none twice.</summary>
    public static Option<T> OfferingList<T>(this Option<T> option, Func<IEnumerable<string>> words)
    {
        option.CompletionSources.Add(context => List(context.WordToComplete, words()));
        return Named(option);
    }

    /// <summary><c>neck,u</c> → <c>neck,upper-back</c>, <c>neck,chest</c>…: the typed items kept, the next one offered.</summary>
    public static IEnumerable<string> List(string typed, IEnumerable<string> words)
    {
        var head = typed[..(typed.LastIndexOf(',') + 1)];
        var given = head.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return words.Except(given, StringComparer.OrdinalIgnoreCase).Select(word => head + word);
    }

    /// <summary>The ids of every routine: built-in, the user's files and the saved ones.</summary>
    public static IEnumerable<string> Routines(CliHost host)
    {
        using var user = host.OpenUserIfExists();
        return [.. user.Library.Routines.All.Select(r => r.Id)];
    }

    /// <summary>The ids of every programme: built-in and the user's files.</summary>
    public static IEnumerable<string> Programmes(CliHost host)
    {
        using var user = host.OpenUserIfExists();
        return [.. user.Library.Programmes.All.Select(p => p.Id)];
    }

    /// <summary>The ids of every exercise, the user's own included.</summary>
    public static IEnumerable<string> Exercises(CliHost host)
    {
        using var user = host.OpenUserIfExists();
        return [.. user.Library.Catalog.All.Select(e => e.Id.Value)];
    }

    /// <summary>The tags the planner can avoid: those every catalog understands and those the exercises carry.</summary>
    public static IEnumerable<string> Tags(CliHost host)
    {
        using var user = host.OpenUserIfExists();
        var tags = Planning.ExerciseTags.Derived.Concat(user.Library.Catalog.All.SelectMany(Planning.ExerciseTags.Of));
        return [.. tags.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }
}
