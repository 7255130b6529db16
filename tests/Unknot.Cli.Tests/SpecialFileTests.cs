using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>
/// Pipes, devices and folders where a command reads the user's files or writes one: named in one line, never waited
/// on, never replaced.
/// </summary>
public sealed class SpecialFileTests
{
    /// <summary>Runs a command that must not wait on anything, failing instead of hanging when it does.</summary>
    private static int RunPromptly(CliRun cli, string commandLine)
    {
        var run = Task.Run(() => cli.Run(commandLine), TestContext.Current.CancellationToken);
        run.Wait(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken).ShouldBeTrue($"'{commandLine}' is still waiting");
        return run.Result;
    }

    [Fact]
    public void A_pipe_or_a_link_to_a_device_among_the_users_exercises_is_named_and_the_rest_still_loads()
    {
        using var cli = new CliRun();
        cli.Home.Write("exercises/mine.yaml", new ExerciseYaml(Id: "mine").Text());
        cli.Home.Pipe("exercises/pipe.yaml");
        File.CreateSymbolicLink(Path.Combine(cli.Home.Path, "exercises", "zero.yaml"), "/dev/zero");

        RunPromptly(cli, "exercises --json").ShouldBe(0);

        cli.Json().EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldContain("mine");
        cli.Json().GetArrayLength().ShouldBe(13);
        var warnings = cli.Err.Trim().Split('\n');
        warnings.Length.ShouldBe(2);
        warnings.ShouldContain("warning: exercises/pipe.yaml:1: (file): the file is not a regular file (it is a pipe, a device or a socket), so it is not read (skipped)");
        warnings.ShouldContain("warning: exercises/zero.yaml:1: (file): the file is not a regular file (it is a pipe, a device or a socket), so it is not read (skipped)");
    }

    [Fact]
    public void A_picture_that_is_a_pipe_costs_only_the_picture()
    {
        using var cli = new CliRun();
        cli.Home.Write("exercises/mine.yaml", new ExerciseYaml(Id: "mine", Extra: "image: photo.png\n").Text());
        cli.Home.Pipe("exercises/photo.png");

        RunPromptly(cli, "show mine --json").ShouldBe(0);

        cli.Json().GetProperty("id").GetString().ShouldBe("mine");
        cli.Err.ShouldContain("'photo.png' is not a regular file (it is a pipe, a device or a socket), so it is not read — the exercise loads without its picture");
    }
}
