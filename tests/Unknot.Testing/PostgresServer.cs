using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Unknot.Testing;

/// <summary>
/// A throwaway PostgreSQL server from Debian's packages (<c>/usr/lib/postgresql/N/bin</c>), started for a test run
/// on a free loopback port with its data in a temporary folder, and removed afterwards. Run as root, it runs the
/// server as the <c>postgres</c> user, as PostgreSQL requires. Each test asks for a database of its own.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgres;
    private readonly int _maxConnections;
    private int _databases;

    /// <summary>Creates and starts the server; throws with what is missing when PostgreSQL is not installed.</summary>
    public PostgresServer() : this(300)
    {
    }

    /// <summary>A server that takes at most <paramref name="maxConnections"/> connections at once.</summary>
    public static PostgresServer Taking(int maxConnections) => new(maxConnections);

    private PostgresServer(int maxConnections)
    {
        _maxConnections = maxConnections;
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
                ?? throw new InvalidOperationException("no initdb under /usr/lib/postgresql: install the postgresql package (./test.sh does)")
            : throw new InvalidOperationException("PostgreSQL is not installed: install the postgresql package (./test.sh does)");
        _folder = Path.Combine(Path.GetTempPath(), "unknot-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _asPostgres = Environment.UserName == "root";
        if (_asPostgres)
        {
            Run("chown", "postgres:postgres", _folder);
        }
        Port = FreePort();
        var data = Path.Combine(_folder, "data");
        Tool("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        Start();
    }

    /// <summary>Starts the server (again), on the same port with the same data; returns once it takes connections.</summary>
    public void Start() =>
        Tool("pg_ctl", "-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "log"), "-w", "-t", "60", "start", "-o",
            $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections={_maxConnections}");

    /// <summary>Stops the server as an administrator would (its sessions are ended); returns once it is down.</summary>
    public void Stop() => Tool("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "fast", "-w", "stop");

    /// <summary>The port it listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A connection string to the server's maintenance database.</summary>
    public string Admin => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string NewDatabase()
    {
        var name = $"unknot_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..40];
        using (var connection = new NpgsqlConnection(Admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Tool("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder.
            }
        }
    }

    private void Tool(string name, params string[] arguments)
    {
        var path = Path.Combine(_bin, name);
        if (_asPostgres)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
