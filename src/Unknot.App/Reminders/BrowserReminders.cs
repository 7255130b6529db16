using System.Collections.Concurrent;
using Unknot.Preferences;
using Unknot.Reminders;
using Unknot.Storage;

namespace Unknot.App.Reminders;

/// <summary>A reminder for a browser tab: its id (for the answer), when, why, what break it offers, and the address of that break's player.</summary>
public sealed record BrowserReminder(Guid Id, DateTimeOffset At, string Reason, string Break, string Start);

/// <summary>
/// The break reminders of an open Unknot tab: the same <see cref="BreakScheduler"/> as <c>unknot remind</c>, one per
/// user, fed by the tab every few seconds with how long it has been since the last input there. Reminders and
/// answers are stored like the desktop's.
/// </summary>
public sealed class BrowserReminders(TimeProvider time)
{
    /// <summary>Most seconds one report may cover: a tab asleep longer than that adds no more.</summary>
    public const double LongestReport = 60;

    private readonly ConcurrentDictionary<string, (string Written, BreakScheduler Scheduler, int Seed)> _users = new(StringComparer.Ordinal);

    /// <summary>
    /// Takes in <paramref name="seconds"/> (up to <see cref="LongestReport"/>) just gone by, in which the tab saw its
    /// last input <paramref name="idleSeconds"/> ago (or none, when hidden); returns the reminder that fell due, stored.
    /// </summary>
    public BrowserReminder? Report(IUnknotStore store, Catalog.ExerciseCatalog catalog, UserPreferences preferences, TimeZoneInfo zone, double seconds, double? idleSeconds)
    {
        var settings = preferences.Remind;
        var entry = _users.AddOrUpdate(store.UserId,
            _ => (settings.Written, new BreakScheduler(settings, zone), 0),
            (_, known) => known.Written == settings.Written ? known : (settings.Written, new BreakScheduler(settings, zone), known.Seed));
        var now = time.GetUtcNow();
        var count = (int)Math.Round(Math.Clamp(seconds, 0, LongestReport));
        var inSession = store.LatestUnfinished()?.MayBePlaying(now) == true;
        lock (entry.Scheduler)
        {
            for (var i = count; i > 0; i--)
            {
                // The tab saw input idleSeconds ago: the seconds before that were active, the ones after it away.
                var away = idleSeconds is not { } idle || i <= idle - settings.AwayAfter.TotalSeconds;
                if (entry.Scheduler.Second(now.AddSeconds(-i), away ? ActivityState.Idle : ActivityState.Active, inSession) is { } reminder)
                {
                    var id = Guid.NewGuid();
                    store.AddReminder(new ReminderRecord(id, reminder.At, reminder.Repeat, reminder.Reason, null));
                    _users[store.UserId] = entry with { Seed = entry.Seed + 1 };
                    var offer = BreakPlans.Offer(preferences, catalog, store, zone, now, entry.Seed);
                    return new BrowserReminder(id, reminder.At, reminder.Reason, offer.Description, offer.PlayerPath);
                }
            }
        }
        return null;
    }

    /// <summary>Records the answer to reminder <paramref name="id"/>; false when the user has no such reminder.</summary>
    public bool Answer(IUnknotStore store, Guid id, ReminderOutcome outcome)
    {
        if (!store.SetReminderOutcome(id, outcome))
        {
            return false;
        }
        if (_users.TryGetValue(store.UserId, out var entry))
        {
            lock (entry.Scheduler)
            {
                entry.Scheduler.Answer(outcome, time.GetUtcNow());
            }
        }
        return true;
    }
}
