using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Unknot.Testing;
using static Unknot.Cli.Tests.UnknotProcess;

namespace Unknot.Cli.Tests;

/// <summary>The real <c>unknot</c> program, started as a process with its output piped or in a pseudo-terminal: what it writes.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void The_program_lists_the_catalog_as_json_through_a_pipe()
    {
        using var home = new TempHome();

        var (code, output, error) = Run(home, "exercises", "--json");

        code.ShouldBe(0);
        error.ShouldBeEmpty();
        JsonDocument.Parse(output).RootElement.GetArrayLength().ShouldBe(12);
    }

    [Fact]
    public void Piped_tables_carry_no_colour_codes()
    {
        using var home = new TempHome();

        var (code, output, _) = Run(home, "routines");

        code.ShouldBe(0);
        output.ShouldContain("desk-break");
        output.ShouldNotContain("\u001b[");
    }

    [Theory]
    [InlineData(null, 80)]
    [InlineData("100", 100)]
    [InlineData("wide", 80)]
    public void Piped_tables_keep_to_COLUMNS_or_80_and_split_no_word(string? columns, int width)
    {
        using var home = new TempHome();

        // Before: 150 columns and more through a pipe, whatever COLUMNS said.
        var (code, output, _) = RunAt(home, columns, "exercises");

        code.ShouldBe(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Where(l => l.StartsWith('│') || l.StartsWith('╭')).ShouldAllBe(l => l.Length <= width);
        lines.Where(l => l.StartsWith('│')).Max(l => l.Length).ShouldBeGreaterThan(width - 10);
        // Words stay whole: the longest targets and ids are there in one piece.
        output.ShouldContain("levator-scapulae");
        output.ShouldContain("lateral-rotation-neck-stretch");
    }

    [Fact]
    public void A_piped_timeline_starts_with_its_header_and_no_line_ends_in_spaces()
    {
        using var home = new TempHome();

        // Before: the first line was 160 spaces, and every line was padded to 160.
        var (code, output, _) = RunAt(home, null, "timeline", "desk-break");

        code.ShouldBe(0);
        var lines = output.Split('\n');
        lines[0].Trim().ShouldStartWith("#");
        lines[0].ShouldContain("Cue");
        lines.ShouldAllBe(l => l.Length == l.TrimEnd().Length);
    }

    [Fact]
    public void A_mistake_is_one_line_on_stderr_and_exit_code_2()
    {
        using var home = new TempHome();

        var (code, output, error) = Run(home, "show", "latteral-neck");

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe("unknown exercise 'latteral-neck' — did you mean 'lateral-neck-stretch'?");
    }

    [Fact]
    public void Yaml_nested_a_hundred_thousand_deep_in_the_exercises_folder_is_a_warning_not_a_crash()
    {
        using var home = new TempHome();
        // Block nesting overflowed the parser's stack: "Stack overflow." and exit 134, for every command.
        home.Write("exercises/deep.yaml", "id: deep\ntags:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "v\n");

        var (code, output, error) = Run(home, "exercises");

        code.ShouldBe(0, error);
        error.Trim().ShouldBe("warning: exercises/deep.yaml:3: (yaml): lists and mappings nest deeper than 64 levels (skipped)");
        output.ShouldContain("chest-stretch");
    }

    [Fact]
    public void Plain_lines_of_a_fast_preview_come_out_in_the_order_of_the_timeline()
    {
        using var home = new TempHome();

        var (code, output, error) = Run(home, "start", "full-upper-back", "--plain", "--speed", "1000");

        code.ShouldBe(0, error);
        var starts = Regex.Matches(output, @"^(\d+):(\d\d)/", RegexOptions.Multiline)
            .Select(m => int.Parse(m.Groups[1].Value) * 60 + int.Parse(m.Groups[2].Value)).ToArray();
        starts.Length.ShouldBeGreaterThan(20);
        starts.ShouldBe(starts.Order().ToArray());
    }

    [Theory]
    [InlineData("NO_COLOR=1", true)]
    [InlineData("TERM=dumb", false)]
    public async Task In_a_real_terminal_no_color_keeps_the_live_view_without_colour_and_a_dumb_one_gets_plain_lines(string environment, bool live)
    {
        using var home = new TempHome();
        var dll = Path.Combine(AppContext.BaseDirectory, "unknot.dll");
        // util-linux's script gives the program a pseudo-terminal, as a person's terminal would.
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-qec", $"env {environment} dotnet {dll} start lacrosse-release --speed 1000 --record --pain-before 3 --pain-after 2 --no-voice", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["UNKNOT_HOME"] = home.Path;
        using var terminal = Process.Start(start)!;
        var text = await terminal.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await terminal.WaitForExitAsync(TestContext.Current.CancellationToken);

        terminal.ExitCode.ShouldBe(0);
        text.ShouldContain("Finished Lacrosse ball release");
        text.Contains("\u001b[?1049h", StringComparison.Ordinal).ShouldBe(live);
        Regex.IsMatch(text, "\u001b\\[(3[0-7]|38;|9[0-7])").ShouldBeFalse("no colour codes");
        JsonDocument.Parse(Run(home, "history", "--json").Output).RootElement.EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("completed").GetBoolean().ShouldBeTrue();
    }
}
