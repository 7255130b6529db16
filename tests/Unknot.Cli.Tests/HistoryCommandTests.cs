using Unknot.Testing;
using Unknot.Storage.Sqlite;

namespace Unknot.Cli.Tests;

public sealed class HistoryCommandTests
{
    private static void Play(CliRun cli, string commandLine) => cli.Finish(cli.Start(commandLine)).ShouldBe(0);

    [Fact]
    public void Pain_scores_and_a_note_given_as_options_are_stored_with_the_session()
    {
        using var cli = new CliRun();

        Play(cli, "start desk-break --plain --pain-before 6 --pain-after 3 --note \"after the standup\"");

        cli.OutLines()[^1].ShouldBe("Pain 6 → 3 (-3).");
        cli.Run("history --json").ShouldBe(0);
        var session = cli.Json().EnumerateArray().ShouldHaveSingleItem();
        session.GetProperty("routine").GetString().ShouldBe("desk-break");
        session.GetProperty("painBefore").GetInt32().ShouldBe(6);
        session.GetProperty("painAfter").GetInt32().ShouldBe(3);
        session.GetProperty("note").GetString().ShouldBe("after the standup");
        session.GetProperty("completed").GetBoolean().ShouldBeTrue();
        session.GetProperty("skipped").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("start desk-break --pain-before 14", "--pain-before: a pain score is from 0 to 10, got 14")]
    [InlineData("start desk-break --pain-after -1", "--pain-after: a pain score is from 0 to 10, got -1")]
    [InlineData("start desk-break --pain-before lots", "--pain-before: a pain score is a whole number from 0 to 10, got 'lots'")]
    public void A_pain_score_outside_0_to_10_is_refused_before_anything_starts(string commandLine, string expected)
    {
        using var cli = new CliRun();

        cli.Run(commandLine).ShouldBe(2);

        cli.Err.Trim().ShouldBe(expected);
        cli.Out.ShouldBeEmpty();
        File.Exists(cli.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public void In_a_terminal_pain_is_asked_before_and_after_and_enter_skips()
    {
        using var cli = new CliRun { IsTerminal = true };
        cli.Typed.Enqueue("eleven");
        cli.Typed.Enqueue("7");
        cli.Typed.Enqueue("");

        Play(cli, "start lacrosse-release --plain");

        cli.Out.ShouldContain("a pain score is a whole number from 0 to 10, got 'eleven'");
        using var store = SqliteStore.Open(cli.DatabasePath, cli.Clock);
        var session = store.AllSessions().ShouldHaveSingleItem();
        session.PainBefore!.Value.Value.ShouldBe(7);
        session.PainAfter.ShouldBeNull();
    }

    [Fact]
    public void History_lists_sessions_newest_first_and_marks_unfinished_ones()
    {
        using var cli = new CliRun();
        Play(cli, "start cool-down --plain --pain-before 5 --pain-after 2");
        cli.Clock.AdvanceSeconds(3600);
        var run = cli.Start("start desk-break --plain");
        cli.Clock.AdvanceSeconds(60);
        cli.Cancel.Cancel();
        cli.Await(run).ShouldBe(130);

        cli.Run("history").ShouldBe(0);

        var rows = cli.OutLines().Where(l => l.Contains("Desk break") || l.Contains("Cool-down")).Where(l => l.StartsWith('│')).ToArray();
        rows.Length.ShouldBe(2);
        rows[0].ShouldContain("Desk break");
        rows[0].ShouldContain("unfinished");
        rows[1].ShouldContain("Cool-down");
        rows[1].ShouldContain("5 → 2");
        rows[1].ShouldContain("finished");
        cli.Out.ShouldContain("'unknot resume' continues the latest unfinished session.");
    }

    [Fact]
    public void A_session_ended_with_q_is_stopped_everywhere_asks_nothing_more_and_is_not_offered_to_resume()
    {
        using var cli = new CliRun { IsTerminal = true, Columns = 160 };
        cli.Typed.Enqueue("4");
        var run = cli.Start("start desk-break --plain");
        cli.Clock.AdvanceSeconds(30);

        cli.Press(ConsoleKey.Q, 'q');

        cli.Await(run).ShouldBe(130);
        cli.Out.ShouldNotContain("Pain now");
        cli.Run("history").ShouldBe(0);
        var row = cli.OutLines().Where(l => l.StartsWith('│') && l.Contains("Desk break")).ShouldHaveSingleItem();
        row.ShouldContain("stopped");
        row.ShouldNotContain("unfinished");
        cli.Out.ShouldNotContain("unknot resume");
        cli.Run("history --json").ShouldBe(0);
        var session = cli.Json().EnumerateArray().ShouldHaveSingleItem();
        (session.GetProperty("status").GetString(), session.GetProperty("resumable").GetBoolean()).ShouldBe(("stopped", false));
        cli.Run("resume").ShouldBe(2);
    }

    [Fact]
    public void History_days_keeps_only_recent_sessions_and_refuses_nonsense()
    {
        using var cli = new CliRun();
        Play(cli, "start lacrosse-release --plain");
        cli.Clock.AdvanceSeconds(10 * 24 * 3600);
        Play(cli, "start cool-down --plain");

        cli.Run("history --days 3 --json").ShouldBe(0);
        cli.Json().EnumerateArray().Select(s => s.GetProperty("routine").GetString()).ShouldBe(["cool-down"]);

        using var bad = new CliRun();
        bad.Run("history --days 0").ShouldBe(2);
        bad.Err.Trim().ShouldBe("--days: must be a whole number from 1 to 36500, got '0'");
    }

    [Fact]
    public void A_session_is_corrected_and_deleted_by_the_start_of_its_id()
    {
        using var cli = new CliRun();
        Play(cli, "start lacrosse-release --plain --pain-before 6 --pain-after 5");
        cli.Run("history --json").ShouldBe(0);
        var id = cli.Json()[0].GetProperty("id").GetString()!;

        cli.Run($"history edit {id[..8]} --pain-after 2 --note \"felt good later\"").ShouldBe(0);
        cli.Run("stats --json").ShouldBe(0);
        cli.Json().GetProperty("averagePainChange").GetDouble().ShouldBe(-4);
        cli.Run("history edit 0000000 --pain-after 2").ShouldBe(2);
        cli.Err.ShouldContain("ID: no session id starts with '0000000'");
        cli.Run($"history edit {id[..8]} --pain-after 11").ShouldBe(2);
        cli.Err.ShouldContain("--pain-after: must be a whole number from 0 to 10, got '11'");
        // Nothing to change names the options, not the JSON fields (before: "--pain-after: give painBefore, painAfter or note to change").
        cli.Run($"history edit {id[..8]}").ShouldBe(2);
        cli.Err.TrimEnd().Split('\n')[^1].ShouldBe("give --pain-before, --pain-after or --note to change");
        cli.Run("history --days 3 --since 2026-01-01").ShouldBe(2);
        cli.Err.TrimEnd().Split('\n')[^1].ShouldBe("--since: give either --days or --since, not both");

        cli.Run($"history delete {id}").ShouldBe(0);
        cli.OutLines()[^1].ShouldStartWith("Deleted the session of Lacrosse ball release on ");
        cli.Run("history --json").ShouldBe(0);
        cli.Json().GetArrayLength().ShouldBe(0);
        cli.Run("stats --json").ShouldBe(0);
        cli.Json().GetProperty("painSessions").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void Escape_sequences_in_a_note_never_reach_the_terminal()
    {
        using var cli = new CliRun();
        Play(cli, "start lacrosse-release --plain");
        cli.Run("history --json").ShouldBe(0);
        var id = cli.Json()[0].GetProperty("id").GetString()!;
        // A note as an import or the API could bring it: clear the screen, set the title, reverse the text.
        cli.Run($"history edit {id} --note \"\u001b[2J\u001b]0;pwned\u0007 fine \u202Eevil\"").ShouldBe(0);

        cli.Run("history").ShouldBe(0);

        cli.Out.ShouldNotContain("\u001b");
        cli.Out.ShouldNotContain("\u0007");
        cli.Out.ShouldNotContain("\u202E");
        cli.Out.ShouldContain("[2J]0;pwned fine evil");
    }

    [Fact]
    public void History_goes_a_page_at_a_time_and_says_how_to_see_older_sessions()
    {
        using var cli = new CliRun();
        Play(cli, "start lacrosse-release --plain");
        cli.Clock.AdvanceSeconds(3600);
        Play(cli, "start cool-down --plain");
        cli.Clock.AdvanceSeconds(3600);
        Play(cli, "start warm-up --plain");

        cli.Run("history --limit 2").ShouldBe(0);
        var hint = cli.OutLines().Single(l => l.StartsWith("Older sessions: unknot history --before "));
        cli.Run("history --limit 2 --json").ShouldBe(0);
        cli.Json().EnumerateArray().Select(s => s.GetProperty("routine").GetString()).ShouldBe(["warm-up", "cool-down"]);
        cli.Run($"{hint["Older sessions: unknot ".Length..]} --json").ShouldBe(0);
        cli.Json().EnumerateArray().Select(s => s.GetProperty("routine").GetString()).ShouldBe(["lacrosse-release"]);
        // The short id of the Id column works as edit and delete take it (before: "--before: must be a UUID").
        var shortId = hint["Older sessions: unknot history --before ".Length..][..8];
        cli.Run($"history --before {shortId} --json").ShouldBe(0);
        cli.Json().EnumerateArray().Select(s => s.GetProperty("routine").GetString()).ShouldBe(["lacrosse-release"]);
        cli.Run("history --before 0000000").ShouldBe(2);
        cli.Err.Trim().ShouldEndWith("--before: no session id starts with '0000000'; 'unknot history' lists them");
        cli.Run("history --since 2026-01-06 --json").ShouldBe(0);
        cli.Json().GetArrayLength().ShouldBe(0);
        cli.Run("history --until 2026-01-05 --json").ShouldBe(0);
        cli.Json().GetArrayLength().ShouldBe(3);

        cli.Run("history --since yesterday").ShouldBe(2);
        cli.Err.ShouldContain("--since: must be a day such as 2026-11-01 or an ISO 8601 instant");
    }

    [Fact]
    public void Stats_show_the_streak_the_week_and_the_pain_change_with_charts_in_a_terminal()
    {
        using var cli = new CliRun();
        for (var day = 0; day < 3; day++)
        {
            Play(cli, "start desk-break --plain --pain-before 6 --pain-after 4");
            cli.Clock.AdvanceSeconds(24 * 3600);
        }

        cli.Run("stats --json").ShouldBe(0);
        var stats = cli.Json();
        stats.GetProperty("currentStreak").GetInt32().ShouldBe(3);
        stats.GetProperty("averagePainChange").GetDouble().ShouldBe(-2);
        stats.GetProperty("exercises").EnumerateArray().ShouldAllBe(e => e.GetProperty("sessions").GetInt32() == 3);

        using var terminal = new CliRun { IsTerminal = true };
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // closes pooled connections, so the WAL is checkpointed into the file copied
        File.Copy(cli.DatabasePath, terminal.DatabasePath);
        terminal.Clock.AdvanceSeconds(cli.Clock.GetUtcNow().ToUnixTimeSeconds() - terminal.Clock.GetUtcNow().ToUnixTimeSeconds());
        terminal.Run("stats").ShouldBe(0);
        terminal.Out.ShouldContain("Streak      3 days now");
        terminal.Out.ShouldContain("too few to tell");
        terminal.Out.ShouldContain("Minutes per day, last 14 days");
        terminal.Out.ShouldContain("Pain before → after");
    }

    [Fact]
    public void History_shows_the_neck_measured_before_and_after_and_its_json_carries_them()
    {
        using var cli = new CliRun { Columns = 160 };
        Play(cli, "start desk-break --plain");
        var file = Path.Combine(cli.Home.Path, "measured.json");
        cli.Run($"export {file}").ShouldBe(0);
        var export = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        export["sessions"]![0]!["measurements"] = System.Text.Json.Nodes.JsonNode.Parse("""{"before":{"rotationLeft":55},"after":{"rotationLeft":62}}""");
        File.WriteAllText(file, export.ToJsonString());

        using var other = new CliRun { Columns = 160 };
        other.Run($"import {file}").ShouldBe(0);
        other.Run("history").ShouldBe(0);
        other.Out.ShouldContain("neck: turn left 55° → 62°");
        other.Run("stats").ShouldBe(0);
        other.Out.ShouldContain("turn left: 55° at the one check so far; 7.0° more right after a routine, on average over 1 session");
        other.Run("history --json").ShouldBe(0);
        var measured = other.Json().EnumerateArray().ShouldHaveSingleItem().GetProperty("measurements");
        (measured.GetProperty("before").GetProperty("rotationLeft").GetInt32(), measured.GetProperty("after").GetProperty("rotationLeft").GetInt32()).ShouldBe((55, 62));
    }

    [Fact]
    public void Export_and_import_commands_round_trip_and_name_a_bad_file()
    {
        using var cli = new CliRun();
        Play(cli, "start desk-break --plain --pain-before 4 --pain-after 2");
        cli.Run("settings level gentle").ShouldBe(0);
        var file = Path.Combine(cli.Home.Path, "backup.json");

        cli.Run($"export {file}").ShouldBe(0);
        cli.Run($"export {file}").ShouldBe(2);
        cli.Err.Trim().ShouldBe($"FILE: {file} exists; add --force to replace it");
        cli.Run($"export {Path.GetDirectoryName(file)}").ShouldBe(2);
        cli.Err.Trim().ShouldEndWith($"is a folder; give a file name, such as {Path.Combine(Path.GetDirectoryName(file)!, "unknot-export.json")}");
        cli.Run($"export {file} --force").ShouldBe(0);
        cli.OutLines()[^1].ShouldBe($"Exported 1 session, 0 routines, 0 exercises and 1 setting to {file}.");

        using var other = new CliRun();
        other.Run($"import {file}").ShouldBe(0);
        other.Run($"import {file}").ShouldBe(0);
        other.OutLines().ShouldBe(["Imported 1 new session (0 already there) and 0 files.", "Imported 0 new sessions (1 already there) and 0 files."]);
        other.Run("settings level").ShouldBe(0);
        other.OutLines()[^1].ShouldBe("gentle");

        File.WriteAllText(file, File.ReadAllText(file).Replace("\"painBefore\": 4", "\"painBefore\": 40"));
        using var third = new CliRun();
        third.Run($"import {file}").ShouldBe(2);
        third.Err.Trim().ShouldBe($"{file}: sessions[0].painBefore: must be a whole number from 0 to 10, got 40 — nothing was imported");
    }

    [Fact]
    public void An_export_counts_a_routine_saved_from_the_planner_and_the_import_brings_it_back()
    {
        using var cli = new CliRun();
        cli.Run("plan --minutes 5 --place desk --save my-desk").ShouldBe(0);
        var file = Path.Combine(cli.Home.Path, "backup.json");

        cli.Run($"export {file}").ShouldBe(0);

        // Before: "0 routines", though the file held the saved one.
        cli.OutLines()[^1].ShouldBe($"Exported 0 sessions, 1 routine, 0 exercises and 0 settings to {file}.");
        using var other = new CliRun();
        other.Run($"import {file}").ShouldBe(0);
        other.Run("routines --json").ShouldBe(0);
        other.Json().EnumerateArray().ShouldContain(r => r.GetProperty("id").GetString() == "my-desk");
    }

    [Fact]
    public void Import_refuses_to_replace_a_built_in_exercise_without_allow_override_and_the_list_shows_it_after()
    {
        using var source = new CliRun();
        source.Home.Write("exercises/cat-cow.yaml", new ExerciseYaml(Id: "cat-cow").Text());
        var file = Path.Combine(source.Home.Path, "backup.json");
        source.Run($"export {file}").ShouldBe(0);

        using var cli = new CliRun { Columns = 250 };
        cli.Run($"import {file}").ShouldBe(2);
        cli.Err.Trim().ShouldBe($"{file}: exercises[0].yaml: would replace the built-in exercise 'cat-cow' — nothing was imported; --allow-override lets it replace the built-in ones");
        File.Exists(Path.Combine(cli.Home.Path, "exercises", "cat-cow.yaml")).ShouldBeFalse();

        cli.Run($"import {file} --allow-override").ShouldBe(0);
        cli.Run("exercises --json").ShouldBe(0);
        cli.Json().EnumerateArray().Single(e => e.GetProperty("id").GetString() == "cat-cow").GetProperty("replacesBuiltIn").GetBoolean().ShouldBeTrue();
        cli.Run("exercises").ShouldBe(0);
        cli.OutLines().ShouldContain(line => line.Contains("cat-cow", StringComparison.Ordinal) && line.Contains("(yours,", StringComparison.Ordinal));
    }

    [Fact]
    public void Schedule_writes_an_ics_file_in_the_users_zone()
    {
        using var cli = new CliRun();
        cli.Run("settings time-zone Europe/Paris").ShouldBe(0);
        var file = Path.Combine(cli.Home.Path, "desk.ics");

        cli.Run($"schedule desk-break --at 10:30,15:00 --days mon-fri --ics {file}").ShouldBe(0);

        var ics = File.ReadAllText(file);
        ics.ShouldContain("DTSTART;TZID=Europe/Paris:");
        ics.ShouldContain("TZID:Europe/Paris");
        ics.Split("BEGIN:VEVENT").Length.ShouldBe(3);
        cli.Out.ShouldContain("Wrote 2 recurring events for Desk break");
    }

    [Theory]
    [InlineData("schedule desk-break --at 9.30", "--at takes 24-hour times such as 10:30,15:00, got '9.30'")]
    [InlineData("schedule desk-break --at 9:30 --days someday", "--days: must be days such as mon-fri, mon,wed,fri, sat-sun (a day's first letters or its whole name), every-day, weekdays or weekends, got 'someday'")]
    [InlineData("schedule desk-brake --at 9:30", "unknown routine 'desk-brake' — did you mean 'desk-break'?")]
    [InlineData("settings colour blue", "colour: unknown setting — known: level, focus, voice, voice-name, beep-volume, time-zone, remind-every, remind-break, remind-hours, remind-days, remind-place, remind-snooze, remind-max-repeats, remind-player")]
    [InlineData("settings time-zone Mars/Olympus", "time-zone: unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/Paris)")]
    public void Schedule_and_settings_mistakes_get_one_line(string commandLine, string expected)
    {
        using var cli = new CliRun();

        cli.Run(commandLine).ShouldBe(2);

        cli.Err.Trim().ShouldBe(expected);
    }

    [Fact]
    public void Routines_built_in_the_web_app_are_listed_and_played_by_the_cli()
    {
        using var cli = new CliRun();
        using (var store = SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            store.SaveRoutine(new Unknot.Routines.Routine("from-the-web", "From the web", "", [new Unknot.Routines.RoutineItem(new Unknot.Catalog.ExerciseId("chest-stretch"))]));
        }

        cli.Run("routines --json").ShouldBe(0);
        var saved = cli.Json().EnumerateArray().Single(r => r.GetProperty("id").GetString() == "from-the-web");
        saved.GetProperty("origin").GetString().ShouldBe("saved");

        Play(cli, "start from-the-web --plain");
        cli.OutLines()[^1].ShouldStartWith("Finished From the web");
    }

    [Fact]
    public void The_level_setting_is_the_default_for_start()
    {
        using var cli = new CliRun();
        cli.Run("settings level deep").ShouldBe(0);

        Play(cli, "start desk-break --plain");

        cli.Run("history --json").ShouldBe(0);
        cli.Json()[0].GetProperty("level").GetString().ShouldBe("deep");
    }
}
