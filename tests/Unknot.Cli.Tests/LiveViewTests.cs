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

    [Fact]
    public void Before_a_transition_next_names_the_coming_exercise_once()
    {
        var timeline = TimelineCompiler.Compile(Builtins.Routines.Find("desk-break")!, Builtins.Catalog, Level.Standard);
        var before = timeline.Segments.First(s => s.Index + 1 < timeline.Segments.Count && timeline.Segments[s.Index + 1].Kind == SegmentKind.Transition);
        var transition = timeline.Segments[before.Index + 1];
        using var engine = new SessionEngine(timeline, _clock);
        engine.Start();
        _clock.AdvanceSeconds(before.StartSeconds + 1);

        var screen = Render(engine);

        screen.ShouldContain($"Next: move on to {transition.ExerciseName} ({transition.DurationSeconds} s)");
        screen.ShouldNotContain("Next: Next:");
    }

    [Fact]
    public void Elapsed_and_left_add_up_to_the_whole_at_any_fraction_of_a_second()
    {
        var timeline = TimelineCompiler.Compile(Builtins.Routines.Find("cool-down")!, Builtins.Catalog, Level.Standard);
        using var engine = new SessionEngine(timeline, _clock);
        engine.Start();
        _clock.AdvanceSeconds(0.2);

        var screen = Render(engine);

        screen.ShouldContain($"0:00 / {Unknot.Text.Durations.Clock(timeline.TotalSeconds)}");
        Unknot.Text.Durations.Elapsed(TimeSpan.FromSeconds(0.2)).ShouldBe("0:00");
        Unknot.Text.Durations.Clock(TimeSpan.FromSeconds(29.8)).ShouldBe("0:30");
    }

    [Theory]
    [InlineData(60, 20)]
    [InlineData(40, 15)]
    public void A_small_terminal_still_shows_the_exercise_the_time_left_and_the_cue(int width, int height)
    {
        var timeline = TimelineCompiler.Compile(Builtins.Routines.Find("desk-break")!, Builtins.Catalog, Level.Standard);
        using var engine = new SessionEngine(timeline, _clock);
        engine.Start();
        var hold = timeline.Segments.First(s => s.Kind == SegmentKind.Hold);
        _clock.AdvanceSeconds(hold.StartSeconds + 10);

        var console = new TestConsole().Width(width);
        console.Write(LiveView.Render(engine, Builtins.Catalog, width, height));
        // The live display crops what does not fit from the bottom: the first rows are what the person sees.
        var screen = string.Join("\n", console.Lines.Take(height));
        screen.ShouldContain(hold.ExerciseName);
        screen.ShouldContain($"{Unknot.Text.Durations.Clock(hold.End - TimeSpan.FromSeconds(hold.StartSeconds + 10))} left");
        screen.ShouldContain(hold.Cue[..12]);
    }

    [Fact]
    public void A_wide_terminal_shows_the_figure_in_braille_moving_with_the_clock_and_a_narrow_one_leaves_it_out()
    {
        var timeline = TimelineCompiler.Compile(Builtins.Routines.Find("warm-up")!, Builtins.Catalog, Level.Standard);
        using var engine = new SessionEngine(timeline, _clock);
        engine.Start();
        var lookUp = timeline.Segments.First(s => s.Phase == "look up");
        static int Dots(string screen) => screen.Count(c => c > '\u2800' && c <= '\u28FF');
        string Screen(int width, int height)
        {
            var console = new TestConsole().Width(width);
            console.Write(LiveView.Render(engine, Builtins.Catalog, width, height));
            return string.Join("\n", console.Lines.Take(height));
        }

        _clock.AdvanceSeconds(lookUp.StartSeconds + 0.1);
        var wide = Screen(140, 40);
        _clock.AdvanceSeconds(FigureMotionSettle);
        var settled = Screen(140, 40);

        Dots(wide).ShouldBeGreaterThan(40, "the figure is drawn");
        settled.ShouldNotBe(wide, "the head has moved from looking down to looking up");
        Dots(Screen(90, 40)).ShouldBe(0, "no room beside the text");
        Dots(Screen(140, 16)).ShouldBe(0, "no room in height");
        Screen(90, 40).ShouldContain(lookUp.Cue[..12]);
    }

    private const double FigureMotionSettle = Unknot.Figures.FigureMotion.SettleSeconds;

    private static string Render(SessionEngine engine)
    {
        var console = new TestConsole().Width(200);
        console.Write(LiveView.Render(engine, Builtins.Catalog));
        return console.Output;
    }
}
