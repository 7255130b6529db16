using System.CommandLine;
using System.Globalization;
using Unknot.Cli.Player;
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
        var routine = new Argument<string>("routine") { Description = "A routine id, such as desk-break ('unknot routines' lists them)" };
        var level = CommonOptions.Level();
        var (plain, voice, speed) = PlayerOptions();
        var command = new Command("start", "Play a routine, second by second") { routine, level, plain, voice, speed };
        command.SetAction((parse, _) =>
        {
            var chosenSpeed = CheckSpeed(parse.GetValue(speed));
            var chosenLevel = CommonOptions.ParseLevel(parse.GetValue(level));
            var library = Library.Load(host);
            var timeline = TimelineCompiler.Compile(library.Routine(parse.GetValue(routine)!), library.Catalog, chosenLevel);
            return Play(host, library, timeline, null, parse.GetValue(plain), parse.GetValue(voice), chosenSpeed);
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
            var checkpoint = new CheckpointFile(host.Home).Load()
                ?? throw new CliError("nothing to resume: no session was left unfinished ('unknot start ROUTINE' begins one)");
            var library = Library.Load(host);
            var timeline = TimelineCompiler.Compile(library.Routine(checkpoint.Routine), library.Catalog, checkpoint.Level);
            if (checkpoint.SegmentIndex >= timeline.Segments.Count)
            {
                throw new CliError($"the unfinished session stopped at segment {checkpoint.SegmentIndex}, but '{checkpoint.Routine}' now has only {timeline.Segments.Count}; start it again");
            }
            host.Out.WriteLine($"Resuming {timeline.RoutineName} at segment {checkpoint.SegmentIndex + 1} of {timeline.Segments.Count}.");
            return Play(host, library, timeline, checkpoint, parse.GetValue(plain), parse.GetValue(voice), chosenSpeed);
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

    private static Task<int> Play(CliHost host, Library library, Timeline timeline, SessionCheckpoint? from, bool plain, bool voice, double speed)
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
        return player.PlayAsync(timeline, from);
    }
}
