using System.CommandLine;
using Unknot.App.Fields;
using Unknot.App.Sync;
using Unknot.Cli.Player;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot login URL</c>, <c>unknot logout</c> and <c>unknot sync</c>: this home's sessions and a hosted server's.</summary>
internal static class ServerCommands
{
    public static Command CreateLogin(CliHost host)
    {
        var url = new Argument<string>("url") { Description = "The hosted Unknot, such as https://unknot.example.org" };
        var email = new Option<string?>("--email") { Description = "The account's email address (asked for when not given)" };
        var token = new Option<string?>("--token") { Description = "An access token made on the server's Tokens page, instead of the password" };
        var command = new Command("login", "Sign in to a hosted Unknot and keep an access token for 'unknot sync' (the password is not kept)") { url, email, token };
        command.SetAction(async (parse, cancel) =>
        {
            var server = ServerLink.Address(parse.GetValue(url)).TryGetValue(out var reached, out var wrong) ? reached : throw CliError.Field(wrong);
            using var http = host.Http();
            var client = new ServerClient(http);
            ServerLink link;
            if (parse.GetValue(token) is { } given)
            {
                link = await Run(() => client.UseTokenAsync(server, given, cancel));
            }
            else
            {
                var address = parse.GetValue(email) ?? Ask(host, "Email: ", host.ReadLine);
                if (string.IsNullOrWhiteSpace(address))
                {
                    throw new CliError("EMAIL: give the account's email address with --email, or type it when asked");
                }
                var password = Ask(host, "Password: ", host.ReadSecret ?? host.ReadLine);
                if (string.IsNullOrEmpty(password))
                {
                    throw new CliError("PASSWORD: type the account's password when asked (on standard input when it is not a terminal)");
                }
                var name = $"unknot on {host.MachineName}";
                link = await Run(() => client.LoginAsync(server, address.Trim(), password, name.Length > 60 ? name[..60] : name, cancel));
            }
            if (ServerLink.Read(host.Home) is { } old && old.Token != link.Token)
            {
                await client.RevokeAsync(old, cancel);
            }
            ServerLink.Write(host.Home, link);
            var kept = link.TokenId is null ? "The token you gave is" : $"The token '{link.TokenName}' is";
            host.Out.WriteLine($"Signed in to {link.Url}. {kept} kept in {Path.Combine(host.Home, ServerLink.File)}; 'unknot sync' sends and brings back sessions.");
            return 0;
        });
        return command;
    }

    public static Command CreateLogout(CliHost host)
    {
        var command = new Command("logout", "Revoke the access token 'unknot login' made and forget the server");
        command.SetAction(async (parse, cancel) =>
        {
            var link = ServerLink.Read(host.Home) ?? throw new CliError(NotSignedIn);
            using var http = host.Http();
            await new ServerClient(http).RevokeAsync(link, cancel);
            ServerLink.Remove(host.Home);
            host.Out.WriteLine(link.TokenId is null
                ? $"Forgot {link.Url}. The token was pasted in, so revoke it on {link.Url}/account/tokens."
                : $"Signed out of {link.Url}: its token is revoked and forgotten.");
            return 0;
        });
        return command;
    }

    public static Command CreateSync(CliHost host)
    {
        var command = new Command("sync", "Send this computer's sessions to the server 'unknot login' named and bring its sessions back; nothing is added twice");
        command.SetAction(async (parse, cancel) =>
        {
            var link = ServerLink.Read(host.Home) ?? throw new CliError(NotSignedIn);
            using var user = host.OpenUser();
            using var http = host.Http();
            var result = await Run(() => new ServerClient(http).SyncAsync(link, user.Store, host.Home, host.Time.GetUtcNow(), cancel));
            host.Out.WriteLine(result.Summary(link.Url));
            return 0;
        });
        return command;
    }

    private const string NotSignedIn = "not signed in to a server; run 'unknot login https://your-server' first";

    /// <summary>Reads an answer, asking for it at a terminal (on standard error, so standard output stays the result); a pipe gives its lines unasked.</summary>
    private static string? Ask(CliHost host, string prompt, Func<string?> read)
    {
        if (host.IsTerminal)
        {
            host.Error.Write(prompt);
        }
        return PainPrompt.ReadOrStop(host, read);
    }

    /// <summary>Runs a conversation with the server; its refusal or absence is one line and exit code 1.</summary>
    private static async Task<T> Run<T>(Func<Task<T>> talk)
    {
        try
        {
            return await talk();
        }
        catch (ServerException e) when (e.BadInput)
        {
            throw new CliError(e.Message);
        }
        catch (ServerException e)
        {
            throw new CliServerError(e.Message);
        }
    }
}
