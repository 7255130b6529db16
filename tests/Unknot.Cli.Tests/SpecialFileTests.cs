using Unknot.Files;
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

    [Fact]
    public void Export_replaces_nothing_but_a_regular_file()
    {
        using var cli = new CliRun();
        var pipe = cli.Home.Pipe("out/pipe.json");
        var device = Path.Combine(cli.Home.Path, "out", "full.json");
        File.CreateSymbolicLink(device, "/dev/full");

        foreach (var target in new[] { pipe, device })
        {
            var before = cli.Err.Length;
            RunPromptly(cli, $"export {target} --force").ShouldBe(2);
            cli.Err[before..].Trim().ShouldBe($"FILE: {target} is not a regular file (it is a pipe, a device or a socket); give the name of a file to write");
        }
        RunPromptly(cli, $"schedule desk-break --at 09:00 --ics {pipe} --force").ShouldBe(2);

        LocalFile.Kind(pipe).ShouldBe(FileKind.Other);
        new FileInfo(device).LinkTarget.ShouldBe("/dev/full");
    }

    [Fact]
    public void Export_into_a_folder_that_does_not_exist_names_it_and_creates_nothing()
    {
        using var cli = new CliRun();
        var missing = Path.Combine(cli.Home.Path, "no", "such");

        cli.Run($"export {Path.Combine(missing, "x.json")}").ShouldBe(2);

        cli.Err.Trim().ShouldBe($"FILE: the folder {missing} does not exist; create it first (mkdir -p {missing}) or give a file in a folder that exists");
        Directory.Exists(Path.Combine(cli.Home.Path, "no")).ShouldBeFalse();
    }

    [Fact]
    public void Export_into_a_folder_that_takes_no_file_says_so_without_a_temporary_name()
    {
        using var cli = new CliRun();

        cli.Run("export /proc/x.json").ShouldBe(1);

        cli.Err.Trim().ShouldStartWith("unknot: /proc cannot be written (");
        cli.Err.Trim().ShouldEndWith("); give a file in a folder you can write");
        cli.Err.ShouldNotContain("-tmp");
    }

    [Fact]
    public void A_calendar_is_written_as_an_export_is_whole_or_not_at_all_with_the_same_line()
    {
        using var cli = new CliRun();
        var calendar = Path.Combine(cli.Home.Path, "desk.ics");
        File.WriteAllText(calendar, "the calendar written before");

        // Before: a plain write, whose failure was .NET's own sentence and which truncated the file in place.
        cli.Run("schedule desk-break --at 09:00 --ics /proc/x.ics").ShouldBe(1);
        cli.Err.Trim().ShouldStartWith("unknot: /proc cannot be written (");
        cli.Err.Trim().ShouldEndWith("); give a file in a folder you can write");

        cli.Run($"schedule desk-break --at 09:00 --ics {calendar} --force").ShouldBe(0);
        File.ReadAllText(calendar).ShouldStartWith("BEGIN:VCALENDAR");
        Directory.GetFiles(cli.Home.Path).ShouldNotContain(f => f.EndsWith("-tmp", StringComparison.Ordinal));
    }
}
