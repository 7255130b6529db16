using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Unknot.Testing;
using Unknot.Web.Hosted;

namespace Unknot.Web.Tests;

/// <summary>The gate on an instance's database connections: as many requests inside as cannot wait on each other, the others in turn.</summary>
public sealed class PoolGateTests
{
    private static readonly HostedOptions Options = HostedOptions.From(new ConfigurationBuilder()
        .AddInMemoryCollection([KeyValuePair.Create("hosted", (string?)"true"), KeyValuePair.Create("connection", (string?)"Host=db;Database=unknot"),
            KeyValuePair.Create("pool-size", (string?)"5")]).Build())!;

    private static DefaultHttpContext Request() => new()
    {
        RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
        Response = { Body = new MemoryStream() },
    };

    [Fact]
    public void A_request_holds_at_most_two_connections_and_the_writer_one_so_a_pool_of_n_lets_in_n_minus_one_halved()
    {
        new[] { PoolGate.Inside(3), PoolGate.Inside(4), PoolGate.Inside(5), PoolGate.Inside(6), PoolGate.Inside(20) }.ShouldBe([1, 1, 2, 2, 9]);
        // Two connections cannot serve even one request beside the writer: it is no pool the gate works with.
        Should.Throw<ArgumentOutOfRangeException>(() => PoolGate.Inside(2)).ParamName.ShouldBe("poolSize");
    }

    [Fact]
    public async Task A_request_past_the_gate_waits_its_turn_and_after_the_wait_answers_503_with_retry_after()
    {
        var clock = new FakeTimeProvider();
        var gate = new PoolGate(Options, clock);
        var release = new TaskCompletionSource();
        var inside = Enumerable.Range(0, PoolGate.Inside(Options.PoolSize)).Select(_ => gate.PassAsync(Request(), _ => release.Task)).ToArray();
        var ran = false;
        var queued = Request();
        var waiting = gate.PassAsync(queued, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });
        var late = Request();
        var refused = gate.PassAsync(late, _ => Task.CompletedTask);

        waiting.IsCompleted.ShouldBeFalse("the pool's connections are all taken");
        clock.Advance(PoolGate.Wait - TimeSpan.FromSeconds(1));
        release.SetResult();
        await Task.WhenAll(inside);
        await waiting;
        ran.ShouldBeTrue("its turn came before the wait was over");
        await refused;
        late.Response.StatusCode.ShouldBe(200, "the second in line got its turn as soon as the first was done");

        var stuck = new TaskCompletionSource();
        var busy = Enumerable.Range(0, PoolGate.Inside(Options.PoolSize)).Select(_ => gate.PassAsync(Request(), _ => stuck.Task)).ToArray();
        var tooLate = Request();
        var answer = gate.PassAsync(tooLate, _ => Task.CompletedTask);
        clock.Advance(PoolGate.Wait);
        await answer;

        tooLate.Response.StatusCode.ShouldBe((int)HttpStatusCode.ServiceUnavailable);
        tooLate.Response.Headers.RetryAfter.ToString().ShouldBe("5");
        stuck.SetResult();
        await Task.WhenAll(busy);
    }
}
