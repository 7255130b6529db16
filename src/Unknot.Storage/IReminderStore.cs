using Unknot.Progress;

namespace Unknot.Storage;

/// <summary>One user's break reminders and what became of them, and the active time they are counted in.</summary>
public interface IReminderStore
{
    /// <summary>Records a reminder as it is offered.</summary>
    void AddReminder(ReminderRecord reminder);


    /// <summary>Records what became of a reminder; false when there is no such reminder of this user.</summary>
    bool SetReminderOutcome(Guid id, Reminders.ReminderOutcome outcome);


    /// <summary>The reminders offered from <paramref name="since"/> on, oldest first.</summary>
    IReadOnlyList<ReminderRecord> Reminders(DateTimeOffset since);


    /// <summary>Adds <paramref name="seconds"/> of active time to <paramref name="day"/>.</summary>
    void AddActiveTime(DateOnly day, int seconds);


    /// <summary>Active time per day from <paramref name="since"/> on, oldest first.</summary>
    IReadOnlyList<ActiveDay> ActiveDays(DateOnly since);

}
