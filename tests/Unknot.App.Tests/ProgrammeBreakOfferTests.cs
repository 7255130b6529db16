using Unknot.App.Programmes;
using Unknot.App.Reminders;
using Unknot.App.Workspaces;
using Unknot.Testing;

namespace Unknot.App.Tests;

/// <summary>A break reminder offers today's session of the programme being followed, until it is done.</summary>
public sealed class ProgrammeBreakOfferTests
{
    [Fact]
    public void While_todays_session_is_to_do_the_reminder_offers_it_and_then_a_planned_break_again()
    {
        using var home = new TempHome();
        var clock = new FakeTimeProvider();
        using var workspace = new Workspace(home.Path, clock, Unknot.Storage.Sqlite.SqliteStoreFactory.InHome(home.Path, clock));
        using var user = UserContext.ForCommand(workspace, create: true, _ => { });

        BreakPlans.Offer(user.Preferences, user.Catalog, user.Store, user.Zone, clock.GetUtcNow(), 0).Plan.ShouldNotBeNull("no programme: a planned break");

        ProgrammeFollowing.Start(user, "desk-worker-4-weeks").Refusal.ShouldBe(ProgrammeRefusal.None);
        var offer = BreakPlans.Offer(user.Preferences, user.Catalog, user.Store, user.Zone, clock.GetUtcNow(), 0);

        offer.Description.ShouldBe("Today's session of Desk worker, 4 weeks is ready: Desk break, 4 min (week 1).");
        offer.PlayerPath.ShouldBe("/play/program?kind=0");
        offer.StartArguments.ShouldBe(["today", "--start"]);
        offer.Plan.ShouldBeNull();

        var (routine, level, _) = ProgrammeFollowing.TodaySession(user, 0)!.Value;
        var timeline = Unknot.Timelines.TimelineCompiler.Compile(routine, user.Catalog, level);
        user.Store.Save(Unknot.Progress.SessionRecord.Begin(Guid.NewGuid(), user.UserId, routine, timeline, clock.GetUtcNow(), user.Zone.Id)
            with { Completed = true, EndedAt = clock.GetUtcNow().AddSeconds(timeline.TotalSeconds) });

        BreakPlans.Offer(user.Preferences, user.Catalog, user.Store, user.Zone, clock.GetUtcNow(), 0).Plan.ShouldNotBeNull("today's session is done");
    }
}
