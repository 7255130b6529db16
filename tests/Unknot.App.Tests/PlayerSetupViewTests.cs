using System.Text.Json;
using Unknot.App.Views;
using Unknot.Dosing;
using Unknot.Figures;
using Unknot.Preferences;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Testing;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.App.Tests;

/// <summary>The browser player's setup as the page writes it: the names player.js reads, and the engine's own moments.</summary>
public sealed class PlayerSetupViewTests
{
    private static JsonElement Written(SessionRecord? unfinished = null, UserPreferences? preferences = null)
    {
        var routine = Builtins.Routines.Find("desk-break")!;
        var timeline = TimelineCompiler.Compile(routine, Builtins.Catalog, Level.Standard);
        var setup = PlayerSetupView.For(routine, timeline, new Dictionary<string, FigureAnimationView>(), FigureMotion.Plan(timeline, Builtins.Catalog),
            preferences ?? new UserPreferences(), unfinished, Builtins.Routines);
        return JsonDocument.Parse(JsonSerializer.Serialize(setup, AppJson.Compact.Info<PlayerSetupView>())).RootElement;
    }

    [Fact]
    public void The_setup_carries_the_moments_and_the_back_rule_the_engine_plays()
    {
        var moments = Written().GetProperty("moments");

        moments.GetProperty("halfwayFromSeconds").GetInt32().ShouldBe(SessionMoments.HalfwayFromSeconds);
        moments.GetProperty("countdownFromSeconds").GetInt32().ShouldBe(SessionMoments.CountdownFromSeconds);
        moments.GetProperty("countdownSeconds").GetInt32().ShouldBe(SessionMoments.CountdownSeconds);
        moments.GetProperty("backRestartsAfterSeconds").GetDouble().ShouldBe(SessionMoments.BackRestartsAfterSeconds);
        (SessionMoments.HalfwayFromSeconds, SessionMoments.CountdownFromSeconds, SessionMoments.CountdownSeconds, SessionMoments.BackRestartsAfterSeconds)
            .ShouldBe((10, 5, 3, 2.0), "the moments docs/web.md and docs/timeline-and-sessions.md describe");
    }

    [Fact]
    public void The_setup_names_what_the_player_reads_and_leaves_out_a_resume_when_there_is_none()
    {
        var setup = Written(preferences: new UserPreferences { Voice = false, BeepVolume = 20 });

        setup.EnumerateObject().Select(p => p.Name).ShouldBe(["figures", "motions", "routine", "timeline", "directions", "moments", "settings"]);
        var routine = setup.GetProperty("routine");
        routine.GetProperty("id").GetString().ShouldBe("desk-break");
        routine.GetProperty("planned").GetBoolean().ShouldBeFalse();
        routine.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(1);
        setup.GetProperty("motions").GetArrayLength().ShouldBe(setup.GetProperty("timeline").GetProperty("segments").GetArrayLength());
        setup.GetProperty("settings").GetProperty("voice").GetBoolean().ShouldBeFalse();
        setup.GetProperty("settings").GetProperty("beepVolume").GetInt32().ShouldBe(20);
        setup.GetProperty("settings").TryGetProperty("voiceName", out _).ShouldBeFalse("a value that does not apply is left out");
        setup.GetProperty("directions").GetProperty("tiltLeft").GetString().ShouldBe(NeckMeasurement.Names["tiltLeft"]);
    }

    [Fact]
    public void A_routine_the_library_does_not_hold_as_played_is_planned_and_carries_each_items_level_and_rest()
    {
        var desk = Builtins.Routines.Find("desk-break")!;
        var twice = desk with { Items = [.. desk.Items.SelectMany(i => new[] { i, i })] };
        var own = desk with { Id = "neck-and-rest", Items = [new Routines.RoutineItem(new Catalog.ExerciseId("lateral-neck-stretch"), Level.Deep, 20)] };

        PlayerRoutineView.Of(desk, Builtins.Routines).Planned.ShouldBeFalse();
        PlayerRoutineView.Of(twice, Builtins.Routines).Planned.ShouldBeTrue("the desk break twice over is no routine of the library");
        var view = PlayerRoutineView.Of(own, Builtins.Routines);
        view.Planned.ShouldBeTrue();
        view.Items.ShouldBe([new RoutineItemView("lateral-neck-stretch", Level.Deep, 20)]);
    }

    [Fact]
    public void An_unfinished_session_is_offered_from_its_checkpoint_with_its_outcomes_in_words()
    {
        var started = new DateTimeOffset(2026, 11, 18, 9, 30, 0, TimeSpan.Zero);
        var done = SessionRecords.Completed("desk-break", started, before: 4);
        var unfinished = done with
        {
            Completed = false,
            EndedAt = null,
            Segments = done.Segments.Select((s, i) => s with { Outcome = i == 0 ? SegmentOutcome.Done : i == 1 ? SegmentOutcome.Skipped : SegmentOutcome.Pending }).ToArray(),
            Checkpoint = new SessionCheckpoint("desk-break", Level.Standard, 2, 3.5),
        };

        var resume = Written(unfinished).GetProperty("resume");

        resume.GetProperty("sessionId").GetGuid().ShouldBe(unfinished.Id);
        resume.GetProperty("startedAt").GetString().ShouldBe("2026-11-18T09:30:00Z");
        resume.GetProperty("index").GetInt32().ShouldBe(2);
        resume.GetProperty("secondsInto").GetDouble().ShouldBe(3.5);
        resume.GetProperty("outcomes").EnumerateArray().Take(3).Select(o => o.GetString()).ShouldBe(["done", "skipped", "pending"]);
        resume.GetProperty("painBefore").GetInt32().ShouldBe(4);
    }
}
