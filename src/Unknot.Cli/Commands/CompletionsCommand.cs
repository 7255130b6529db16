using System.CommandLine;
using Unknot.Cli.Completion;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary>
/// <c>unknot completions SHELL</c>: the script that makes the shell complete unknot's commands, options, ids and
/// values; and the hidden <c>unknot complete -- WORDS</c> that script calls on each Tab.
/// </summary>
internal static class CompletionsCommand
{
    public static Command Create(CliHost host)
    {
        var shell = new Argument<string>("shell") { Description = $"Your shell: {string.Join(", ", Kebab.All<Shell>())}" }
            .Offering(Kebab.All<Shell>);
        var command = new Command("completions", "Print the script that makes your shell complete unknot's commands, options, routines and exercises") { shell };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(shell);
            if (!Kebab.TryParse<Shell>(text, out var chosen))
            {
                throw new CliError($"SHELL: {Kebab.OneOf<Shell>(text)}");
            }
            host.Out.Write(CompletionScripts.For(chosen));
            return UnknotCommand.Done;
        });
        return command;
    }

    /// <summary>The words typed after <c>unknot</c>, the last the one being completed: one candidate a line.</summary>
    public static Command CreateComplete(CliHost host, RootCommand root)
    {
        var words = new Argument<string[]>("words") { Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("complete", "Print the candidates for the last word (what the completion scripts call)") { words };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            foreach (var candidate in Completer.Complete(root, parse.GetValue(words) ?? []))
            {
                host.Out.WriteLine(candidate);
            }
            return UnknotCommand.Done;
        });
        return command;
    }
}
