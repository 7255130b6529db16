using System.CommandLine;

namespace Unknot.Cli.Completion;

/// <summary>
/// The candidates for the word being typed, given the words before it as the shell split them: walks the command
/// tree the parser uses, and asks the option or argument the word belongs to for its completion sources.
/// </summary>
/// <remarks>
/// System.CommandLine's own <c>GetCompletions</c> reads an empty last word as the value already given to the option
/// before it (<c>plan --place ""</c> offers options, not places) and throws on <c>--place=d</c> at a text position;
/// here the walk is ours and only the sources are the library's.
/// </remarks>
internal static class Completer
{
    /// <summary>
    /// What may replace the last of <paramref name="words"/> (the words after <c>unknot</c>; the last may be empty),
    /// in the order the commands and sources give them; options only once a dash is typed.
    /// </summary>
    public static IReadOnlyList<string> Complete(RootCommand root, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return [];
        }
        Command command = root;
        Option? awaiting = null;
        var positional = 0;
        var onlyArguments = false;
        var given = new HashSet<Option>();
        foreach (var word in words.Take(words.Count - 1))
        {
            if (awaiting is not null)
            {
                awaiting = null;
            }
            else if (word == "--" && !onlyArguments)
            {
                onlyArguments = true;
            }
            else if (!onlyArguments && word.Length > 1 && word[0] == '-')
            {
                if (Find(root, command, word.Split('=', 2)[0]) is { } option)
                {
                    given.Add(option);
                    awaiting = TakesValue(option) && !word.Contains('=') ? option : null;
                }
            }
            else if (positional == 0 && command.Subcommands.FirstOrDefault(c => !c.Hidden && c.Name == word) is { } sub)
            {
                command = sub;
            }
            else
            {
                positional++;
            }
        }

        var typed = words[^1];
        var context = root.Parse([.. words]).GetCompletionContext();
        if (awaiting is not null)
        {
            return Matching(Values(awaiting, context), typed);
        }
        if (!onlyArguments && typed.StartsWith('-'))
        {
            if (typed.IndexOf('=') is > 0 and var equals && Find(root, command, typed[..equals]) is { } option && TakesValue(option))
            {
                var name = typed[..(equals + 1)];
                return [.. Matching(Values(option, context), typed[(equals + 1)..]).Select(value => name + value)];
            }
            var options = Visible(root, command).Where(o => !given.Contains(o)).Select(o => o.Name);
            return Matching(options, typed);
        }
        var candidates = new List<string>();
        if (positional == 0)
        {
            candidates.AddRange(command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
        }
        if ((command.Arguments.ElementAtOrDefault(positional) ?? command.Arguments.LastOrDefault(a => a.Arity.MaximumNumberOfValues > 1)) is { } argument)
        {
            candidates.AddRange(argument.CompletionSources.SelectMany(source => source(context)).Select(item => item.Label));
        }
        return Matching(candidates, typed);
    }

    /// <summary>An option that takes a value: anything but a switch.</summary>
    private static bool TakesValue(Option option) => option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;

    private static IEnumerable<string> Values(Option option, System.CommandLine.Completions.CompletionContext context) =>
        option.CompletionSources.SelectMany(source => source(context)).Select(item => item.Label);

    /// <summary>The options a command takes: its own, then those its parents give every command below them (--help).</summary>
    private static IEnumerable<Option> Visible(RootCommand root, Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        return command == root ? own : own.Concat(root.Options.Where(o => o.Recursive && !o.Hidden));
    }

    private static Option? Find(RootCommand root, Command command, string name) =>
        Visible(root, command).FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));

    /// <summary>The candidates that begin with what is typed (letter case as typed), each once.</summary>
    private static List<string> Matching(IEnumerable<string> candidates, string typed) =>
        [.. candidates.Where(c => c.StartsWith(typed, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
}
