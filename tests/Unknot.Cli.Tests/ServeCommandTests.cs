using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Unknot.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_runs_the_web_app_on_the_same_home_until_ctrl_c()
    {
        using var cli = new CliRun();
        cli.Home.Write("routines/lunch.yaml", "id: lunch\nname: Lunch\nitems:\n  - exercise: chest-stretch\n");
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var run = Task.Run(() => UnknotCommand.RunAsync(["serve", "--urls", $"http://127.0.0.1:{port}"], cli.Host), TestContext.Current.CancellationToken);
        var watch = Stopwatch.StartNew();
        while (!cli.Out.Contains("Unknot is at") && !run.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Yield();
        }
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var routines = JsonDocument.Parse(await http.GetStringAsync("/api/routines", TestContext.Current.CancellationToken)).RootElement;
        var page = await http.GetAsync("/library", TestContext.Current.CancellationToken);
        cli.Cancel.Cancel();

        (await run).ShouldBe(0);
        routines.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("lunch");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void A_port_another_program_holds_is_one_line_and_exit_1()
    {
        using var cli = new CliRun();
        var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        try
        {
            var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

            cli.Run($"serve --urls {url}").ShouldBe(1);

            cli.Err.Trim().ShouldBe($"unknot: another program is already listening on {url}; stop it, or give Unknot another port with --urls");
            cli.Out.ShouldBeEmpty();
        }
        finally
        {
            holder.Stop();
        }
    }

    [Fact]
    public void A_bad_address_is_refused()
    {
        using var cli = new CliRun();

        cli.Run("serve --urls ftp://somewhere").ShouldBe(2);

        cli.Err.Trim().ShouldBe("--urls: 'ftp://somewhere' is not an address such as http://127.0.0.1:5080");
    }

    [Fact]
    public void Every_interface_is_refused_with_what_would_do()
    {
        using var cli = new CliRun();

        cli.Run("serve --urls http://0.0.0.0:5099").ShouldBe(2);

        cli.Err.Trim().ShouldStartWith("--urls: personal mode serves this computer only and will not listen on http://0.0.0.0:5099: use a loopback address");
    }
}
