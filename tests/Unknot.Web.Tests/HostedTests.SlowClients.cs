using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Unknot.Web.Tests;

/// <summary>Clients that send their requests slowly keep nobody else waiting for the database.</summary>
public sealed partial class HostedTests
{
    [Fact]
    public async Task Clients_that_send_their_bodies_slowly_keep_no_other_clients_request_waiting()
    {
        var url = new Uri(await hosted.SmallPool());
        using var quick = Unknot.Testing.HostedServers.Client(url.ToString());
        (await quick.GetAsync("/readyz", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, "the instance answers before the slow clients come");
        var slow = new List<(TcpClient Client, NetworkStream Stream, byte[] Remainder)>();
        try
        {
            // More of them than the pool lets use the database at once, each registering (anyone may), sending its
            // headers, waiting to be asked for the body, and then sending only the start of it.
            for (var i = 0; i < Hosted.PoolGate.Inside(Hosted.PoolGate.SmallestPool) + 2; i++)
            {
                var body = Encoding.ASCII.GetBytes($"{{\"email\": \"{NewEmail()}\", \"password\": \"{Password}\"}}".PadRight(120));
                var client = new TcpClient();
                await client.ConnectAsync(url.Host, url.Port, Cancel);
                var stream = client.GetStream();
                slow.Add((client, stream, body[16..]));
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /api/account/register HTTP/1.1\r\nHost: {url.Authority}\r\n" +
                    $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\nExpect: 100-continue\r\n\r\n"), Cancel);
                (await Line(stream)).ShouldBe("HTTP/1.1 100 Continue", "the server reads this request's body");
                (await Line(stream)).ShouldBeEmpty();
                await stream.WriteAsync(body[..16], Cancel);
            }

            var ready = await quick.GetAsync("/readyz", Cancel);

            ready.StatusCode.ShouldBe(HttpStatusCode.OK, "a quick request is answered while the slow bodies are still coming");
            // The server was still waiting for every slow body: each, once it is whole, is answered as any other.
            foreach (var (_, stream, rest) in slow)
            {
                await stream.WriteAsync(rest, Cancel);
                (await Line(stream)).ShouldBe("HTTP/1.1 200 OK", "the slow client's account is made");
            }
        }
        finally
        {
            foreach (var (client, _, _) in slow)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>One line of the answer, read a byte at a time so nothing after it is taken from the stream.</summary>
    private static async Task<string> Line(NetworkStream stream)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (await stream.ReadAsync(one, Cancel) == 1 && one[0] != '\n')
        {
            line.Append((char)one[0]);
        }
        return line.ToString().TrimEnd('\r');
    }
}
