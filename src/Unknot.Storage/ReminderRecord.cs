using Unknot.Reminders;

namespace Unknot.Storage;

/// <summary>A break reminder as stored: when it was offered, why, and what became of it (null while it is shown).</summary>
public sealed record ReminderRecord(Guid Id, DateTimeOffset At, int Repeat, string Reason, ReminderOutcome? Outcome);

/// <summary>Active time at the computer on one local day.</summary>
public sealed record ActiveDay(DateOnly Day, int Seconds);
