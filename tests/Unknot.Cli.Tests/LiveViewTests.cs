using Spectre.Console.Testing;
using Unknot.Cli.Player;
using Unknot.Dosing;
using Unknot.Sessions;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Cli.Tests;

public sealed class LiveViewTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void The_live_view_shows_the_exercise_cue_side_progress_and_what_comes_next()
    {
        var timeline = TimelineCompiler.Compile(Builtins.Routines.Find("desk-break")!, Builtins.Catalog, Level.Standard);
        using var engine = new SessionEngine(timeline, _clock);
        engine.Start();
        var hold = timeline.Segments.First(s => s.Exercise.Value == "lateral-neck-stretch" && s.Side == Side.Left);
        _clock.AdvanceSeconds(hold.StartSeconds + 10);

        var screen = Render(engine);

        screen.ShouldContain("Lateral neck stretch");
        screen.ShouldContain("exercise 2 of 5");
        screen.ShouldContain("HOLD · left side");
        screen.ShouldContain(hold.Cue);
        screen.ShouldContain("Next: Switch sides: now the right.");
        screen.ShouldContain($"/ {Unknot.Text.Durations.Clock(timeline.TotalSeconds)}");
        screen.ShouldNotContain("PAUSED");
    }

    [Fact]
    public void A_paused_session_says_so()
    {
        var timeline = TimelineCompiler.Compile(Builtins.Routines.Find("cool-down")!, Builtins.Catalog, Level.Standard);
        using var engine = new SessionEngine(timeline, _clock);
        engine.Start();
        engine.Pause();

        Render(engine).ShouldContain("PAUSED");
    }

    private static string Render(SessionEngine engine)
    {
        var console = new TestConsole().Width(200);
        console.Write(LiveView.Render(engine, Builtins.Catalog));
        return console.Output;
    }
}
