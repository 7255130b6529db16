using System.Text.RegularExpressions;

namespace Unknot.Cli.Tests;

/// <summary>
/// Every command and option fed the values a slip of the keyboard or a hostile script would give: each run ends
/// with 0, 1 or 2, at most one line on stderr for a mistake, never a stack trace, and the data stays readable.
/// </summary>
public sealed partial class MalformedSweepTests
{
    private static readonly string[] Bad =
    [
        "", " ", "\ud800", "a\udfffb", "-1", "0", "99999999999999999999", "1e309", "NaN", "0001-01-01", "9999-12-31",
        "-0001-01-01", "../../etc/passwd", "\u001b[2J", "--", "-", "null", new string('z', 100_000), "2026-02-30", "25:61",
        "mon-xyz", "1m", "deadbeef",
    ];

    private static readonly string[][] Templates =
    [
        ["show", "{X}"], ["show", "{X}", "--json"], ["timeline", "{X}"], ["timeline", "desk-break", "--level", "{X}"],
        ["exercises", "--target", "{X}"], ["exercises", "--equipment", "{X}"], ["exercises", "--position", "{X}"], ["exercises", "--kind", "{X}"],
        ["plan", "--minutes", "{X}"], ["plan", "--minutes", "5", "--place", "{X}"], ["plan", "--minutes", "5", "--goal", "{X}"],
        ["plan", "--minutes", "5", "--equipment", "{X}"], ["plan", "--minutes", "5", "--save", "{X}"], ["plan", "--minutes", "5", "--exclude", "{X}"],
        ["start", "{X}"], ["start", "--plan", "{X}"], ["start", "desk-break", "--speed", "{X}"], ["start", "desk-break", "--pain-before", "{X}"],
        ["start", "lacrosse-release", "--speed", "1000", "--record", "--note", "{X}"], ["resume", "--speed", "1000", "--record", "--note", "{X}"],
        ["history", "--limit", "{X}"], ["history", "--since", "{X}"], ["history", "--until", "{X}"], ["history", "--before", "{X}"],
        ["history", "--days", "{X}"], ["history", "edit", "{X}", "--pain-after", "3"], ["history", "edit", "deadbeef", "--pain-after", "{X}"],
        ["history", "edit", "deadbeef", "--note", "{X}"], ["history", "delete", "{X}"], ["stats", "--days", "{X}"],
        ["settings", "{X}"], ["settings", "{X}", "x"], ["settings", "level", "{X}"], ["settings", "time-zone", "{X}"],
        ["settings", "beep-volume", "{X}"], ["settings", "voice", "{X}"], ["settings", "voice-name", "{X}"],
        ["schedule", "{X}", "--at", "09:00"], ["schedule", "desk-break", "--at", "{X}"], ["schedule", "desk-break", "--at", "09:00", "--days", "{X}"],
        ["import", "{X}"], ["{X}"],
    ];

    [GeneratedRegex(@"\bat Unknot\.|\bat System\.|Exception:|\.cs:line \d+|Unhandled")]
    private static partial Regex StackTrace();

    [Fact]
    public async Task Every_command_answers_bad_values_with_an_exit_code_and_one_line_never_a_stack_trace()
    {
        using var cli = new CliRun();
        cli.Finish(cli.Start("start lacrosse-release --plain --pain-before 4 --pain-after 2")).ShouldBe(0);
        var failures = new List<string>();

        foreach (var template in Templates)
        {
            foreach (var bad in Bad)
            {
                var args = template.Select(a => a == "{X}" ? bad : a).ToArray();
                var errorsBefore = cli.Err.Length;
                var run = UnknotCommand.RunAsync(args, cli.Host);
                // A value that happens to start a session would wait for the clock: move it along.
                for (var i = 0; i < 10_000 && !run.IsCompleted; i++)
                {
                    cli.Clock.AdvanceSeconds(5);
                    await Task.Yield();
                }
                var code = await run.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
                var error = cli.Err[errorsBefore..];
                var shown = string.Join(' ', args.Select(a => a.Length > 20 ? a[..20] + "…" : a));
                if (code is not (0 or 1 or 2 or 130))
                {
                    failures.Add($"exit {code}: {shown}");
                }
                if (StackTrace().IsMatch(error))
                {
                    failures.Add($"stack trace: {shown}: {error[..Math.Min(200, error.Length)]}");
                }
                if (code == 2 && error.Trim().Split('\n').Length != 1)
                {
                    failures.Add($"not one line: {shown}: {error[..Math.Min(200, error.Length)]}");
                }
            }
        }

        failures.ShouldBeEmpty();
        cli.Run("history --json").ShouldBe(0);
        cli.Run("stats --json").ShouldBe(0);
        // Whatever was let in can leave and come back: the export of it all imports whole.
        var export = Path.Combine(cli.Home.Path, "everything.json");
        cli.Run($"export {export}").ShouldBe(0);
        using (var other = new CliRun { Clock = new Testing.FakeTimeProvider(cli.Clock.GetUtcNow()) })
        {
            other.Run($"import {export}").ShouldBe(0, other.Err);
        }
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        (await check.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe("ok");
    }

    [Fact]
    public async Task Every_command_that_writes_a_file_refuses_what_is_not_a_regular_file_in_a_folder_that_exists()
    {
        using var cli = new CliRun();
        var pipe = cli.Home.Pipe("pipe.json");
        var device = Path.Combine(cli.Home.Path, "full.json");
        File.CreateSymbolicLink(device, "/dev/full");
        string[] targets = [pipe, device, cli.Home.Path, "/proc/x.json", Path.Combine(cli.Home.Path, "no", "such", "x.json")];
        var failures = new List<string>();

        foreach (var target in targets)
        {
            foreach (var args in new[] { new[] { "export", target, "--force" }, ["schedule", "desk-break", "--at", "09:00", "--ics", target, "--force"] })
            {
                var errorsBefore = cli.Err.Length;
                // Writing into a pipe would wait for a reader forever: a run still going after a while is a failure too.
                int code;
                try
                {
                    code = await Task.Run(() => UnknotCommand.RunAsync(args, cli.Host), TestContext.Current.CancellationToken)
                        .WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
                }
                catch (TimeoutException)
                {
                    code = -1;
                }
                var error = cli.Err[errorsBefore..];
                if (code is not (1 or 2) || error.Trim().Split('\n').Length != 1 || StackTrace().IsMatch(error) || error.Contains("-tmp", StringComparison.Ordinal))
                {
                    failures.Add($"exit {code}: {string.Join(' ', args)}: {error}");
                }
            }
        }

        failures.ShouldBeEmpty();
        Files.LocalFile.Kind(pipe).ShouldBe(Files.FileKind.Other);
        new FileInfo(device).LinkTarget.ShouldBe("/dev/full");
        Directory.Exists(Path.Combine(cli.Home.Path, "no")).ShouldBeFalse();
    }
}
