using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Unknot.Storage.Sqlite;

namespace Unknot.Bench;

/// <summary>
/// The kill -9 check: <c>post</c> sends new sessions from 16 connections until the server stops answering and
/// writes down every id it acknowledged with 201; after the server is killed and started again, <c>verify</c>
/// looks each one up in the database.
/// </summary>
internal static class Durability
{
    public static int Post(string url, string ackFile, int connections = 16)
    {
        var acknowledged = new ConcurrentQueue<Guid>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var id = Guid.NewGuid();
                try
                {
                    using var body = new StringContent($$"""{"id":"{{id}}","routine":"desk-break"}""", Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync(url + "/api/sessions", body);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Enqueue(id);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return;
                }
            }
        })).ToArray();
        Task.WaitAll(workers);
        File.WriteAllLines(ackFile, acknowledged.Select(g => g.ToString()));
        Console.WriteLine($"acknowledged {acknowledged.Count} sessions before the server stopped");
        return 0;
    }

    public static int Verify(string database, string ackFile)
    {
        var ids = File.ReadAllLines(ackFile).Select(Guid.Parse).ToArray();
        using var store = SqliteStore.Open(database, TimeProvider.System);
        var missing = ids.Count(id => store.Find(id) is null);
        Console.WriteLine($"{ids.Length - missing} of {ids.Length} acknowledged sessions found after kill -9; {missing} missing");
        return missing == 0 && ids.Length > 0 ? 0 : 1;
    }
}
