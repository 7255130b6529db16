using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Unknot.Testing;
using static Unknot.Cli.Tests.UnknotProcess;

namespace Unknot.Cli.Tests;

/// <summary>The real <c>unknot</c> program killed, sent a signal, or serving until a SIGTERM: what it keeps, and how it stops.</summary>
public sealed class ProcessSignalTests
{
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
}
