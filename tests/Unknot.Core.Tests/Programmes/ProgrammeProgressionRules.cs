using FsCheck;
using FsCheck.Fluent;
using Unknot.Dosing;
using Unknot.Programmes;

namespace Unknot.Core.Tests.Programmes;

/// <summary>Rules of the progression that hold for any weeks a person may have: doses within their caps, and no week skipped.</summary>
public sealed class ProgrammeProgressionRules
{
    /// <summary>One week as it went: how many of its planned sessions were done, and the pain around each (either may be missing).</summary>
    public sealed record WeekOutcome(int Done, (int? Before, int? After)[] Pain)
    {
        public override string ToString() =>
            $"{Done} done, pain {string.Join(" ", Pain.Select(p => $"{p.Before?.ToString() ?? "-"}→{p.After?.ToString() ?? "-"}"))}";
    }

    /// <summary>The three built-ins and a long programme that reaches every cap before its end.</summary>
    private static readonly Programme[] Programmes =
    [
        SamplePrograms.DeskWorker,
        SamplePrograms.Lifters,
        SamplePrograms.NeckMobility,
        SamplePrograms.DeskBreaks("mon,wed,fri,sat", weeks: 8,
            steps: [ProgrammeStep.Level, ProgrammeStep.Days, ProgrammeStep.Level, ProgrammeStep.Sets, ProgrammeStep.Level, ProgrammeStep.Sets, ProgrammeStep.Days],
            easier: [4, 7], start: new ProgrammeDose(Level.Gentle, 3, 2)),
    ];

    private static Gen<WeekOutcome> Outcomes()
    {
        var score = Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 10).Select(s => (int?)s)));
        // Mostly calm sessions, sometimes a worse one: flares should happen, but not in every week.
        var pain = from before in score
                   from change in Gen.Frequency((6, Gen.Choose(-3, 1)), (1, Gen.Choose(2, 5)))
                   from rated in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
                   select (before, rated && before is { } b ? (int?)Math.Clamp(b + change, 0, 10) : null);
        return from done in Gen.Frequency((3, Gen.Constant(7)), (2, Gen.Choose(0, 7)))
               from pains in Gen.ArrayOf(pain, 7)
               select new WeekOutcome(done, pains);
    }

    private static Arbitrary<(int Programme, WeekOutcome[] Weeks)> Cases() =>
        (from programme in Gen.Choose(0, Programmes.Length - 1)
         from count in Gen.Choose(1, 12)
         from weeks in Gen.ArrayOf(Outcomes(), count)
         select (programme, weeks)).ToArbitrary();

    private static ProgrammeReport Follow(Programme programme, IEnumerable<WeekOutcome> weeks)
    {
        var person = new Follower(programme);
        foreach (var week in weeks)
        {
            if (person.Report().Status != ProgrammeStatus.Active)
            {
                break;
            }
            person.PlayWeek(week.Done, i => week.Pain[i]);
        }
        return person.Report();
    }

    [Fact]
    public void No_week_s_dose_goes_past_the_deep_level_the_most_sets_or_the_programme_s_days()
    {
        Prop.ForAll(Cases(), c =>
        {
            var programme = Programmes[c.Programme];
            var report = Follow(programme, c.Weeks);

            foreach (var week in report.Weeks)
            {
                ((int)week.Dose.Level).ShouldBeLessThanOrEqualTo((int)Level.Deep);
                week.Dose.Sets.ShouldBeInRange(1, ProgrammeDose.MaxSets);
                week.Dose.Days.ShouldBeInRange(1, programme.MostDays);
                week.Dose.ShouldBe(programme.DoseOf(week.Week));
                week.Sessions.Count(s => s.CarriedFrom is null).ShouldBeLessThanOrEqualTo(programme.MostDays * programme.Sessions.Count);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void No_week_is_skipped_and_none_comes_before_the_first()
    {
        Prop.ForAll(Cases(), c =>
        {
            var programme = Programmes[c.Programme];
            var report = Follow(programme, c.Weeks);

            report.Weeks.Select(w => w.Number).ShouldBe(Enumerable.Range(1, report.Weeks.Count));
            report.Weeks[0].Week.ShouldBe(1);
            for (var i = 1; i < report.Weeks.Count; i++)
            {
                var step = report.Weeks[i].Week - report.Weeks[i - 1].Week;
                step.ShouldBeInRange(-1, 1, $"from week {report.Weeks[i - 1].Week} to {report.Weeks[i].Week}");
                report.Weeks[i].Week.ShouldBeInRange(1, programme.Weeks);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_week_steps_up_only_when_its_share_was_done_and_back_only_after_pain_went_up()
    {
        Prop.ForAll(Cases(), c =>
        {
            var programme = Programmes[c.Programme];
            var report = Follow(programme, c.Weeks);

            for (var i = 1; i < report.Weeks.Count; i++)
            {
                var before = report.Weeks[i - 1];
                var step = report.Weeks[i].Week - before.Week;
                if (step == 1)
                {
                    before.Done.ShouldBeGreaterThanOrEqualTo((int)Math.Ceiling(programme.DoneShare * before.Planned - 1e-9));
                }
                if (step == -1)
                {
                    report.Weeks[i].Why.ShouldStartWith($"Back to week {report.Weeks[i].Week}: ");
                    report.Weeks[i].Why.ShouldContain("pain");
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void It_completes_only_after_the_last_week_and_then_plans_nothing_more()
    {
        Prop.ForAll(Cases(), c =>
        {
            var programme = Programmes[c.Programme];
            var report = Follow(programme, c.Weeks);

            if (report.Status == ProgrammeStatus.Completed)
            {
                report.Current.Week.ShouldBe(programme.Weeks);
                report.Current.Ended.ShouldBeTrue();
                report.Today.ShouldBeNull();
                report.Changes[^1].ShouldStartWith($"Done: all {programme.Weeks} weeks");
            }
            else
            {
                report.Status.ShouldBe(ProgrammeStatus.Active);
                report.Changes.ShouldAllBe(line => !line.StartsWith("Done:"));
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_week_done_in_full_without_pain_reaches_the_final_dose_on_the_last_week()
    {
        foreach (var programme in Programmes)
        {
            var report = Follow(programme, Enumerable.Repeat(new WeekOutcome(7, new (int?, int?)[7]), programme.Weeks));

            report.Status.ShouldBe(ProgrammeStatus.Completed, programme.Id);
            report.Weeks.Select(w => w.Week).ShouldBe(Enumerable.Range(1, programme.Weeks));
            report.Current.Dose.ShouldBe(programme.FinalDose);
        }
    }
}
