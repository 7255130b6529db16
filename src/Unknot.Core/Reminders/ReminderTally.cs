namespace Unknot.Reminders;

/// <summary>
/// What became of a set of reminders, each counted in exactly one part, so the parts always add up to
/// <see cref="Offered"/>. A reminder with no answer recorded (the notifier never reported one, or the service or the
/// browser tab went away first) is counted as unanswered: nobody answered it.
/// </summary>
/// <param name="Taken">Breaks started from a reminder.</param>
/// <param name="Postponed">"In 10 minutes".</param>
/// <param name="Skipped">Dismissed with Skip.</param>
/// <param name="Unanswered">Ignored, or with no answer recorded.</param>
/// <param name="NotShown">Could not be shown.</param>
public sealed record ReminderTally(int Taken, int Postponed, int Skipped, int Unanswered, int NotShown)
{
    /// <summary>Every reminder counted: the sum of the parts, by construction.</summary>
    public int Offered => Taken + Postponed + Skipped + Unanswered + NotShown;

    /// <summary>The tally of reminders whose outcomes (null: none recorded) are <paramref name="outcomes"/>.</summary>
    public static ReminderTally Of(IEnumerable<ReminderOutcome?> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int taken = 0, postponed = 0, skipped = 0, unanswered = 0, notShown = 0;
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case ReminderOutcome.Taken:
                    taken++;
                    break;
                case ReminderOutcome.Postponed:
                    postponed++;
                    break;
                case ReminderOutcome.Skipped:
                    skipped++;
                    break;
                case ReminderOutcome.NotShown:
                    notShown++;
                    break;
                case ReminderOutcome.Ignored or null:
                    unanswered++;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(outcomes), outcome, "an outcome the tally does not know");
            }
        }
        return new ReminderTally(taken, postponed, skipped, unanswered, notShown);
    }
}
