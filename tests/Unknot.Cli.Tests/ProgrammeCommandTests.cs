namespace Unknot.Cli.Tests;

/// <summary><c>unknot programs</c>, <c>unknot program …</c> and <c>unknot today</c>: a programme followed over weeks from the terminal.</summary>
public sealed class ProgrammeCommandTests : IDisposable
{
    // The fake clock starts on Monday 2026-01-05 at 09:00 UTC; the user's zone is UTC.
    private readonly CliRun _cli = new() { Silent = true };

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_built_in_programmes_are_listed_with_their_weeks()
    {
        _cli.Run("programs --json").ShouldBe(0);

        var ids = _cli.Json().EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToArray();
        ids.ShouldBe(["desk-worker-4-weeks", "lifters-upper-back-4-weeks", "neck-mobility-6-weeks"]);
        _cli.Json()[0].GetProperty("weeks").GetInt32().ShouldBe(4);
        _cli.Run("programs").ShouldBe(0);
        _cli.Out.ShouldContain("Desk worker, 4 weeks");
    }

    [Fact]
    public void A_mistyped_programme_is_one_line_with_the_nearest_id_and_exit_code_2()
    {
        _cli.Run("program start desk-worker").ShouldBe(2);

        _cli.Err.Trim().ShouldBe("unknown programme 'desk-worker' — did you mean 'desk-worker-4-weeks'?");
    }

    [Fact]
    public void Without_a_programme_status_says_so_and_today_offers_a_routine_for_the_moment()
    {
        _cli.Run("program status").ShouldBe(2);
        _cli.Err.ShouldContain("no programme is being followed");

        _cli.Run("today").ShouldBe(0);
        _cli.LastLines()[0].ShouldStartWith("No programme: Desk break, about");
        _cli.Run("today --json").ShouldBe(0);
        _cli.Json().GetProperty("suggestion").GetProperty("routine").GetString().ShouldBe("desk-break");
        _cli.Json().TryGetProperty("program", out _).ShouldBeFalse("no programme is followed");
    }

    [Fact]
    public void Past_programmes_stay_in_the_history_with_how_each_ended()
    {
        _cli.Run("program history").ShouldBe(0);
        _cli.LastLines().ShouldBe(["No programme followed before."]);
        _cli.Run("program start neck-mobility-6-weeks").ShouldBe(0);
        _cli.Clock.Advance(TimeSpan.FromDays(3));

        _cli.Run("program start desk-worker-4-weeks").ShouldBe(0);
        _cli.LastLines()[0].ShouldBe("Started Desk worker, 4 weeks. Neck mobility, 6 weeks is stopped and stays in your history.");
        _cli.Run("program history --json").ShouldBe(0);

        var past = _cli.Json().EnumerateArray().ShouldHaveSingleItem();
        past.GetProperty("program").GetString().ShouldBe("neck-mobility-6-weeks");
        past.GetProperty("status").GetString().ShouldBe("stopped");
        past.GetProperty("stoppedOn").GetString().ShouldBe("2026-01-08");
    }

    [Fact]
    public void Today_names_the_week_the_day_and_the_session_and_playing_it_marks_the_day_done()
    {
        _cli.Run("program start desk-worker-4-weeks").ShouldBe(0);
        _cli.Run("today").ShouldBe(0);
        _cli.LastLines().ShouldBe(["Week 1 · day 1 of 5 — Desk break, 4 min"]);

        _cli.Play("today --start --plain --pain-before 5 --pain-after 3");

        _cli.Run("today").ShouldBe(0);
        _cli.LastLines().ShouldBe(["Week 1 · day 1 of 5 — Desk break, 4 min (done)"]);
        _cli.Run("today --json").ShouldBe(0);
        _cli.Json().GetProperty("program").GetProperty("today").GetProperty("sessions")[0].GetProperty("state").GetString().ShouldBe("done");
        _cli.Run("program status").ShouldBe(0);
        _cli.Out.ShouldContain("Mon✓ Tue· Wed· Thu· Fri·");
        _cli.Out.ShouldContain("1/5");
    }

