using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using Unknot.Cli.Player;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Timelines;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot start ROUTINE</c> and <c>unknot resume</c>: guided sessions in the terminal.</summary>
internal static class StartCommand
{
    /// <summary>The fastest preview speed.</summary>
    public const double MaxSpeed = 1000;

    public static Command Create(CliHost host)
    {
        var routine = new Argument<string?>("routine") { Description = "A routine id, such as desk-break ('unknot routines' lists them)", Arity = ArgumentArity.ZeroOrOne };
        var level = CommonOptions.Level();
        var plan = new Option<string?>("--plan") { Description = "Plan a routine and play it at once, e.g. --plan \"--minutes 4 --place desk\" (the options of 'unknot plan')" };
        var (plain, voice, speed) = PlayerOptions();
        var command = new Command("start", "Play a routine, second by second") { routine, level, plan, plain, voice, speed };
        command.SetAction((parse, _) =>
        {
            var chosenSpeed = CheckSpeed(parse.GetValue(speed));
            var library = Library.Load(host);
            var (id, planText) = (parse.GetValue(routine), parse.GetValue(plan));
            Routine chosen;
            Level chosenLevel;
            if (planText is not null)
            {
                if (id is not null)
                {
                    throw new CliError($"give a routine id or --plan, not both (got '{id}' and --plan)");
                }
                var request = ReadPlan(planText, library);
                chosen = PlanOptions.PlanOrFail(library, request, "plan").Routine;
                chosenLevel = request.Level;
            }
            else
            {
                chosen = library.Routine(id ?? throw new CliError("which routine? 'unknot start desk-break', or 'unknot start --plan \"--minutes 4 --place desk\"'; 'unknot routines' lists them"));
                chosenLevel = CommonOptions.ParseLevel(parse.GetValue(level));
            }
            var timeline = TimelineCompiler.Compile(chosen, library.Catalog, chosenLevel);
            return Play(host, library, chosen, timeline, null, parse.GetValue(plain), parse.GetValue(voice), chosenSpeed);
        });
        return command;
    }

    public static Command CreateResume(CliHost host)
    {
        var (plain, voice, speed) = PlayerOptions();
        var command = new Command("resume", "Continue the session that was stopped or interrupted") { plain, voice, speed };
        command.SetAction((parse, _) =>
        {
            var chosenSpeed = CheckSpeed(parse.GetValue(speed));
            var saved = new CheckpointFile(host.Home).Load()
                ?? throw new CliError("nothing to resume: no session was left unfinished ('unknot start ROUTINE' begins one)");
            var library = Library.Load(host);
            var routine = CheckpointFile.RoutineOf(saved, library.Catalog);
            var checkpoint = saved.Checkpoint;
            var timeline = TimelineCompiler.Compile(routine, library.Catalog, checkpoint.Level);
            if (checkpoint.SegmentIndex >= timeline.Segments.Count)
            {
                throw new CliError($"the unfinished session stopped at segment {checkpoint.SegmentIndex}, but '{checkpoint.Routine}' now has only {timeline.Segments.Count}; start it again");
            }
            host.Out.WriteLine($"Resuming {timeline.RoutineName} at segment {checkpoint.SegmentIndex + 1} of {timeline.Segments.Count}.");
            return Play(host, library, routine, timeline, checkpoint, parse.GetValue(plain), parse.GetValue(voice), chosenSpeed);
        });
        return command;
    }

    private static (Option<bool> Plain, Option<bool> Voice, Option<string> Speed) PlayerOptions() => (
        new Option<bool>("--plain") { Description = "One line per segment instead of the live view (automatic when output is not a terminal)" },
        new Option<bool>("--voice") { Description = "Speak the cues with espeak-ng" },
        new Option<string>("--speed") { Description = "Play this many times faster, for previews (default 1)" });

    private static double CheckSpeed(string? text)
    {
        if (text is null)
        {
            return 1;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var speed) && speed > 0 && speed <= MaxSpeed
            ? speed
            : throw new CliError($"--speed must be a number above 0 and at most {MaxSpeed.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
    }

    /// <summary>Reads the text of --plan with the options of <c>unknot plan</c>.</summary>
    private static PlanRequest ReadPlan(string text, Library library)
    {
        var options = new PlanOptions();
        var command = new Command("plan");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }
        var parse = command.Parse(CommandLineParser.SplitCommandLine(text).ToArray());
        if (parse.Errors.Count > 0)
        {
            throw new CliError($"--plan: {parse.Errors[0].Message}");
        }
        return options.Read(parse, library.Catalog);
    }

    private static Task<int> Play(CliHost host, Library library, Routine routine, Timeline timeline, SessionCheckpoint? from, bool plain, bool voice, double speed)
    {
        IVoice? speaker = null;
        if (voice)
        {
            var (found, missing) = host.FindVoice();
            speaker = found;
            if (missing is not null)
            {
                host.Error.WriteLine(missing);
            }
        }
        var time = speed == 1 ? host.Time : new ScaledTimeProvider(host.Time, speed);
        var player = new SessionPlayer(host, library.Catalog, time, speaker, plain || !host.IsTerminal);
        return player.PlayAsync(routine, timeline, from);
    }
}
