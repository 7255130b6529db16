using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// Starting the web app: every loopback address is served, one that cannot be is one line and an exit code, and any
/// other failure of the host is logged as the error it is.
/// </summary>
public sealed class StartupTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_port_another_program_holds_is_one_line_and_exit_1()
    {
        using var home = new TempHome();
        var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        try
        {
            var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

            var (code, output, error) = await WebProcess.RunToEndAsync(home.Path, url);

            code.ShouldBe(1);
            error.Trim().ShouldBe($"unknot: another program is already listening on {url}; stop it, or give Unknot another port with --urls");
            output.ShouldNotContain("Exception");
        }
        finally
        {
            holder.Stop();
        }
    }

    [Theory]
    [InlineData("127.0.0.2")]
    [InlineData("[::ffff:127.0.0.1]")]
    public async Task Every_loopback_address_is_listened_on_and_answered(string address)
    {
        using var home = new TempHome();
        var url = WebProcess.FreeAddress().Replace("127.0.0.1", address, StringComparison.Ordinal);
        await using var web = await WebProcess.StartAsync(home.Path, url);
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        using var page = await http.GetAsync("/", Cancel);
        using var api = await http.GetAsync("/api/routines", Cancel);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void A_service_that_fails_to_start_is_logged_as_an_error_with_its_reason()
    {
        var logged = new ConcurrentQueue<string>();
        using var app = new TestApp();
        using var broken = app.WithWebHostBuilder(web => web.ConfigureServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(new KeptLog(logged));
            services.AddHostedService<Broken>();
        }));

        Should.Throw<InvalidOperationException>(() => broken.CreateClient());

        logged.ShouldContain(line => line.StartsWith("Error: ", StringComparison.Ordinal) && line.EndsWith(Broken.Reason, StringComparison.Ordinal));
    }

    /// <summary>A service that cannot start, as one whose settings are wrong.</summary>
    private sealed class Broken : IHostedService
    {
        public const string Reason = "the reminder service has no clock to read";

        public Task StartAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(Reason);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
