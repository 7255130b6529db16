namespace Unknot.Cli.Tests;

/// <summary><c>unknot remind --simulate</c> and the reminder settings, as a user types them.</summary>
public sealed class RemindCommandTests
{
    private const string Day = """{"start": "2026-11-23T09:00:00+01:00", "events": [{"minute": 0, "state": "active"}, {"minute": 40, "state": "idle"}, {"minute": 45, "state": "active"}, {"minute": 120, "state": "locked"}]}""";

    [Fact]
    public void The_documented_day_gives_the_documented_reminders()
    {
        using var cli = new CliRun();
        var trace = cli.Home.Write("day.json", Day);
        cli.Run("settings time-zone Europe/Berlin").ShouldBe(0);

        cli.Run($"remind --simulate {trace} --json").ShouldBe(0);

        var reminders = cli.Json().GetProperty("reminders").EnumerateArray().ToArray();
        reminders.Select(r => r.GetProperty("minute").GetDouble()).ShouldBe([90, 100, 110]);
        reminders[0].GetProperty("at").GetString().ShouldBe("2026-11-23T09:30:00Z");
        reminders[0].GetProperty("reason").GetString().ShouldBe("45m of active time since your last break");
    }

    [Fact]
    public void The_settings_apply_to_the_simulation()
    {
        using var cli = new CliRun();
        var trace = cli.Home.Write("day.json", Day);
        cli.Run("settings time-zone Europe/Berlin").ShouldBe(0);
        cli.Run("settings remind-every 20m").ShouldBe(0);
        cli.Run("settings remind-max-repeats 0").ShouldBe(0);

        cli.Run($"remind --simulate {trace}").ShouldBe(0);

        cli.Out.ShouldContain("Mon 09:20:00  minute     20  20m of active time since your last break");
        cli.Out.ShouldContain("minute     65");
        cli.Out.ShouldNotContain("came back");
    }

    [Theory]
    [InlineData("""{"start": "2026-11-23T09:00:00Z", "events": [{"minute": 10, "state": "active"}, {"minute": 5, "state": "idle"}]}""", "events[1].minute: must come after the event before it (minute 10), got 5")]
    [InlineData("""{"start": "2026-11-23T09:00:00Z", "events": [{"minute": 0, "state": "asleep"}]}""", "events[0].state: must be one of active, idle, locked, inhibited, got 'asleep'")]
    [InlineData("""{"start": "monday", "events": []}""", "start: must be an ISO 8601 instant")]
    [InlineData("""{"start": "2026-11-23T09:00:00Z", "events": []}""", "events: must list at least one event")]
    [InlineData("""{"start": "2026-11-23T09:00:00Z", """, "the file is not valid JSON (line 1")]
    public void A_bad_trace_is_named_with_its_file_and_field_and_exit_2(string text, string expected)
    {
        using var cli = new CliRun();
        var trace = cli.Home.Write("bad.json", text);

        cli.Run($"remind --simulate {trace}").ShouldBe(2);

        cli.Err.Trim().ShouldStartWith($"{trace}: ");
        cli.Err.ShouldContain(expected);
        cli.Err.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("remind-every 4x", "remind-every: must be a length from 5s to 8h such as 45m or 90s, got '4x'")]
    [InlineData("remind-every 9h", "remind-every: must be a length from 5s to 8h such as 45m or 90s, got '9h'")]
    [InlineData("remind-hours 18:00-09:00", "remind-hours: must be a start and an end such as 09:00-18:00, the end after the start, got '18:00-09:00'")]
    [InlineData("remind-days someday", "remind-days: must be days such as mon-fri, mon,wed,fri, sat-sun (a day's first letters or its whole name), every-day, weekdays or weekends, got 'someday'")]
    [InlineData("remind-player phone", "remind-player: must be one of web, terminal, got 'phone'")]
    [InlineData("level dep", "level: must be one of gentle, standard, deep, got 'dep' — did you mean 'deep'?")]
    [InlineData("remind-dys mon", "remind-dys: unknown setting — did you mean 'remind-days'?")]
    [InlineData("remind-place office", "remind-place: must be one of desk, home, gym, outdoors, got 'office'")]
    [InlineData("remind-max-repeats 11", "remind-max-repeats: must be a whole number from 0 to 10, got '11'")]
    public void A_wrong_reminder_setting_says_what_would_be_right(string args, string expected)
    {
        using var cli = new CliRun();

        cli.Run($"settings {args}").ShouldBe(2);

        cli.Err.Trim().ShouldBe(expected);
    }

    [Theory]
    [InlineData("weekends", "sat,sun")]
    [InlineData("weekdays", "mon-fri")]
    [InlineData("daily", "every-day")]
    [InlineData("monday,wednesday", "mon,wed")]
    public void Reminder_days_take_every_form_the_calendar_takes(string typed, string shown)
    {
        using var cli = new CliRun();

        cli.Run($"settings remind-days {typed}").ShouldBe(0);
        cli.Run($"schedule desk-break --at 10:30 --days {typed}").ShouldBe(0);

        cli.Run("settings remind-days").ShouldBe(0);
        cli.OutLines()[^1].ShouldBe(shown);
    }

