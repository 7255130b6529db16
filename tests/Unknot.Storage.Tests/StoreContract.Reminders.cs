namespace Unknot.Storage.Tests;

// Break reminders and the active time counted between them.
public abstract partial class StoreContract
{
    [Fact]
    public void Reminders_keep_their_outcome_and_active_time_adds_up_per_day()
    {
        using var store = Open();
        var at = new DateTimeOffset(2026, 11, 23, 9, 45, 0, TimeSpan.Zero);
        var first = new ReminderRecord(Guid.NewGuid(), at, 0, "45m of active time since your last break", null);
        var again = new ReminderRecord(Guid.NewGuid(), at.AddMinutes(10), 1, "the reminder came back", null);

        store.AddReminder(again);
        store.AddReminder(first);
        store.SetReminderOutcome(first.Id, Unknot.Reminders.ReminderOutcome.Ignored).ShouldBeTrue();
        store.SetReminderOutcome(again.Id, Unknot.Reminders.ReminderOutcome.Taken).ShouldBeTrue();
        store.SetReminderOutcome(Guid.NewGuid(), Unknot.Reminders.ReminderOutcome.Taken).ShouldBeFalse();
        store.AddActiveTime(new DateOnly(2026, 11, 23), 60);
        store.AddActiveTime(new DateOnly(2026, 11, 23), 45);
        store.AddActiveTime(new DateOnly(2026, 11, 24), 30);

        store.Reminders(at).Select(r => (r.Repeat, r.Outcome)).ShouldBe([(0, Unknot.Reminders.ReminderOutcome.Ignored), (1, Unknot.Reminders.ReminderOutcome.Taken)]);
        store.Reminders(at.AddMinutes(1)).Count.ShouldBe(1);
        store.ActiveDays(new DateOnly(2026, 11, 23)).ShouldBe([new ActiveDay(new DateOnly(2026, 11, 23), 105), new ActiveDay(new DateOnly(2026, 11, 24), 30)]);
        store.ActiveDays(new DateOnly(2026, 11, 24)).Count.ShouldBe(1);
    }
}
