using Unknot.App.Fields;
using System.CommandLine;
using Unknot.Cli.Commands;
using Unknot.Text;

namespace Unknot.Cli;

/// <summary>The <c>unknot</c> command: parses arguments, runs one command, turns user mistakes into exit code 2.</summary>
public static class UnknotCommand
{
    /// <summary>Exit code of a command that did what it was asked (a session played to its end).</summary>
    public const int Done = 0;

    /// <summary>Exit code for anything else that went wrong (a file that cannot be written, a damaged database).</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a mistake in the user's input.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code when the user or a signal stopped the program before its end (128 + SIGINT, as shells do).</summary>
    public const int Stopped = 130;

    /// <summary>Runs the command line <paramref name="args"/> against <paramref name="host"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliHost host)
    {
        var root = Root(host);
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            // The error that quotes the offending word says more than "required command was not provided".
            var error = parse.Errors.FirstOrDefault(e => e.Message.Contains('\'')) ?? parse.Errors[0];
            host.Error.WriteLine(Mistyped(parse) ?? $"{error.Message} — 'unknot --help' lists commands and options");
            return BadInput;
        }
        try
        {
            var config = new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(config, host.Cancel);
        }
        catch (CliError e)
        {
            host.Error.WriteLine(e.Message);
            return BadInput;
        }
        catch (App.Fields.FieldException e)
        {
            // A value read outside a command's own checks (an empty argument): still one line naming it.
            host.Error.WriteLine($"{e.Problem.Field.ToUpperInvariant()}: {e.Problem.Message}");
            return BadInput;
        }
        catch (CliUnavailable e)
        {
            host.Error.WriteLine($"unknot: {e.Message}");
            return Failed;
        }
        catch (CliServerError e)
        {
            host.Error.WriteLine($"unknot: {e.Message}");
            return Failed;
        }
        catch (CliStopped)
        {
            return Stopped;
        }
        catch (OperationCanceledException) when (host.Cancel.IsCancellationRequested)
        {
            return Stopped;
        }
        catch (Exception e) when (e is Storage.StoreException or System.Data.Common.DbException)
        {
            // Database trouble: one line naming the file and what to do, never a stack trace.
            host.Error.WriteLine($"unknot: {host.Workspace.Stores.Explain(e) ?? e.Message}");
            return Failed;
        }
        catch (IOException e)
        {
            host.Error.WriteLine($"unknot: {e.Message}");
            return Failed;
        }
        catch (UnauthorizedAccessException e)
        {
            host.Error.WriteLine($"unknot: {e.Message}");
            return Failed;
        }
    }

    /// <summary>Every command, as the parser, the help and the shell's completion see them.</summary>
    private static RootCommand Root(CliHost host)
    {
        var root = new RootCommand("Unknot: a guided stretching coach for the upper back and neck.")
        {
            ExercisesCommand.Create(host),
            ShowCommand.Create(host),
            RoutinesCommand.Create(host),
            TimelineCommand.Create(host),
            PlanCommand.Create(host),
            StartCommand.Create(host),
            StartCommand.CreateResume(host),
            HistoryCommand.Create(host),
            StatsCommand.Create(host),
            ProgrammeCommands.CreateList(host),
            ProgrammeCommands.Create(host),
            TodayCommand.Create(host),
            ExchangeCommands.CreateExport(host),
            ExchangeCommands.CreateImport(host),
            ScheduleCommand.Create(host),
            RemindCommand.Create(host),
            SettingsCommand.Create(host),
            ServeCommand.Create(host),
            ServerCommands.CreateLogin(host),
            ServerCommands.CreateLogout(host),
            ServerCommands.CreateSync(host),
            CompletionsCommand.Create(host),
        };
        // The shell's completion asks this same tree, so what it offers is what the parser takes.
        root.Subcommands.Add(CompletionsCommand.CreateComplete(host, root));
        return root;
    }

    /// <summary>
    /// For a word the parser did not match, the command or option of the command it was typed after that was most
    /// likely meant ("unknown command 'exercies' — did you mean 'exercises'?"), or null when none is close.
    /// </summary>
    private static string? Mistyped(ParseResult parse)
    {
        if (parse.UnmatchedTokens.FirstOrDefault() is not { } typed)
        {
            return null;
        }
        var command = parse.CommandResult.Command;
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (result.Command is not RootCommand)
            {
                names.Insert(0, result.Command.Name);
            }
        }
        var path = string.Join(' ', names.Prepend("unknot"));
        var help = $"'{path} --help' lists them";
        if (typed.StartsWith('-'))
        {
            var name = typed.Split('=', 2)[0];
            var options = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            return DidYouMean.Suggest(name, options) is { } option
                ? $"unknown option '{name}' for '{path}' — did you mean '{option}'?"
                : $"unknown option '{name}' for '{path}'; {help}";
        }
        if (command.Subcommands.Count == 0)
        {
            return null;
        }
        return DidYouMean.Suggest(typed, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)) is { } meant
            ? $"unknown command '{typed}' — did you mean '{path} {meant}'?"
            : $"unknown command '{typed}'; {help}";
    }
}
