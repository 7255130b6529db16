using System.Text.Json;
using Microsoft.Data.Sqlite;
using Unknot.Files;
using Unknot.Storage.Sqlite;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>A home folder that cannot be written, or whose disk is full: the real program on a real read-only mount or full disk (<see cref="Sandbox"/>).</summary>
public sealed class HomeFolderTests
{
    /// <summary>Writes a database with one session and one setting into <paramref name="home"/>, closed and whole (no WAL file beside it).</summary>
    private static string Seed(TempHome home)
    {
        var path = Path.Combine(home.Path, "unknot.db");
        Write(path, "deep");
        return path;
    }

    /// <summary>As another program that may write the folder would: a session more and the level, then the database closed and whole.</summary>
    private static void Write(string path, string level)
    {
        var clock = new FakeTimeProvider();
        using (var store = SqliteStore.Open(path, clock))
        {
            store.Save(SessionRecords.Completed("desk-break", clock.GetUtcNow().AddHours(-1), before: 5, after: 3));
            store.SetSetting("level", level);
        }
        using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            raw.Open();
            using var checkpoint = raw.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_read_only_home_answers_every_reading_command_and_a_writing_one_says_the_folder_is_read_only()
    {
        using var home = new TempHome();
        using var elsewhere = new TempHome();
        var database = Seed(home);
        home.Write("exercises/mine.yaml", new ExerciseYaml(Id: "mine").Text());
        var readOnly = Sandbox.ReadOnly(home.Path);
        var backup = Path.Combine(elsewhere.Path, "backup.json");

        var history = Sandbox.Run(readOnly, home.Path, "history", "--json");
        var stats = Sandbox.Run(readOnly, home.Path, "stats");
        var exercises = Sandbox.Run(readOnly, home.Path, "exercises", "--json");
        var show = Sandbox.Run(readOnly, home.Path, "show", "mine");
        var export = Sandbox.Run(readOnly, home.Path, "export", backup);
        var write = Sandbox.Run(readOnly, home.Path, "settings", "level", "gentle");

        foreach (var (code, _, error) in new[] { history, stats, exercises, show, export })
        {
            (code, error).ShouldBe((0, ""));
        }
        JsonDocument.Parse(history.Output).RootElement.EnumerateArray().ShouldHaveSingleItem().GetProperty("painAfter").GetInt32().ShouldBe(3);
        stats.Output.ShouldContain("This week");
        JsonDocument.Parse(exercises.Output).RootElement.GetArrayLength().ShouldBe(13);
        show.Output.ShouldContain("Test mine");
        JsonDocument.Parse(File.ReadAllText(backup)).RootElement.GetProperty("settings").GetProperty("level").GetString().ShouldBe("deep");
        write.Code.ShouldBe(1);
        write.Error.Trim().ShouldBe($"unknot: {home.Path} is read-only, so nothing can be changed in {database}; make the folder writable (chmod u+w {home.Path}), " +
            "or set UNKNOT_HOME to a folder you can write — reading commands still work");
        Directory.GetFiles(home.Path).Select(Path.GetFileName).ShouldBe(["unknot.db"]);
    }

    [Fact]
    public async Task The_web_app_on_a_read_only_home_shows_what_another_program_wrote_there_since_it_started()
    {
        using var home = new TempHome();
        var database = Seed(home);
        var url = $"http://127.0.0.1:{FreePort()}";
        using var web = await Sandbox.ServeAsync(Sandbox.ReadOnly(home.Path), home.Path, url);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        async Task<(int Sessions, string? Level)> Shown() => (
            JsonDocument.Parse(await http.GetStringAsync("/api/sessions", TestContext.Current.CancellationToken)).RootElement.GetArrayLength(),
            JsonDocument.Parse(await http.GetStringAsync("/api/settings", TestContext.Current.CancellationToken)).RootElement
                .EnumerateArray().Single(s => s.GetProperty("key").GetString() == "level").GetProperty("value").GetString());
        (await Shown()).ShouldBe((1, "deep"));

        // The folder is read-only to the web app alone: the program that owns it writes, and closes the database whole.
        Write(database, "gentle");
        Directory.GetFiles(home.Path).Select(Path.GetFileName).ShouldBe(["unknot.db"], "nothing beside the database for a reader to share");

        (await Shown()).ShouldBe((2, "gentle"), web.Error);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public void A_full_disk_is_said_in_the_one_way_the_web_app_says_it_too()
    {
        using var seed = new TempHome();
        using var home = new TempHome();
        var disk = Path.Combine(home.Path, "disk");
        Directory.CreateDirectory(disk);
        var full = Sandbox.FullDisk(disk, Seed(seed));

        var read = Sandbox.Run(full, disk, "history");
        var write = Sandbox.Run(full, disk, "settings", "level", "gentle");

        foreach (var (code, output, error) in new[] { read, write })
        {
            (code, output).ShouldBe((1, ""));
            error.Trim().ShouldBe($"unknot: the disk that holds {Path.Combine(disk, "unknot.db")} is full; free some space and try again — nothing was lost");
        }
    }
}
