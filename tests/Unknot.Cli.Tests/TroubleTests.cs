using System.Text.Json;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>Bad files, odd arguments and a broken database: one clear line, the right exit code, nothing lost.</summary>
public sealed class TroubleTests
{
    [Fact]
    public void Export_to_a_dash_writes_the_json_to_standard_output_and_no_file()
    {
        using var cli = new CliRun();
        cli.Finish(cli.Start("start lacrosse-release --plain --pain-before 4 --pain-after 2")).ShouldBe(0);

        cli.Run("export -").ShouldBe(0);

        var document = cli.Json();
        document.GetProperty("format").GetString().ShouldBe("unknot-export");
        document.GetProperty("sessions").GetArrayLength().ShouldBe(1);
        document.GetProperty("exportedAt").GetString()!.ShouldEndWith("Z");
        File.Exists(Path.Combine(Environment.CurrentDirectory, "-")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("--ics: give the name of the file to write, such as unknot.ics, or - for standard output", "schedule", "desk-break", "--at", "09:00", "--ics", "")]
    [InlineData("FILE: give the name of the file to write, such as unknot-export.json, or - for standard output", "export", "")]
    public async Task An_empty_file_name_is_a_mistake_named_by_its_option(string expected, params string[] args)
    {
        using var cli = new CliRun();

        (await UnknotCommand.RunAsync(args, cli.Host)).ShouldBe(2);

        cli.Err.Trim().ShouldBe(expected);
    }

    [Fact]
    public void A_calendar_file_that_exists_is_kept_unless_forced()
    {
        using var cli = new CliRun();
        var file = cli.Home.Write("mine.ics", "keep me");

        cli.Run($"schedule desk-break --at 09:00 --ics {file}").ShouldBe(2);
        File.ReadAllText(file).ShouldBe("keep me");
        cli.Run($"schedule desk-break --at 09:00 --ics {file} --force").ShouldBe(0);
        File.ReadAllText(file).ShouldStartWith("BEGIN:VCALENDAR");
    }

    [Fact]
    public void A_symbolic_link_loop_among_the_users_exercises_is_a_warning_and_the_rest_still_loads()
    {
        using var cli = new CliRun();
        cli.Home.Write("exercises/mine.yaml", new ExerciseYaml(Id: "mine").Text());
        File.CreateSymbolicLink(Path.Combine(cli.Home.Path, "exercises", "loop.yaml"), Path.Combine(cli.Home.Path, "exercises", "loop.yaml"));

        cli.Run("exercises --json").ShouldBe(0);

        cli.Json().EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldContain("mine");
        cli.Json().GetArrayLength().ShouldBe(13);
        cli.Err.ShouldContain("exercises/loop.yaml");
        cli.Err.ShouldContain("cannot be read");
    }

    [Fact]
    public async Task A_home_that_cannot_be_made_is_one_line_naming_it_and_exit_1()
    {
        using var cli = new CliRun();

        // Before: "unknot: Could not find file '/proc/unknot'."
        var code = await UnknotCommand.RunAsync(["history"], cli.Host with { Home = "/proc/unknot" });

        code.ShouldBe(1);
        cli.Err.Trim().ShouldBe("unknot: the folder /proc/unknot cannot be made (the system takes no new folder there); choose a home folder you can write, such as with UNKNOT_HOME");
    }

    [Fact]
    public void A_database_path_that_is_a_folder_is_one_line_and_exit_1()
    {
        using var cli = new CliRun();
        Directory.CreateDirectory(cli.DatabasePath);

        cli.Run("history").ShouldBe(1);

        cli.Err.Trim().ShouldBe($"unknot: {cli.DatabasePath} is a folder, not a database file; move it away (or set UNKNOT_HOME elsewhere) and Unknot will start a new database");
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_one_line_and_exit_1_and_left_as_it_was()
    {
        using var cli = new CliRun();
        File.WriteAllText(cli.DatabasePath, new string('x', 8192));

        cli.Run("stats").ShouldBe(1);

        cli.Err.Trim().ShouldStartWith($"unknot: {cli.DatabasePath} is not an Unknot database");
        cli.Err.Trim().Split('\n').Length.ShouldBe(1);
        File.ReadAllText(cli.DatabasePath).ShouldBe(new string('x', 8192));
    }

    [Fact]
    public void A_damaged_database_is_named_and_export_salvage_rescues_the_rows_that_can_still_be_read()
    {
        using var cli = new CliRun();
        using (var store = Storage.Sqlite.SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            for (var i = 0; i < 400; i++)
            {
                store.Save(SessionRecords.Completed("full-upper-back", cli.Clock.GetUtcNow().AddHours(-i - 1)) with { Note = new string('n', 400) });
            }
            store.SetSetting("level", "gentle");
        }
        long root;
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.DatabasePath};Pooling=False"))
        {
            raw.Open();
            using var checkpoint = raw.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
            checkpoint.CommandText = "SELECT rootpage FROM sqlite_master WHERE name = 'sessions'";
            root = (long)checkpoint.ExecuteScalar()!;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Scribble over one leaf page of the sessions table, as a failing disk would.
        var bytes = File.ReadAllBytes(cli.DatabasePath);
        var page = MiddleLeaf(bytes, root);
        Array.Fill(bytes, (byte)0xA5, (int)((page - 1) * 4096), 4096);
        File.WriteAllBytes(cli.DatabasePath, bytes);
        var rescue = Path.Combine(cli.Home.Path, "rescue.json");

        cli.Run($"export {Path.Combine(cli.Home.Path, "plain.json")}").ShouldBe(1);
        cli.Err.Trim().ShouldContain("is damaged");
        cli.Err.Trim().ShouldContain("'unknot export --salvage rescue.json'");
        cli.Run($"export --salvage {rescue}").ShouldBe(0);

        var rescued = JsonDocument.Parse(File.ReadAllText(rescue)).RootElement;
        rescued.GetProperty("sessions").GetArrayLength().ShouldBeInRange(300, 399);
        rescued.GetProperty("settings").GetProperty("level").GetString().ShouldBe("gentle");
        cli.Err.ShouldContain("could not be read");
        using var fresh = new CliRun();
        fresh.Run($"import {rescue}").ShouldBe(0);
        fresh.Run("stats --json").ShouldBe(0);
    }

    [Fact]
    public void A_database_whose_list_of_tables_is_damaged_is_named_with_what_helps_not_with_the_salvage_that_failed()
    {
        using var cli = new CliRun();
        using (var store = Storage.Sqlite.SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            store.Save(SessionRecords.Completed("desk-break", cli.Clock.GetUtcNow().AddHours(-1)));
        }
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.DatabasePath};Pooling=False"))
        {
            raw.Open();
            using var checkpoint = raw.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Page 1 after the file header holds the list of tables (sqlite_master).
        var bytes = File.ReadAllBytes(cli.DatabasePath);
        Array.Fill(bytes, (byte)0xA5, 100, 4096 - 100);
        File.WriteAllBytes(cli.DatabasePath, bytes);

        cli.Run($"export --salvage {Path.Combine(cli.Home.Path, "rescue.json")}").ShouldBe(1);

        cli.Err.Trim().ShouldStartWith($"unknot: {cli.DatabasePath} is damaged where it lists its tables (");
        cli.Err.Trim().ShouldEndWith("so nothing in it can be rescued; move it away (Unknot then starts a new database) and 'unknot import' an earlier export if you have one");
        cli.Err.ShouldNotContain("--salvage");
        File.Exists(Path.Combine(cli.Home.Path, "rescue.json")).ShouldBeFalse();
    }

    /// <summary>Walks the table's b-tree from <paramref name="page"/> down its middle children to a leaf page (SQLite's file format, pages of 4096 bytes).</summary>
    private static long MiddleLeaf(byte[] file, long page)
    {
        while (true)
        {
            var start = (int)((page - 1) * 4096) + (page == 1 ? 100 : 0);
            if (file[start] == 0x0D)
            {
                return page;
            }
            file[start].ShouldBe((byte)0x05, "an interior table page");
            var cells = (file[start + 3] << 8) | file[start + 4];
            var pointer = (file[start + 12 + (cells / 2 * 2)] << 8) | file[start + 13 + (cells / 2 * 2)];
            var cell = (int)((page - 1) * 4096) + pointer;
            page = ((long)file[cell] << 24) | ((long)file[cell + 1] << 16) | ((long)file[cell + 2] << 8) | file[cell + 3];
        }
    }

    [Fact]
    public void Settings_without_arguments_list_each_key_with_its_own_default()
    {
        using var cli = new CliRun();

        cli.Run("settings").ShouldBe(0);

        cli.OutLines().ShouldBe([
            "level = standard (default)",
            "focus = all (default)",
            "voice = on (default)",
            "voice-name = (the system's voice) (default)",
            "beep-volume = 60 (default)",
            $"time-zone = {cli.Clock.LocalTimeZone.Id} (default)",
            "remind-every = 45m (default)",
            "remind-break = 3m (default)",
            "remind-hours = 09:00-18:00 (default)",
            "remind-days = mon-fri (default)",
            "remind-place = desk (default)",
            "remind-snooze = 10m (default)",
            "remind-max-repeats = 2 (default)",
            "remind-player = web (default)",
        ]);
    }
}
