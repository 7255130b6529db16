using FsCheck;
using FsCheck.Fluent;
using Unknot.Reminders;

namespace Unknot.Core.Tests.Reminders;

/// <summary>What became of the reminders: every one counted once, so the parts add up to the whole.</summary>
public sealed class ReminderTallyTests
{
    [Fact]
    public void Reminders_with_no_answer_recorded_count_as_unanswered()
    {
        // The reported case: two reminders whose notifier never came back with an answer.
        var tally = ReminderTally.Of([null, null]);

        tally.Offered.ShouldBe(2);
        tally.Unanswered.ShouldBe(2);
    }

    [Fact]
    public void Each_outcome_lands_in_its_own_part()
    {
        var tally = ReminderTally.Of([ReminderOutcome.Taken, ReminderOutcome.Postponed, ReminderOutcome.Postponed, ReminderOutcome.Skipped,
            ReminderOutcome.Ignored, null, ReminderOutcome.NotShown]);

        (tally.Taken, tally.Postponed, tally.Skipped, tally.Unanswered, tally.NotShown).ShouldBe((1, 2, 1, 2, 1));
        tally.Offered.ShouldBe(7);
    }

    [Fact]
    public void The_parts_add_up_to_the_number_of_reminders_for_any_mix_of_outcomes()
    {
        var outcome = Gen.Elements<ReminderOutcome?>([null, .. Enum.GetValues<ReminderOutcome>().Cast<ReminderOutcome?>()]);
        Prop.ForAll(Gen.ListOf(outcome).ToArbitrary(), outcomes =>
        {
            var tally = ReminderTally.Of(outcomes);

            (tally.Taken + tally.Postponed + tally.Skipped + tally.Unanswered + tally.NotShown).ShouldBe(outcomes.Count);
        }).QuickCheckThrowOnFailure();
    }
}
