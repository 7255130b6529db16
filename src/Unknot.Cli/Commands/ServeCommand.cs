using System.CommandLine;
using Unknot.Web;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot serve</c>: the web app, on the same home folder and database as the CLI.</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create(CliHost host)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {DefaultUrl}, loopback only)" };
        var command = new Command("serve", "Serve the web app: library, planner, player, history") { urls };
        command.SetAction(async (parse, _) =>
        {
            var url = parse.GetValue(urls) ?? DefaultUrl;
            if (PersonalMode.CheckListenAddress(url) is { } refusal)
            {
                throw new CliError($"--urls: {refusal}");
            }
            var app = WebApp.Create(["--urls", url, $"--UNKNOT_HOME={host.Home}", "--Logging:LogLevel:Default=Warning"]);
            await using (app)
            {
                await app.StartAsync(host.Cancel);
                host.Out.WriteLine($"Unknot is at {url} — open it in your browser. Ctrl-C stops it.");
                try
                {
                    await Task.Delay(Timeout.Infinite, host.Cancel);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C: stop below.
                }
                await app.StopAsync(CancellationToken.None);
            }
            return 0;
        });
        return command;
    }
}
