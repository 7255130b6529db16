using System.Diagnostics;
using System.Text.Json;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>The real <c>unknot</c> program, started as a process with its output piped.</summary>
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

    [Fact]
    public void A_mistake_is_one_line_on_stderr_and_exit_code_2()
    {
        using var home = new TempHome();

        var (code, output, error) = Run(home, "show", "latteral-neck");

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe("unknown exercise 'latteral-neck' — did you mean 'lateral-neck-stretch'?");
    }

    private static (int Code, string Output, string Error) Run(TempHome home, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "unknot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["UNKNOT_HOME"] = home.Path;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit(TimeSpan.FromSeconds(60)).ShouldBeTrue("the program did not end");
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
