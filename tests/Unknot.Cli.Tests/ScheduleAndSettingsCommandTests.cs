
namespace Unknot.Cli.Tests;

/// <summary><c>unknot schedule</c> and <c>unknot settings</c>: the calendar file, the level setting, and one line for a mistake.</summary>
public sealed class ScheduleAndSettingsCommandTests
{
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
    [InlineData("schedule desk-break --at 9.30", "--at: must be 24-hour times such as 10:30,15:00, got '9.30'")]
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
    public void The_level_setting_is_the_default_for_start()
    {
        using var cli = new CliRun();
        cli.Run("settings level deep").ShouldBe(0);

        cli.Play("start desk-break --plain");

        cli.Run("history --json").ShouldBe(0);
        cli.Json()[0].GetProperty("level").GetString().ShouldBe("deep");
    }
}
