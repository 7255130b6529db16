using Unknot.Programmes;
using static Unknot.Testing.ProgrammeEnrolments;

namespace Unknot.Storage.Tests;

// Programmes a user followed: the current one and past ones.
public abstract partial class StoreContract
{
    [Fact]
    public void A_saved_programme_reads_back_whole_with_its_pauses_and_stop_day()
    {
        var paused = new ProgrammeEnrolment(Guid.NewGuid(), Full(), Day("2026-11-02"),
            [new ProgrammePause(Day("2026-11-05"), Day("2026-11-08")), new ProgrammePause(Day("2026-11-15"), null)]);
        var stopped = new ProgrammeEnrolment(Guid.NewGuid(), BuiltIn("neck-mobility-6-weeks"), Day("2026-09-07"),
            [new ProgrammePause(Day("2026-09-10"), Day("2026-09-10"))], Day("2026-10-01"));
        using (var store = Open())
        {
            store.SaveProgramme(stopped);
            store.SaveProgramme(paused);
        }

        using var again = Open();
        var read = again.Programmes();

        read.Select(e => e.Id).ShouldBe([paused.Id, stopped.Id]);
        var current = read[0];
        current.StartedOn.ShouldBe(Day("2026-11-02"));
        current.Pauses.ShouldBe(paused.Pauses);
        current.StoppedOn.ShouldBeNull();
        current.IsPaused.ShouldBeTrue();
        var programme = current.Programme;
        (programme.Id, programme.Name, programme.Description, programme.Weeks).ShouldBe(("my-weeks", "My weeks", "For the desk and the evenings.", 6));
        programme.Sessions.Select(s => (s.Routine.Id, s.Routine.Name, s.Routine.Description, s.When))
            .ShouldBe([("desk-break", "Desk break", Full().Sessions[0].Routine.Description, "during the working day"), ("my-weeks-2", "Evening", "Slow ones.", "")]);
        programme.Sessions[0].Routine.Items.ShouldBe(Full().Sessions[0].Routine.Items);
        programme.Sessions[1].Routine.Items.Select(i => (i.Exercise.Value, i.Level, i.RestAfterSeconds))
            .ShouldBe([("cat-cow", Dosing.Level.Deep, 10), ("chest-stretch", null, 0)]);
        programme.Sessions.Select(s => s.Days.Order().ToArray()).ShouldBe([
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday]]);
        programme.Start.ShouldBe(new ProgrammeDose(Dosing.Level.Standard, 2, 3));
        programme.Steps.ShouldBe([ProgrammeStep.Days, ProgrammeStep.Level, ProgrammeStep.Sets]);
        programme.EasierWeeks.ShouldBe([4]);
        programme.DoneShare.ShouldBe(0.75);
        programme.Missed.ShouldBe(MissedSessions.Carry);
        programme.Basis.ShouldBe("Unknot's own choices, for the test.");
        (programme.Source, programme.File).ShouldBe((ProgrammeSource.File, "programs/my-weeks.yaml"));
        programme.DoseOf(6).ShouldBe(Full().DoseOf(6));
        var past = read[1];
        (past.StartedOn, past.StoppedOn, past.IsCurrent).ShouldBe((Day("2026-09-07"), Day("2026-10-01"), false));
        past.Pauses.ShouldBe(stopped.Pauses);
        ProgrammeSnapshot.Serialize(past.Programme).ShouldBe(ProgrammeSnapshot.Serialize(stopped.Programme));
    }

    [Fact]
    public void Saving_a_programme_again_replaces_it_whole()
    {
        using var store = Open();
        var started = Started(Day("2026-11-02"));
        store.SaveProgramme(started);

        store.SaveProgramme(started.Pause(Day("2026-11-04")));
        store.SaveProgramme(started.Pause(Day("2026-11-04")).Resume(Day("2026-11-06")).Stop(Day("2026-11-10")) with { Programme = Full() });

        var read = store.Programmes().ShouldHaveSingleItem();
        read.Programme.Id.ShouldBe("my-weeks");
        read.Pauses.ShouldBe([new ProgrammePause(Day("2026-11-04"), Day("2026-11-06"))]);
        read.StoppedOn.ShouldBe(Day("2026-11-10"));
    }

    [Fact]
    public void A_programme_started_stops_the_one_before_on_its_start_day_and_leaves_past_ones_as_they_were()
    {
        using var store = Open();
        var past = Started(Day("2026-09-01"), BuiltIn("neck-mobility-6-weeks")).Stop(Day("2026-10-01"));
        var before = Started(Day("2026-10-05")).Pause(Day("2026-11-10"));
        store.SaveProgramme(past);
        store.StartProgramme(before);

        var next = Started(Day("2026-11-16"), BuiltIn("lifters-upper-back-4-weeks"));
        store.StartProgramme(next);

        var read = store.Programmes();
        read.Select(e => e.Id).ShouldBe([next.Id, before.Id, past.Id]);
        read.Count(e => e.IsCurrent).ShouldBe(1);
        read[0].IsCurrent.ShouldBeTrue();
        read[1].StoppedOn.ShouldBe(Day("2026-11-16"));
        read[1].Pauses.ShouldBe([new ProgrammePause(Day("2026-11-10"), Day("2026-11-16"))], "stopping closes the open pause, as Stop does");
        Whole(read[1]).ShouldBe(Whole(before.Stop(Day("2026-11-16"))));
        read[2].StoppedOn.ShouldBe(Day("2026-10-01"));
        read[2].Pauses.ShouldBeEmpty();
    }

    [Fact]
    public void A_pause_or_stop_of_a_programme_switched_meanwhile_writes_nothing_and_leaves_one_current()
    {
        using var store = Open();
        var first = Started(Day("2026-10-05"));
        store.StartProgramme(first);
        var seen = store.Programmes()[0];
        store.StartProgramme(Started(Day("2026-10-07"), BuiltIn("neck-mobility-6-weeks")));

        store.ChangeCurrentProgramme(seen.Pause(Day("2026-10-08"))).ShouldBeFalse("another start switched it after it was read");

        var read = store.Programmes();
        read.Count(e => e.IsCurrent).ShouldBe(1);
        read.Single(e => e.Id == first.Id).StoppedOn.ShouldBe(Day("2026-10-07"));
        read.Single(e => e.Id == first.Id).Pauses.ShouldBeEmpty();
    }

    [Fact]
    public void A_pause_of_the_current_programme_is_written()
    {
        using var store = Open();
        var first = Started(Day("2026-10-05"));
        store.StartProgramme(first);

        store.ChangeCurrentProgramme(first.Pause(Day("2026-10-08"))).ShouldBeTrue();

        store.Programmes()[0].Pauses.ShouldBe([new ProgrammePause(Day("2026-10-08"), null)]);
    }

    [Fact]
    public void A_programme_started_on_a_day_before_the_current_one_began_stops_it_on_its_own_first_day()
    {
        using var store = Open();
        var later = Started(Day("2026-11-20"));
        store.StartProgramme(later);

        store.StartProgramme(Started(Day("2026-11-16"), BuiltIn("neck-mobility-6-weeks")));

        store.Programmes().Single(e => e.Id == later.Id).StoppedOn.ShouldBe(Day("2026-11-20"), "a programme never stops before it starts");
    }

    [Fact]
    public void Starting_the_current_programme_again_keeps_it_current()
    {
        using var store = Open();
        var started = Started(Day("2026-11-02"));
        store.StartProgramme(started);

        store.StartProgramme(started);

        store.Programmes().ShouldHaveSingleItem().IsCurrent.ShouldBeTrue();
    }

    [Fact]
    public void One_user_never_sees_or_stops_another_users_programmes()
    {
        var theirs = Started(Day("2026-11-02"));
        using (var ann = Open("ann"))
        {
            ann.StartProgramme(theirs);
        }

        using var bob = Open("bob");
        bob.Programmes().ShouldBeEmpty();
        bob.StartProgramme(theirs with { Programme = Full(), StartedOn = Day("2026-11-09") });
        bob.StartProgramme(Started(Day("2026-11-16")));

        using var again = Open("ann");
        var kept = again.Programmes().ShouldHaveSingleItem();
        (kept.Programme.Id, kept.StartedOn, kept.IsCurrent).ShouldBe(("desk-worker-4-weeks", Day("2026-11-02"), true));
        bob.Programmes().Count.ShouldBe(2);
        bob.Programmes().Single(e => e.Id == theirs.Id).StoppedOn.ShouldBe(Day("2026-11-16"));
    }

    [Fact]
    public void Deleting_a_user_removes_their_programmes_and_no_one_elses()
    {
        using (var ann = Open("ann"))
        {
            ann.StartProgramme(Started(Day("2026-11-02")));
            ann.SaveProgramme(Started(Day("2026-09-02")).Stop(Day("2026-10-02")));
        }
        using (var bob = Open("bob"))
        {
            bob.StartProgramme(Started(Day("2026-11-02")));
        }

        using (var ann = Open("ann"))
        {
            ann.DeleteUser();
        }

        using var back = Open("ann");
        back.Programmes().ShouldBeEmpty();
        back.UnreadableProgrammes().ShouldBeEmpty();
        using var other = Open("bob");
        other.Programmes().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("programme_json", "'{\"id\": \"desk-worker-4-weeks\", \"name\": '", "")]
    [InlineData("programme_json", "'{\"id\": \"x\", \"name\": \"X\", \"weeks\": 99, \"sessions\": []}'", "programme 'x': weeks must be from 1 to 26, got 99")]
    [InlineData("programme_json", "REPLACE(programme_json, '\"missed\":\"carry\"', '\"missed\":\"sometimes\"')", "")]
    [InlineData("programme_json", "REPLACE(programme_json, '\"missed\":\"carry\"', '\"missed\":7')", "programme 'desk-worker-4-weeks': missed or source is not a word Unknot knows")]
    [InlineData("started_on", "'last monday'", "")]
    [InlineData("pauses", "'[{\"from\": '", "")]
    [InlineData("pauses", "'[{\"from\": \"2026-10-01\"}]'", "pauses[0].from: must not be before startedOn (2026-11-02), got 2026-10-01")]
    [InlineData("stopped_on", "'2026-11-01'", "stoppedOn: must not be before startedOn (2026-11-02), got 2026-11-01")]
    [InlineData("id", "'not-a-guid'", "")]
    public void A_programme_row_that_cannot_be_read_is_left_out_and_reported_and_never_breaks_a_read(string column, string value, string reason)
    {
        var good = Started(Day("2026-09-07"), BuiltIn("neck-mobility-6-weeks")).Stop(Day("2026-10-01"));
        var damaged = Started(Day("2026-11-02"));
        using var store = Open();
        store.SaveProgramme(good);
        store.StartProgramme(damaged);

        Execute($"UPDATE programmes SET {column} = {value} WHERE id = '{damaged.Id}'");

        store.Programmes().ShouldHaveSingleItem().Id.ShouldBe(good.Id);
        var unreadable = store.UnreadableProgrammes().ShouldHaveSingleItem();
        unreadable.Id.ShouldBe(column == "id" ? "not-a-guid" : damaged.Id.ToString());
        unreadable.Reason.ShouldNotBeNullOrWhiteSpace();
        if (reason.Length > 0)
        {
            unreadable.Reason.ShouldBe(reason);
        }
    }

    [Fact]
    public void A_damaged_current_programme_is_still_stopped_when_another_starts()
    {
        using var store = Open();
        var damaged = Started(Day("2026-11-02")).Pause(Day("2026-11-05"));
        store.StartProgramme(damaged);
        Execute($"UPDATE programmes SET programme_json = '{{' WHERE id = '{damaged.Id}'");

        var next = Started(Day("2026-11-16"));
        store.StartProgramme(next);

        store.Programmes().ShouldHaveSingleItem().Id.ShouldBe(next.Id);
        Execute("UPDATE programmes SET programme_json = @Json WHERE id = @Id", new { Json = ProgrammeSnapshot.Serialize(damaged.Programme), Id = damaged.Id.ToString() });
        Whole(store.Programmes().Single(e => e.Id == damaged.Id)).ShouldBe(Whole(damaged.Stop(Day("2026-11-16"))));
    }

    [Fact]
    public void Starting_a_programme_is_a_change_the_next_snapshot_shows()
    {
        using (var store = Open("ann"))
        {
            store.SetSetting("level", "deep");
        }
        var first = Factory.Snapshot("ann");

        using (var store = Open("ann"))
        {
            store.StartProgramme(Started(Day("2026-11-16")));
        }

        Factory.Snapshot("ann").Version.ShouldNotBe(first.Version);
    }

    /// <summary>Everything an enrolment holds, as text to compare.</summary>
    private static string Whole(ProgrammeEnrolment e) =>
        $"{e.Id} {e.StartedOn:yyyy-MM-dd} {e.StoppedOn:yyyy-MM-dd} {ProgrammeSnapshot.SerializePauses(e.Pauses)} {ProgrammeSnapshot.Serialize(e.Programme)}";
}
