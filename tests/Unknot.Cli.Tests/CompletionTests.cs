using System.Diagnostics;

namespace Unknot.Cli.Tests;

/// <summary>
/// <c>unknot completions SHELL</c> prints a script for the shell, and the script's callback, <c>unknot complete --
/// WORDS</c>, offers what may follow the words typed: commands, options, routine and exercise ids, option values.
/// </summary>
public sealed class CompletionTests
{
    private static readonly string[] Targets = ["neck", "upper-back", "upper-trapezius", "levator-scapulae", "mid-back", "thoracic-spine", "chest", "shoulders", "lats"];

    private static readonly string[] BuiltInRoutines = ["desk-break", "warm-up", "cool-down", "full-upper-back", "lacrosse-release"];

    [Theory]
    [InlineData("bash", "complete -o default -F _unknot unknot")]
    [InlineData("zsh", "#compdef unknot")]
    [InlineData("fish", "complete -c unknot ")]
    public void Completions_prints_a_script_that_registers_with_the_shell_and_asks_unknot(string shell, string registers)
    {
        using var cli = new CliRun();

        cli.Run($"completions {shell}").ShouldBe(0);

        cli.Out.ShouldContain(registers);
        cli.Out.ShouldContain("unknot complete -- ");
        cli.Err.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("bsh", "SHELL: must be one of bash, zsh, fish, got 'bsh' — did you mean 'bash'?")]
    [InlineData("powershell", "SHELL: must be one of bash, zsh, fish, got 'powershell'")]
    public void An_unknown_shell_is_one_line_naming_the_three(string shell, string said)
    {
        using var cli = new CliRun();

        cli.Run($"completions {shell}").ShouldBe(2);

        cli.Err.Trim().ShouldBe(said);
        cli.Out.ShouldBeEmpty();
    }

    /// <summary>The candidates printed for <paramref name="words"/>, one a line.</summary>
    private static string[] Complete(CliRun cli, params string[] words)
    {
        var before = cli.Out.Length;
        cli.RunArgs(["complete", "--", .. words]).ShouldBe(0, cli.Err);
        return cli.Out[before..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void A_command_begun_completes_to_the_commands_it_begins()
    {
        using var cli = new CliRun();

        Complete(cli, "ex").ShouldBe(["exercises", "export"], ignoreOrder: true);
        Complete(cli, "").ShouldContain("completions");
        Complete(cli, "").ShouldNotContain("complete");
        Complete(cli, "history", "").ShouldBe(["delete", "edit"], ignoreOrder: true);
    }

    [Fact]
    public void Start_completes_to_every_routine_the_built_ins_and_the_saved_ones()
    {
        using var cli = new CliRun();
        cli.Run("plan --minutes 5 --place desk --save my-desk").ShouldBe(0);

        var offered = Complete(cli, "start", "");

        offered.ShouldBe([.. BuiltInRoutines, "my-desk"], ignoreOrder: true);
        Complete(cli, "start", "d").ShouldBe(["desk-break"]);
        Complete(cli, "timeline", "--level", "gentle", "w").ShouldBe(["warm-up"]);
    }

    [Fact]
    public void Exercises_target_completes_to_the_targets_each_of_which_the_command_takes()
    {
        using var cli = new CliRun();

        var offered = Complete(cli, "exercises", "--target", "");

        offered.ShouldBe(Targets, ignoreOrder: true);
        foreach (var target in offered)
        {
            cli.RunArgs("exercises", "--target", target).ShouldBe(0, $"{target}: {cli.Err}");
        }
    }

    [Theory]
    [InlineData(new[] { "plan", "--place", "" }, new[] { "desk", "home", "gym", "outdoors" })]
    [InlineData(new[] { "plan", "-p", "g" }, new[] { "gym" })]
    [InlineData(new[] { "plan", "--place=d" }, new[] { "--place=desk" })]
    [InlineData(new[] { "plan", "--minutes", "5", "--pl" }, new[] { "--place" })]
    [InlineData(new[] { "plan", "--focus", "neck,u" }, new[] { "neck,upper-back", "neck,upper-trapezius" })]
    [InlineData(new[] { "plan", "--level", "" }, new[] { "gentle", "standard", "deep" })]
    [InlineData(new[] { "plan", "--avoid", "floor,k" }, new[] { "floor,kneeling" })]
    [InlineData(new[] { "plan", "--avoid", "w" }, new[] { "wall" })]
    [InlineData(new[] { "show", "lateral-n" }, new[] { "lateral-neck-stretch" })]
    [InlineData(new[] { "settings", "level", "" }, new[] { "gentle", "standard", "deep" })]
    [InlineData(new[] { "settings", "voice", "" }, new[] { "on", "off" })]
    [InlineData(new[] { "completions", "" }, new[] { "bash", "zsh", "fish" })]
    [InlineData(new[] { "import", "" }, new string[0])]
    [InlineData(new[] { "plan", "--minutes", "" }, new string[0])]
    public void Options_and_arguments_complete_to_the_values_they_take(string[] words, string[] offered)
    {
        using var cli = new CliRun();

        Complete(cli, words).ShouldBe(offered, ignoreOrder: true);
    }

    [Fact]
    public void An_option_given_once_is_not_offered_again()
    {
        using var cli = new CliRun();

        var offered = Complete(cli, "plan", "--minutes", "5", "--place", "desk", "--");

        offered.ShouldContain("--focus");
        offered.ShouldNotContain("--minutes");
        offered.ShouldNotContain("--place");
    }

    [Fact]
    public async Task The_bash_script_sourced_in_bash_fills_compreply_from_the_words_typed()
    {
        using var cli = new CliRun();
        // The program the script calls is the one built beside the tests, on the PATH, over the test's home.
        const string Script = """
            source <(unknot completions bash)
            complete -p unknot
            for line in 'unknot ex' 'unknot start |' 'unknot plan --place |' 'unknot plan --focus neck,up' 'unknot exercises --target |'; do
                read -ra COMP_WORDS <<< "${line%|}"
                [[ $line == *'|' ]] && COMP_WORDS+=('')
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                _unknot
                echo "$line => $(printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | paste -sd ' ')"
            done
            """;
        var start = new ProcessStartInfo("bash", ["-c", Script]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["PATH"] = $"{AppContext.BaseDirectory}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["UNKNOT_HOME"] = cli.Home.Path;
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = bash.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await bash.WaitForExitAsync(TestContext.Current.CancellationToken);
        var said = await error;

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        bash.ExitCode.ShouldBe(0, said);
        lines.ShouldBe(
        [
            "complete -o default -F _unknot unknot",
            "unknot ex => exercises export",
            $"unknot start | => {Sorted(BuiltInRoutines)}",
            $"unknot plan --place | => {Sorted(["desk", "home", "gym", "outdoors"])}",
            "unknot plan --focus neck,up => neck,upper-back neck,upper-trapezius",
            $"unknot exercises --target | => {Sorted(Targets)}",
        ], said);
    }

    private static string Sorted(string[] words) => string.Join(' ', words.Order(StringComparer.Ordinal));
}