    [Fact]
    public void A_week_done_steps_the_next_up_and_says_why()
    {
        _cli.Run("program start desk-worker-4-weeks").ShouldBe(0);
        for (var day = 0; day < 5; day++)
        {
            _cli.Play("today --start --plain --pain-before 5 --pain-after 3");
            _cli.Clock.Advance(TimeSpan.FromDays(1));
        }
        _cli.Clock.Advance(TimeSpan.FromDays(2));

        _cli.Run("program status --json").ShouldBe(0);
        var status = _cli.Json();
        status.GetProperty("week").GetInt32().ShouldBe(2);
        // The first ranged hold of the desk break is the side tilt of neck rotations and tilts, 10-20 s: gentle, then standard.
        status.GetProperty("changes")[0].GetString().ShouldBe("Week 2: holds 10 s → 15 s, because you did 5 of 5 sessions and pain went 5 → 3.");
        status.GetProperty("line").GetString()!.ShouldStartWith("Week 2 · day 1 of 5 — Desk break,");
    }

    [Fact]
    public void Pause_resume_and_stop_answer_in_one_line_and_refuse_what_cannot_be_done()
    {
        _cli.Run("program start neck-mobility-6-weeks").ShouldBe(0);
        _cli.Clock.Advance(TimeSpan.FromDays(1));

        _cli.Run("program pause").ShouldBe(0);
        _cli.LastLines()[0].ShouldBe("Paused Neck mobility, 6 weeks: resume it to go on where you were.");
        _cli.Run("program pause").ShouldBe(2);
        _cli.Err.ShouldContain("the programme is already paused (since 2026-01-06)");
        _cli.Run("today").ShouldBe(0);
        _cli.LastLines()[0].ShouldBe("Neck mobility, 6 weeks is paused since 6 January: resume it to go on with week 1.");

        _cli.Clock.Advance(TimeSpan.FromDays(10));
        _cli.Run("program resume").ShouldBe(0);
        _cli.Run("program resume").ShouldBe(2);
        _cli.Run("program stop").ShouldBe(0);
        _cli.LastLines()[0].ShouldBe("Stopped Neck mobility, 6 weeks; it stays in your history.");
        _cli.Run("program stop").ShouldBe(2);
        _cli.Err.ShouldContain("no programme is being followed");
    }

    [Fact]
    public void A_planned_programme_fits_the_minutes_on_the_days_asked_for_and_starts_with_start()
    {
        _cli.Run("program plan --weeks 6 --days mon-fri --minutes 6 --place desk --focus neck --json").ShouldBe(0);
        var plan = _cli.Json();
        plan.GetProperty("weeks").GetInt32().ShouldBe(6);
        plan.GetProperty("sessions")[0].GetProperty("days").GetString().ShouldBe("mon-fri");
        plan.GetProperty("start").GetProperty("level").GetString().ShouldBe("gentle");

        _cli.Run("program plan --weeks 6 --days mon-fri --minutes 6 --place desk --focus neck --start").ShouldBe(0);
        _cli.Run("today").ShouldBe(0);
        var minutes = int.Parse(System.Text.RegularExpressions.Regex.Match(_cli.LastLines()[0], @", (\d+) min$").Groups[1].Value);
        minutes.ShouldBeLessThanOrEqualTo(6);
    }

    [Theory]
    [InlineData("program plan --weeks 30 --minutes 6 --place desk", "--weeks: must be a whole number from 1 to 26, got '30'")]
    [InlineData("program plan --days someday --minutes 6 --place desk", "--days: must be days such as mon-fri")]
    [InlineData("program plan --minutes 6", "--place")]
    [InlineData("program plan --minutes 6 --place desk --level deep", "--level: a programme sets it week by week")]
    public void A_bad_plan_option_is_named_in_one_line_with_exit_code_2(string commandLine, string expected)
    {
        _cli.Run(commandLine).ShouldBe(2);

        _cli.Err.ShouldContain(expected);
        _cli.Err.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public void The_calendar_holds_one_all_day_event_per_session_still_to_come()
    {
        _cli.Run("program start desk-worker-4-weeks").ShouldBe(0);
        var file = Path.Combine(_cli.Home.Path, "program.ics");

        _cli.Run($"program ics {file}").ShouldBe(0);

        var text = File.ReadAllText(file);
        System.Text.RegularExpressions.Regex.Matches(text, "BEGIN:VEVENT").Count.ShouldBe(20, "five sessions a week for four weeks");
        text.ShouldContain("DTSTART;VALUE=DATE:20260105");
        text.ShouldContain("DTSTART;VALUE=DATE:20260130");
    }
}