    [Fact]
    public void Reminder_settings_are_kept_in_the_form_they_are_written()
    {
        using var cli = new CliRun();

        cli.Run("settings remind-every 1h30m").ShouldBe(0);
        cli.Run("settings remind-days fri,mon-wed").ShouldBe(0);

        cli.Run("settings remind-every").ShouldBe(0);
        cli.Run("settings remind-days").ShouldBe(0);
        cli.OutLines().ShouldContain("1h30m");
        cli.OutLines().ShouldContain("mon-wed,fri");
    }

    [Fact]
    public void Status_says_plainly_that_nothing_runs_and_that_no_idle_source_answers()
    {
        using var cli = new CliRun();

        cli.Run("remind --status --json").ShouldBe(0);

        var status = cli.Json();
        status.GetProperty("running").GetBoolean().ShouldBeFalse();
        status.TryGetProperty("source", out _).ShouldBeFalse();
        status.GetProperty("warning").GetString()!.ShouldContain("no idle source answers");
        cli.Run("remind --status").ShouldBe(0);
        cli.Out.ShouldContain("Reminders are not running (start them with: unknot remind).");
    }

    [Fact]
    public void Status_names_the_first_idle_source_that_answers()
    {
        using var cli = new CliRun();
        cli.Desktop.Answers["xprintidle"] = (0, "1234\n");

        cli.Run("remind --status --json").ShouldBe(0);

        cli.Json().GetProperty("source").GetString().ShouldBe("X11 screen saver extension (xprintidle)");
    }

    [Fact]
    public void Install_writes_a_systemd_user_unit_and_enables_it_and_uninstall_removes_it()
    {
        using var cli = new CliRun();
        cli.Desktop.Answers["systemctl"] = (0, "");

        cli.Run("remind --install").ShouldBe(0);

        var unit = Path.Combine(cli.Home.Path, "config", "systemd", "user", "unknot-remind.service");
        var text = File.ReadAllText(unit);
        text.ShouldContain(" remind\n");
        text.ShouldContain($"Environment=UNKNOT_HOME={cli.Home.Path}");
        text.ShouldContain("WantedBy=graphical-session.target");
        cli.Desktop.Calls.ShouldContain("systemctl --user enable --now unknot-remind.service");

        cli.Run("remind --uninstall").ShouldBe(0);

        File.Exists(unit).ShouldBeFalse();
        cli.Desktop.Calls.ShouldContain("systemctl --user disable --now unknot-remind.service");
    }

    [Fact]
    public void Install_without_systemd_says_in_one_line_that_nothing_was_enabled_and_exits_1()
    {
        using var cli = new CliRun();

        cli.Run("remind --install").ShouldBe(1);

        var unit = Path.Combine(cli.Home.Path, "config", "systemd", "user", "unknot-remind.service");
        cli.Err.Trim().ShouldBe("unknot: the reminders are not enabled: systemctl could not be run or did not answer (no systemd here?); in your desktop session run "
            + "'systemctl --user enable --now unknot-remind.service' (the unit is written), or start 'unknot remind' from your desktop's autostart");
        cli.Out.ShouldNotContain("start at every login");
        File.Exists(unit).ShouldBeTrue("the unit is there for the command the line names");
    }

    [Fact]
    public void Install_without_a_systemd_user_session_names_the_step_that_failed_and_exits_1()
    {
        using var cli = new CliRun();
        cli.Desktop.Answers["systemctl"] = (1, "");

        cli.Run("remind --install").ShouldBe(1);

        cli.Err.Trim().ShouldBe("unknot: the reminders are not enabled: 'systemctl --user daemon-reload' failed (no systemd user session here?); in your desktop session run "
            + "'systemctl --user enable --now unknot-remind.service' (the unit is written), or start 'unknot remind' from your desktop's autostart");
        cli.Out.ShouldNotContain("start at every login");
    }

    [Fact]
    public void Installed_as_a_dotnet_tool_the_unit_runs_the_tools_command_not_the_versioned_copy_an_update_removes()
    {
        using var cli = new CliRun();
        cli.Desktop.Answers["systemctl"] = (0, "");
        // What `dotnet tool install --global` lays out: the command on the PATH, and the program under .store/NAME/VERSION/.
        var tools = Path.Combine(cli.Home.Path, ".dotnet", "tools");
        cli.Home.Write(".dotnet/tools/unknot", "");
        cli.ProgramPath = cli.Home.Write(".dotnet/tools/.store/unknot/0.9.0/unknot.linux-x64/0.9.0/tools/any/linux-x64/unknot", "");

        cli.Run("remind --install").ShouldBe(0);

        var text = File.ReadAllText(Path.Combine(cli.Home.Path, "config", "systemd", "user", "unknot-remind.service"));
        text.ShouldContain($"ExecStart=\"{Path.Combine(tools, "unknot")}\" remind\n");
        text.ShouldNotContain(".store");
    }

