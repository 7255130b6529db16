namespace Unknot.Storage.Relational;

/// <summary>The reminders facet: reminders offered and what became of them, and active time per day.</summary>
public abstract partial class RelationalStore
{
    /// <inheritdoc />
    public void AddReminder(ReminderRecord reminder) => Connection.Execute(StoreSql.AddReminder, new
    {
        Id = reminder.Id.ToString(), UserId, At = Format(reminder.At), reminder.Repeat, reminder.Reason,
        Outcome = reminder.Outcome is { } o ? Text.Kebab.Of(o) : null,
    });

    /// <inheritdoc />
    public bool SetReminderOutcome(Guid id, Unknot.Reminders.ReminderOutcome outcome) =>
        Connection.Execute(StoreSql.SetReminderOutcome, new { Id = id.ToString(), UserId, Outcome = Text.Kebab.Of(outcome) }) == 1;

    /// <inheritdoc />
    public IReadOnlyList<ReminderRecord> Reminders(DateTimeOffset since) => Salvaged(() =>
        Connection.Query<ReminderRow>(StoreSql.Reminders, new { UserId, Since = Format(since) })
            .Select(r => new ReminderRecord(Guid.Parse(r.Id), DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture), (int)r.Repeat, r.Reason,
                r.Outcome is { } o && Text.Kebab.TryParse<Unknot.Reminders.ReminderOutcome>(o, out var outcome) ? outcome : null))
            .ToArray(), [], "reminders");

    internal sealed class ReminderRow
    {
        public string Id { get; init; } = "";

        public string At { get; init; } = "";

        public long Repeat { get; init; }

        public string Reason { get; init; } = "";

        public string? Outcome { get; init; }
    }

    /// <inheritdoc />
    public void AddActiveTime(DateOnly day, int seconds) =>
        Connection.Execute(StoreSql.AddActiveTime, new { UserId, Day = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Seconds = seconds });

    /// <inheritdoc />
    public IReadOnlyList<ActiveDay> ActiveDays(DateOnly since) => Salvaged(() =>
        Connection.Query<ActiveRow>(StoreSql.ActiveDays, new { UserId, Since = since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
            .Select(r => new ActiveDay(DateOnly.ParseExact(r.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), (int)r.Seconds))
            .ToArray(), [], "active time");

    internal sealed class ActiveRow
    {
        public string Day { get; init; } = "";

        public long Seconds { get; init; }
    }
}
