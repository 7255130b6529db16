using FsCheck;
using FsCheck.Fluent;
using Unknot.Planning;
using Unknot.Reminders;

namespace Unknot.Core.Tests.Reminders;

/// <summary>The reminder schedule as a pure function of the settings, an activity trace and the clock.</summary>
public sealed class BreakSchedulerTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateTimeOffset Monday9 = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

    private static ActivityTrace Trace(DateTimeOffset start, params (double Minute, ActivityState State)[] events) =>
        new(start, events.Select(e => new ActivityChange(e.Minute, e.State)).ToArray(), events[^1].Minute);

    [Fact]
    public void The_worked_example_reminds_after_45_active_minutes_counted_from_the_natural_break()
    {
        var trace = Trace(Monday9, (0, ActivityState.Active), (40, ActivityState.Idle), (45, ActivityState.Active), (120, ActivityState.Locked));

        var reminders = ReminderSimulation.Run(ReminderSettings.Default, Berlin, trace);

        reminders.Select(r => r.Minute).ShouldBe([90, 100, 110]);
        reminders[0].At.ShouldBe(Monday9.AddMinutes(90));
        reminders.Select(r => r.Repeat).ShouldBe([0, 1, 2]);
        reminders[0].Reason.ShouldBe("45m of active time since your last break");
    }

    [Fact]
    public void Idle_time_shorter_than_the_break_does_not_restart_the_count_and_does_not_count()
    {
        var trace = Trace(Monday9, (0, ActivityState.Active), (30, ActivityState.Idle), (32, ActivityState.Active), (60, ActivityState.Active));

        ReminderSimulation.Run(ReminderSettings.Default, Berlin, trace)[0].Minute.ShouldBe(47, "45 active minutes: 30 before, 15 after the 2 idle ones");
    }

    [Fact]
    public void A_locked_screen_pauses_the_count()
    {
        var trace = Trace(Monday9, (0, ActivityState.Active), (30, ActivityState.Locked), (50, ActivityState.Active), (80, ActivityState.Active));

        ReminderSimulation.Run(ReminderSettings.Default, Berlin, trace)[0].Minute.ShouldBe(65);
    }

    [Fact]
    public void A_reminder_due_during_a_call_is_postponed_to_its_end_not_lost()
    {
        var trace = Trace(Monday9, (0, ActivityState.Active), (40, ActivityState.Inhibited), (70, ActivityState.Active), (75, ActivityState.Active));

        var first = ReminderSimulation.Run(ReminderSettings.Default, Berlin, trace)[0];

        first.Minute.ShouldBe(70.02, 0.02);
        first.Reason.ShouldContain("held back because something held off interruptions");
    }

    [Fact]
    public void A_reminder_due_before_the_working_hours_comes_when_they_begin()
    {
        var trace = Trace(Monday9.AddHours(-1), (0, ActivityState.Active), (90, ActivityState.Active));

        var first = ReminderSimulation.Run(ReminderSettings.Default, Berlin, trace)[0];

        first.At.ShouldBe(Monday9);
        first.Reason.ShouldContain("outside your hours (09:00-18:00, mon-fri)");
    }

    [Fact]
    public void No_reminder_on_a_day_off()
    {
        var saturday = Monday9.AddDays(-2);

        ReminderSimulation.Run(ReminderSettings.Default, Berlin, Trace(saturday, (0, ActivityState.Active), (300, ActivityState.Active))).ShouldBeEmpty();
    }

    [Fact]
    public void Answers_change_what_comes_next()
    {
        var scheduler = new BreakScheduler(ReminderSettings.Default, Berlin);
        Reminder? Run(DateTimeOffset from, int seconds)
        {
            for (var s = 0; s < seconds; s++)
            {
                if (scheduler.Second(from.AddSeconds(s), ActivityState.Active) is { } r)
                {
                    return r;
                }
            }
            return null;
        }

        var first = Run(Monday9, 3600)!;
        scheduler.Answer(ReminderOutcome.Postponed, first.At);
        Run(first.At, 9 * 60).ShouldBeNull("not before the snooze");
        var back = Run(first.At.AddMinutes(9), 120)!;
        back.At.ShouldBe(first.At.AddMinutes(10));
        scheduler.Answer(ReminderOutcome.Taken, back.At);
        scheduler.Active.ShouldBe(TimeSpan.Zero);
        Run(back.At, 44 * 60).ShouldBeNull("a new 45 minutes");
        scheduler.Second(Monday9, ActivityState.Active, inSession: true).ShouldBeNull();
    }

    private sealed record Case(ReminderSettings Settings, DateTimeOffset Start, (int Minutes, ActivityState State)[] Stretches);

    private static Gen<Case> Cases()
    {
        var stretch = from minutes in Gen.Choose(1, 50)
                      from state in Gen.Frequency((5, Gen.Constant(ActivityState.Active)), (2, Gen.Constant(ActivityState.Idle)),
                          (1, Gen.Constant(ActivityState.Locked)), (1, Gen.Constant(ActivityState.Inhibited)))
                      select (minutes, state);
        return from every in Gen.Choose(5, 60)
               from pause in Gen.Choose(1, 10)
               from fromHour in Gen.Choose(0, 12)
               from length in Gen.Choose(1, 11)
               from daysMask in Gen.Choose(1, 127)
               from snooze in Gen.Choose(2, 20)
               from repeats in Gen.Choose(0, 3)
               from day in Gen.Choose(0, 6)
               from hour in Gen.Choose(0, 23)
               from stretches in Gen.NonEmptyListOf(stretch)
               select new Case(
                   new ReminderSettings(TimeSpan.FromMinutes(every), TimeSpan.FromMinutes(pause), (new TimeOnly(fromHour, 0), new TimeOnly(fromHour + length, 0)),
                       Enumerable.Range(0, 7).Where(d => (daysMask >> d & 1) == 1).Select(d => (DayOfWeek)d).ToHashSet(), Place.Desk,
                       TimeSpan.FromMinutes(snooze), repeats),
                   Monday9.AddDays(day).AddHours(hour - 9),
                   stretches.Take(40).ToArray());
    }

    private static (ActivityTrace Trace, ActivityState[] PerSecond) Build(Case c)
    {
        var changes = new List<ActivityChange>();
        var perSecond = new List<ActivityState>();
        var minute = 0;
        foreach (var (minutes, state) in c.Stretches)
        {
            changes.Add(new ActivityChange(minute, state));
            perSecond.AddRange(Enumerable.Repeat(state, minutes * 60));
            minute += minutes;
        }
        return (new ActivityTrace(c.Start, changes, minute), perSecond.ToArray());
    }

    [Fact]
    public void It_never_fires_while_away_locked_or_held_off_or_outside_the_hours_and_days()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (trace, perSecond) = Build(c);
            foreach (var r in ReminderSimulation.Run(c.Settings, Berlin, trace))
            {
                var second = (int)Math.Round((r.At - c.Start).TotalSeconds) - 1;
                perSecond[second].ShouldBe(ActivityState.Active, $"at {r.At}");
                c.Settings.Allows(TimeZoneInfo.ConvertTime(r.At, Berlin).DateTime).ShouldBeTrue($"at {r.At}");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Only_active_time_counts_and_a_natural_break_starts_the_count_again()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (trace, perSecond) = Build(c);
            var reminders = ReminderSimulation.Run(c.Settings, Berlin, trace);
            // Where a count may start: the trace's start, the end of an idle stretch as long as a break, the end of a cycle.
            var restarts = new List<int> { 0 };
            var idle = 0;
            for (var s = 0; s < perSecond.Length; s++)
            {
                idle = perSecond[s] == ActivityState.Idle ? idle + 1 : perSecond[s] == ActivityState.Locked ? idle : 0;
                if (idle >= c.Settings.Break.TotalSeconds && perSecond[s] == ActivityState.Idle)
                {
                    restarts.Add(s + 1);
                    idle = 0;
                }
            }
            restarts.AddRange(reminders.Where(r => r.Repeat == c.Settings.MaxRepeats).Select(r => (int)Math.Round((r.At - c.Start).TotalSeconds)));
            foreach (var r in reminders.Where(r => r.Repeat == 0))
            {
                var end = (int)Math.Round((r.At - c.Start).TotalSeconds);
                var from = restarts.Where(x => x < end).Max();
                var counted = perSecond[from..end].Count(s => s is ActivityState.Active or ActivityState.Inhibited);
                counted.ShouldBeGreaterThanOrEqualTo((int)c.Settings.Every.TotalSeconds, $"reminder at {r.At}: counted since second {from}");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_ignored_reminder_comes_back_after_the_snooze_at_most_the_set_number_of_times()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (trace, _) = Build(c);
            var reminders = ReminderSimulation.Run(c.Settings, Berlin, trace);
            for (var i = 1; i < reminders.Count; i++)
            {
                reminders[i].Repeat.ShouldBeLessThanOrEqualTo(c.Settings.MaxRepeats);
                if (reminders[i].Repeat > 0)
                {
                    reminders[i].Repeat.ShouldBe(reminders[i - 1].Repeat + 1);
                    (reminders[i].At - reminders[i - 1].At).ShouldBeGreaterThanOrEqualTo(c.Settings.Snooze);
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_session_counts_as_playing_for_its_length_and_ten_minutes_more_not_for_ever()
    {
        var started = Monday9;
        var session = Unknot.Testing.SessionRecords.Completed("desk-break", started) with { Completed = false, EndedAt = null };
        var length = TimeSpan.FromSeconds(session.Segments.Sum(s => s.DurationSeconds));

        session.MayBePlaying(started.AddMinutes(1)).ShouldBeTrue();
        session.MayBePlaying(started + length + TimeSpan.FromMinutes(9)).ShouldBeTrue();
        session.MayBePlaying(started + length + TimeSpan.FromMinutes(11)).ShouldBeFalse("a tab closed mid-session long ago");
        (session with { EndedAt = started.AddMinutes(3) }).MayBePlaying(started.AddMinutes(4)).ShouldBeFalse("stopped on purpose");
    }
}