    [Fact]
    public void Not_installed_as_a_tool_the_unit_runs_this_program_itself()
    {
        using var cli = new CliRun();
        cli.Desktop.Answers["systemctl"] = (0, "");
        cli.ProgramPath = cli.Home.Write("opt/unknot/unknot", "");

        cli.Run("remind --install").ShouldBe(0);

        File.ReadAllText(Path.Combine(cli.Home.Path, "config", "systemd", "user", "unknot-remind.service"))
            .ShouldContain($"ExecStart=\"{Path.Combine(cli.Home.Path, "opt", "unknot", "unknot")}\" remind\n");
    }

    [Fact]
    public void Stats_shows_breaks_taken_against_breaks_offered()
    {
        using var cli = new CliRun();
        cli.Run("settings level gentle").ShouldBe(0);
        using (var store = Unknot.Storage.Sqlite.SqliteStore.Open(cli.DatabasePath, cli.Clock))
        {
            var now = cli.Clock.GetUtcNow();
            store.AddReminder(new Unknot.Storage.ReminderRecord(Guid.NewGuid(), now.AddHours(-2), 0, "r", Unknot.Reminders.ReminderOutcome.Taken));
            store.AddReminder(new Unknot.Storage.ReminderRecord(Guid.NewGuid(), now.AddHours(-1), 0, "r", Unknot.Reminders.ReminderOutcome.Skipped));
            store.AddActiveTime(Unknot.Progress.TimeZones.LocalDay(now, cli.Clock.LocalTimeZone), 5400);
        }

        cli.Run("stats").ShouldBe(0);
        cli.Out.ShouldContain("Breaks taken: 1 of 2 reminders in the last 7 days (0 postponed, 1 skipped, 0 unanswered, 0 not shown).");
        cli.Run("stats --json").ShouldBe(0);
        var breaks = cli.Json().GetProperty("breaks");
        breaks.GetProperty("taken").GetInt32().ShouldBe(1);
        breaks.GetProperty("activeDays")[6].GetProperty("minutes").GetDouble().ShouldBe(90);
    }

    [Fact]
    public void Stats_of_reminders_nobody_answered_counts_them_as_unanswered()
    {
        // The reported case: two reminders stored while the notifier hung, so no answer was ever recorded.
        using var cli = new CliRun();
        AddReminders(cli, null, null);

        cli.Run("stats").ShouldBe(0);

        cli.Out.ShouldContain("Breaks taken: 0 of 2 reminders in the last 7 days (0 postponed, 0 skipped, 2 unanswered, 0 not shown).");
    }

    [Fact]
    public void Stats_counts_every_reminder_in_exactly_one_part()
    {
        using var cli = new CliRun();
        AddReminders(cli, Unknot.Reminders.ReminderOutcome.Taken, Unknot.Reminders.ReminderOutcome.Postponed, Unknot.Reminders.ReminderOutcome.Skipped,
            Unknot.Reminders.ReminderOutcome.Ignored, Unknot.Reminders.ReminderOutcome.NotShown, null, null);

        cli.Run("stats").ShouldBe(0);

        var line = cli.OutLines().Single(l => l.StartsWith("Breaks taken:", StringComparison.Ordinal));
        line.ShouldBe("Breaks taken: 1 of 7 reminders in the last 7 days (1 postponed, 1 skipped, 3 unanswered, 1 not shown).");
        var numbers = System.Text.RegularExpressions.Regex.Matches(line, @"\d+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        // taken, offered, (7 days), postponed, skipped, unanswered, not shown
        (numbers[0] + numbers[3] + numbers[4] + numbers[5] + numbers[6]).ShouldBe(numbers[1]);
        cli.Run("stats --json").ShouldBe(0);
        var breaks = cli.Json().GetProperty("breaks");
        new[] { "taken", "postponed", "skipped", "ignored", "notShown" }.Sum(part => breaks.GetProperty(part).GetInt32())
            .ShouldBe(breaks.GetProperty("offered").GetInt32());
        breaks.GetProperty("offered").GetInt32().ShouldBe(7);
    }

    private static void AddReminders(CliRun cli, params Unknot.Reminders.ReminderOutcome?[] outcomes)
    {
        using var store = Unknot.Storage.Sqlite.SqliteStore.Open(cli.DatabasePath, cli.Clock);
        var now = cli.Clock.GetUtcNow();
        for (var i = 0; i < outcomes.Length; i++)
        {
            store.AddReminder(new Unknot.Storage.ReminderRecord(Guid.NewGuid(), now.AddMinutes(-10 * (i + 1)), 0, "r", outcomes[i]));
        }
    }
}
