using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Planning;

public sealed class TodaySuggestionTests
{
    // 2026-12-02 was a Wednesday, 2026-12-05 a Saturday.
    private static readonly DateTimeOffset WednesdayAtTen = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2, 10, "desk-break")]
    [InlineData(2, 7, "warm-up")]
    [InlineData(2, 20, "cool-down")]
    [InlineData(5, 11, "full-upper-back")]
    [InlineData(5, 2, "cool-down")]
    public void Without_a_sore_part_the_time_of_day_chooses(int day, int hour, string routine)
    {
        var now = new DateTimeOffset(2026, 12, day, hour, 0, 0, TimeSpan.Zero);

        var suggestion = TodaySuggestion.For(now, Builtins.Routines, Builtins.Catalog, Level.Standard, FocusArea.All, firstSession: true);

        suggestion.Routine.Id.ShouldBe(routine);
    }

    [Theory]
    [InlineData(FocusArea.Neck)]
    [InlineData(FocusArea.UpperBack)]
    [InlineData(FocusArea.Shoulders)]
    public void A_first_session_for_a_sore_part_is_the_routine_that_spends_most_time_there_with_nothing_to_fetch(FocusArea focus)
    {
        var suggestion = TodaySuggestion.For(WednesdayAtTen, Builtins.Routines, Builtins.Catalog, Level.Standard, focus, firstSession: true);

        var targets = FocusAreas.Targets(focus);
        var atHand = Builtins.Routines.All.Where(r => Exercises(r.Id).All(e => e.Equipment.All(q => q is Equipment.Chair or Equipment.Wall))).ToList();
        atHand.ShouldContain(suggestion.Routine);
        atHand.ShouldAllBe(other => Share(other.Id, targets) <= Share(suggestion.Routine.Id, targets));
        suggestion.Why.ShouldContain(FocusAreas.Name(focus));
        suggestion.Minutes.ShouldBe((int)Math.Ceiling(TimelineCompiler.Compile(suggestion.Routine, Builtins.Catalog, Level.Standard).TotalSeconds / 60.0));
    }

    [Fact]
    public void The_three_sore_parts_do_not_all_lead_to_the_same_routine()
    {
        var picks = new[] { FocusArea.Neck, FocusArea.UpperBack, FocusArea.Shoulders }
            .Select(f => TodaySuggestion.For(WednesdayAtTen, Builtins.Routines, Builtins.Catalog, Level.Standard, f, firstSession: true).Routine.Id)
            .Distinct();

        picks.Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void After_the_first_session_the_time_of_day_chooses_again()
    {
        var suggestion = TodaySuggestion.For(WednesdayAtTen, Builtins.Routines, Builtins.Catalog, Level.Standard, FocusArea.Neck, firstSession: false);

        suggestion.Routine.Id.ShouldBe("desk-break");
    }

    private static List<Exercise> Exercises(string routine) =>
        [.. Builtins.Routines.Find(routine)!.Items.Select(i => Builtins.Catalog.Find(i.Exercise.Value)!)];

    private static double Share(string routine, IReadOnlySet<Target> targets)
    {
        var holds = TimelineCompiler.Compile(Builtins.Routines.Find(routine)!, Builtins.Catalog, Level.Standard).Segments.Where(s => s.IsExercise).ToList();
        return (double)holds.Where(s => Builtins.Catalog.Find(s.Exercise.Value)!.Targets.Any(targets.Contains)).Sum(s => s.DurationSeconds) / holds.Sum(s => s.DurationSeconds);
    }
}
