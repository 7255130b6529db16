using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary><c>unknot export</c> and <c>unknot import</c>: a round trip, what is counted, and what is refused.</summary>
public sealed class ExportImportCommandTests
{
    [Fact]
    public void Export_and_import_commands_round_trip_and_name_a_bad_file()
    {
        using var cli = new CliRun();
        cli.Play("start desk-break --plain --pain-before 4 --pain-after 2");
        cli.Run("settings level gentle").ShouldBe(0);
        var file = Path.Combine(cli.Home.Path, "backup.json");

        cli.Run($"export {file}").ShouldBe(0);
        cli.Run($"export {file}").ShouldBe(2);
        cli.Err.Trim().ShouldBe($"FILE: {file} exists; add --force to replace it");
        cli.Run($"export {Path.GetDirectoryName(file)}").ShouldBe(2);
        cli.Err.Trim().ShouldEndWith($"is a folder; give a file name, such as {Path.Combine(Path.GetDirectoryName(file)!, "unknot-export.json")}");
        cli.Run($"export {file} --force").ShouldBe(0);
        cli.OutLines()[^1].ShouldBe($"Exported 1 session, 0 routines, 0 exercises, 1 setting and 0 programmes to {file}.");

        using var other = new CliRun();
        other.Run($"import {file}").ShouldBe(0);
        other.Run($"import {file}").ShouldBe(0);
        other.OutLines().ShouldBe([
            "Imported 1 new session (0 already there), 0 new programmes (0 already there) and 0 files.",
            "Imported 0 new sessions (1 already there), 0 new programmes (0 already there) and 0 files.",
        ]);
        other.Run("settings level").ShouldBe(0);
        other.OutLines()[^1].ShouldBe("gentle");

        File.WriteAllText(file, File.ReadAllText(file).Replace("\"painBefore\": 4", "\"painBefore\": 40"));
        using var third = new CliRun();
        third.Run($"import {file}").ShouldBe(2);
        third.Err.Trim().ShouldBe($"{file}: sessions[0].painBefore: must be a whole number from 0 to 10, got 40 — nothing was imported");
    }

    [Fact]
    public void An_export_counts_a_routine_saved_from_the_planner_and_the_import_brings_it_back()
    {
        using var cli = new CliRun();
        cli.Run("plan --minutes 5 --place desk --save my-desk").ShouldBe(0);
        var file = Path.Combine(cli.Home.Path, "backup.json");

        cli.Run($"export {file}").ShouldBe(0);

        // Before: "0 routines", though the file held the saved one.
        cli.OutLines()[^1].ShouldBe($"Exported 0 sessions, 1 routine, 0 exercises, 0 settings and 0 programmes to {file}.");
        using var other = new CliRun();
        other.Run($"import {file}").ShouldBe(0);
        other.Run("routines --json").ShouldBe(0);
        other.Json().EnumerateArray().ShouldContain(r => r.GetProperty("id").GetString() == "my-desk");
    }

    [Fact]
    public void Import_refuses_to_replace_a_built_in_exercise_without_allow_override_and_the_list_shows_it_after()
    {
        using var source = new CliRun();
        source.Home.Write("exercises/cat-cow.yaml", new ExerciseYaml(Id: "cat-cow").Text());
        var file = Path.Combine(source.Home.Path, "backup.json");
        source.Run($"export {file}").ShouldBe(0);

        using var cli = new CliRun { Columns = 250 };
        cli.Run($"import {file}").ShouldBe(2);
        cli.Err.Trim().ShouldBe($"{file}: exercises[0].yaml: would replace the built-in exercise 'cat-cow' — nothing was imported; --allow-override lets it replace the built-in ones");
        File.Exists(Path.Combine(cli.Home.Path, "exercises", "cat-cow.yaml")).ShouldBeFalse();

        cli.Run($"import {file} --allow-override").ShouldBe(0);
        cli.Run("exercises --json").ShouldBe(0);
        cli.Json().EnumerateArray().Single(e => e.GetProperty("id").GetString() == "cat-cow").GetProperty("replacesBuiltIn").GetBoolean().ShouldBeTrue();
        cli.Run("exercises").ShouldBe(0);
        cli.OutLines().ShouldContain(line => line.Contains("cat-cow", StringComparison.Ordinal) && line.Contains("(yours,", StringComparison.Ordinal));
    }
}
