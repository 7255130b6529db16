
namespace Unknot.Cli.Tests;

/// <summary><c>unknot history</c> and <c>unknot stats</c>: sessions listed, a page at a time, corrected and deleted, and the figures.</summary>
public sealed class HistoryCommandTests
{
    [Fact]
    public void History_lists_sessions_newest_first_and_marks_unfinished_ones()
    {
        using var cli = new CliRun();
        cli.Play("start cool-down --plain --pain-before 5 --pain-after 2");
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
        cli.Play("start lacrosse-release --plain");
        cli.Clock.AdvanceSeconds(10 * 24 * 3600);
        cli.Play("start cool-down --plain");

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
        cli.Play("start lacrosse-release --plain --pain-before 6 --pain-after 5");
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
        cli.Play("start lacrosse-release --plain");
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
        cli.Play("start lacrosse-release --plain");
        cli.Clock.AdvanceSeconds(3600);
        cli.Play("start cool-down --plain");
        cli.Clock.AdvanceSeconds(3600);
        cli.Play("start warm-up --plain");

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
    public void History_shows_the_neck_measured_before_and_after_and_its_json_carries_them()
    {
        using var cli = new CliRun { Columns = 160 };
        cli.Play("start desk-break --plain");
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
    public void Stats_show_the_streak_the_week_and_the_pain_change_with_charts_in_a_terminal()
    {
        using var cli = new CliRun();
        for (var day = 0; day < 3; day++)
        {
            cli.Play("start desk-break --plain --pain-before 6 --pain-after 4");
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
}
