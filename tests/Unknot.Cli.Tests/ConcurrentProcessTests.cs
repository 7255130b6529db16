using System.Text.Json;
using Unknot.Testing;
using static Unknot.Cli.Tests.UnknotProcess;

namespace Unknot.Cli.Tests;

/// <summary>Several <c>unknot</c> programs on one home at once: all succeed and nothing is lost.</summary>
public sealed class ConcurrentProcessTests
{
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
}
