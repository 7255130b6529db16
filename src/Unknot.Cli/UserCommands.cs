using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Dosing;

namespace Unknot.Cli;

/// <summary>How a command opens the user's data and names what it cannot find: one line, exit code 2.</summary>
internal static class UserCommands
{
    /// <summary>The user's data, creating the database when missing. Library problems are printed once, as warnings.</summary>
    public static UserContext OpenUser(this CliHost host) => UserContext.ForCommand(host.Workspace, create: true, problem => Warn(host, problem));

    /// <summary>The user's data without creating the database, so listing and showing never create it.</summary>
    public static UserContext OpenUserIfExists(this CliHost host) => UserContext.ForCommand(host.Workspace, create: false, problem => Warn(host, problem));

    private static void Warn(CliHost host, LoadProblem problem) => host.Error.WriteLine($"warning: {problem}{(problem.Partial ? "" : " (skipped)")}");

    /// <summary>The level given with <c>--level</c>, else the <c>level</c> setting.</summary>
    public static Level ChosenLevel(this UserContext user, string? given) => CliError.ValueOf(user.LevelOf(given));

    /// <summary>The exercise with this id or alias, or the error with a suggestion.</summary>
    public static Catalog.Exercise Exercise(this UserContext user, string id) => user.Library.Exercise(id) ?? throw new CliError(user.Library.UnknownExercise(id));

    /// <summary>The routine with this id, or the error with a suggestion.</summary>
    public static Routines.Routine Routine(this UserContext user, string id) => user.Library.Routine(id) ?? throw new CliError(user.Library.UnknownRoutine(id));
}
