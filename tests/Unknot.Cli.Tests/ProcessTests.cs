using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
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
    public void A_killed_session_is_resumed_where_it_stopped_and_then_counts_as_completed()
    {
        using var home = new TempHome();
        using var doomed = Launch(home, "start", "desk-break", "--plain", "--speed", "20", "--record", "--pain-before", "5");

        // Wait for the sixth segment to begin (an event in the output, not an amount of time), then kill -9.
        var seen = 0;
        while (seen < 6 && doomed.StandardOutput.ReadLine() is { } line)
        {
            seen += Regex.IsMatch(line, @"^\d+:\d\d/") ? 1 : 0;
        }
        seen.ShouldBe(6);
        doomed.Kill(entireProcessTree: true);
        doomed.WaitForExit(TimeSpan.FromSeconds(30)).ShouldBeTrue();

        var (listed, history, _) = Run(home, "history", "--json");
        listed.ShouldBe(0);
        var unfinished = JsonDocument.Parse(history).RootElement.EnumerateArray().ShouldHaveSingleItem();
        unfinished.GetProperty("completed").GetBoolean().ShouldBeFalse();
        unfinished.GetProperty("painBefore").GetInt32().ShouldBe(5);

        var (resumed, output, error) = Run(home, "resume", "--plain", "--speed", "1000", "--record", "--pain-after", "2");
        resumed.ShouldBe(0, error);
        var first = Regex.Match(output, @"Resuming Desk break at segment (\d+) of (\d+)\.");
        first.Success.ShouldBeTrue(output);
        int.Parse(first.Groups[1].Value).ShouldBeGreaterThanOrEqualTo(6);
        output.ShouldContain("Finished Desk break");

        var (_, after, _) = Run(home, "history", "--json");
        var session = JsonDocument.Parse(after).RootElement.EnumerateArray().ShouldHaveSingleItem();
        session.GetProperty("id").GetString().ShouldBe(unfinished.GetProperty("id").GetString());
        session.GetProperty("completed").GetBoolean().ShouldBeTrue();
        session.GetProperty("painAfter").GetInt32().ShouldBe(2);
        session.GetProperty("skipped").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("HUP")]
    [InlineData("INT")]
    public void A_signal_stops_the_session_at_once_saves_it_resumable_and_exits_130(string signal)
    {
        using var home = new TempHome();
        using var session = Launch(home, "start", "desk-break", "--plain", "--pain-before", "5");
        session.StandardOutput.ReadLine().ShouldNotBeNull().ShouldStartWith("0:00/");

        using (var kill = Process.Start("kill", ["-" + signal, session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        session.WaitForExit(TimeSpan.FromSeconds(30)).ShouldBeTrue("the session did not stop");
        session.ExitCode.ShouldBe(130);
        session.StandardOutput.ReadToEnd().ShouldContain("'unknot resume' continues from here");
        var (_, history, _) = Run(home, "history", "--json");
        var stored = JsonDocument.Parse(history).RootElement.EnumerateArray().ShouldHaveSingleItem();
        stored.GetProperty("resumable").GetBoolean().ShouldBeTrue();
        stored.GetProperty("painBefore").GetInt32().ShouldBe(5);
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

    [Fact]
    public async Task Six_processes_opening_a_fresh_home_at_once_all_succeed()
    {
        for (var round = 0; round < 3; round++)
        {
            using var home = new TempHome();

            var runs = Enumerable.Range(0, 6).Select(i => Task.Run(() => Run(home, "settings", "beep-volume", (40 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                TestContext.Current.CancellationToken)).ToArray();
            var results = await Task.WhenAll(runs);

            results.ShouldAllBe(r => r.Code == 0, string.Join("\n", results.Select(r => r.Error)));
            Run(home, "history", "--json").Code.ShouldBe(0);
        }
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

    [Fact]
    public async Task Serve_runs_the_web_app_on_the_same_home_and_a_sigterm_stops_both()
    {
        using var home = new TempHome();
        Run(home, "settings", "level", "gentle").Code.ShouldBe(0);
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var serve = Launch(home, "serve", "--urls", $"http://127.0.0.1:{port}");

        // Ready when it says where it is: an event in its output, not an amount of time.
        (await serve.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken)).ShouldBe(
            $"Unknot is at http://127.0.0.1:{port} — open it in your browser. Ctrl-C stops it.");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var settings = await http.GetStringAsync("/api/settings", TestContext.Current.CancellationToken);
        using (var kill = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        await serve.WaitForExitAsync(TestContext.Current.CancellationToken);

        settings.ShouldContain("\"gentle\"");
        serve.ExitCode.ShouldBe(0);
        await Should.ThrowAsync<HttpRequestException>(() => http.GetStringAsync("/", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Two_processes_logging_sessions_at_once_lose_nothing()
    {
        using var home = new TempHome();
        Run(home, "settings").Code.ShouldBe(0);

        var writers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 3; i++)
            {
                var (code, _, error) = Run(home, "start", "lacrosse-release", "--plain", "--speed", "1000", "--record");
                code.ShouldBe(0, error);
            }
        }, TestContext.Current.CancellationToken)).ToArray();
        await Task.WhenAll(writers);

        var (_, history, _) = Run(home, "history", "--json");
        var sessions = JsonDocument.Parse(history).RootElement.EnumerateArray().ToArray();
        sessions.Length.ShouldBe(6);
        sessions.ShouldAllBe(s => s.GetProperty("completed").GetBoolean() && s.GetProperty("done").GetInt32() == 8);
    }

    private static Process Launch(TempHome home, params string[] args) => LaunchAt(home, null, args);

    private static Process LaunchAt(TempHome home, string? columns, params string[] args)
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
        start.Environment.Remove("COLUMNS");
        if (columns is not null)
        {
            start.Environment["COLUMNS"] = columns;
        }
        return Process.Start(start)!;
    }

    private static (int Code, string Output, string Error) Run(TempHome home, params string[] args) => RunAt(home, null, args);

    private static (int Code, string Output, string Error) RunAt(TempHome home, string? columns, params string[] args)
    {
        using var process = LaunchAt(home, columns, args);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit(TimeSpan.FromSeconds(60)).ShouldBeTrue("the program did not end");
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
