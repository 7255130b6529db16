using Unknot.App.Fields;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Spectre.Console;
using Unknot.App.Views;
using Unknot.App.Readers;
using Unknot.App.Workspaces;
using Unknot.Cli.Completion;
using Unknot.Cli.Json;
using Unknot.Cli.Player;
using Unknot.Planning;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Timelines;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot start ROUTINE</c> and <c>unknot resume</c>: guided sessions in the terminal, recorded as they play.</summary>
internal static class StartCommand
{
    /// <summary>The fastest preview speed.</summary>
    public const double MaxSpeed = 1000;

    public static Command Create(CliHost host)
    {
        var routine = new Argument<string?>("routine") { Description = "A routine id, such as desk-break ('unknot routines' lists them)", Arity = ArgumentArity.ZeroOrOne }
            .Offering(() => Choices.Routines(host));
        var level = CommonOptions.Level();
        var plan = new Option<string?>("--plan") { Description = "Plan a routine and play it at once, e.g. --plan \"--minutes 4 --place desk\" (the options of 'unknot plan')" };
        var options = new PlayerOptions();
        var before = new Option<string?>("--pain-before") { Description = "Pain right now, 0-10 (asked in a terminal when not given)" };
        var command = new Command("start", "Play a routine, second by second") { routine, level, plan, before };
        options.AddTo(command);
        command.SetAction(async (parse, _) =>
        {
            // Every option is checked before anything is opened or played.
            options.Check(parse);
            var painBefore = PainPrompt.FromOption(parse.GetValue(before), "--pain-before");
            using var user = host.OpenUser();
            var library = user.Library;
            var (id, planText) = (parse.GetValue(routine), parse.GetValue(plan));
            Routine chosen;
            Dosing.Level chosenLevel;
            if (planText is not null)
            {
                if (id is not null)
                {
                    throw new CliError($"give a routine id or --plan, not both (got '{id}' and --plan)");
                }
                var request = ReadPlan(host, planText, user, parse.GetValue(level));
                chosen = PlanOptions.PlanOrFail(library, request, "plan").Routine;
                chosenLevel = request.Level;
            }
            else
            {
                chosen = user.Routine(id ?? throw new CliError("which routine? 'unknot start desk-break', or 'unknot start --plan \"--minutes 4 --place desk\"'; 'unknot routines' lists them"));
                chosenLevel = user.ChosenLevel(parse.GetValue(level));
            }
            return await Begin(host, user, chosen, chosenLevel, options, parse, painBefore);
        });
        return command;
    }

    /// <summary>Plays <paramref name="chosen"/> at <paramref name="chosenLevel"/> from its start, as <c>start</c> and <c>today --start</c> do.</summary>
    public static async Task<int> Begin(CliHost host, UserContext user, Routine chosen, Dosing.Level chosenLevel, PlayerOptions options, ParseResult parse, PainScore? painBefore)
    {
        var speed = options.Speed(parse);
        var note = options.ReadNote(parse);
        var painAfter = PainPrompt.FromOption(parse.GetValue(options.PainAfter), "--pain-after");
        var timeline = TimelineCompiler.Compile(chosen, user.Library.Catalog, chosenLevel);
        // A preview is not kept, so nothing is asked for it.
        painBefore ??= options.Keeps(parse, speed) ? PainPrompt.Ask(host, "Pain right now?") : null;
        var record = SessionRecord.Begin(Guid.NewGuid(), user.Store.UserId, chosen, timeline, host.Time.GetUtcNow(), user.Zone.Id) with
        {
            PainBefore = painBefore,
        };
        return await Play(host, user.Library, user, timeline, record, null, options, parse, speed, painAfter, note);
    }

    public static Command CreateResume(CliHost host)
    {
        var options = new PlayerOptions();
        var command = new Command("resume", "Continue the latest session that was stopped or interrupted");
        options.AddTo(command);
        command.SetAction(async (parse, _) =>
        {
            var speed = options.Speed(parse);
            var note = options.ReadNote(parse);
            var painAfter = PainPrompt.FromOption(parse.GetValue(options.PainAfter), "--pain-after");
            using var user = host.OpenUser();
            var library = user.Library;
            var record = user.Store.LatestUnfinished()
                ?? throw new CliError("nothing to resume: every session was finished ('unknot start ROUTINE' begins one)");
            var (resumed, problem) = Resumption.Of(record, library.Catalog);
            var timeline = resumed ?? throw new CliError(problem!);
            var checkpoint = record.Checkpoint!;
            (parse.GetValue(options.Json) ? host.Error : host.Out).WriteLine($"Resuming {timeline.RoutineName} at segment {checkpoint.SegmentIndex + 1} of {timeline.Segments.Count}.");
            return await Play(host, library, user, timeline, record, checkpoint, options, parse, speed, painAfter, note);
        });
        return command;
    }

    /// <summary>The options <c>start</c> and <c>resume</c> share.</summary>
    internal sealed class PlayerOptions
    {
        public Option<bool> Plain { get; } = new("--plain") { Description = "One line per segment instead of the live view (automatic when output is not a terminal)" };

        public Option<bool> Voice { get; } = new("--voice") { Description = "Speak the cues with espeak-ng (default: your 'voice' setting, on unless set off)" };

        public Option<bool> NoVoice { get; } = new("--no-voice") { Description = "Do not speak this time, whatever the 'voice' setting" };

        public Option<string?> SpeedText { get; } = new("--speed") { Description = "Play this many times faster, for previews (default 1)" };

        public Option<bool> Record { get; } = new("--record") { Description = "Keep a preview (--speed other than 1) in your history; previews are not kept otherwise" };

        public Option<string?> PainAfter { get; } = new("--pain-after") { Description = "Pain at the end, 0-10 (asked in a terminal when not given)" };

        public Option<string?> Note { get; } = new("--note") { Description = "A note to keep with the session" };

        public Option<bool> Json { get; } = new("--json") { Description = "At the end, print the session as 'unknot history --json' shows it; the segment lines go to standard error" };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Plain, Voice, NoVoice, SpeedText, Record, PainAfter, Note, Json })
            {
                command.Options.Add(option);
            }
        }

        /// <summary>Checks speed, note and pain after, so a mistake is said before anything is opened or played.</summary>
        public void Check(ParseResult parse)
        {
            Speed(parse);
            ReadNote(parse);
            PainPrompt.FromOption(parse.GetValue(PainAfter), "--pain-after");
        }

        /// <summary>The note, read by the rule every note is read by, before anything plays.</summary>
        public string? ReadNote(ParseResult parse) => CliError.ValueOf(SessionNote.ReadAlone(Options.Fields(parse, Note)));

        /// <summary>True when the session goes into the history: at normal speed, or a preview with --record.</summary>
        public bool Keeps(ParseResult parse, double speed) => speed == 1 || parse.GetValue(Record);

        public double Speed(ParseResult parse)
        {
            var text = parse.GetValue(SpeedText);
            if (text is null)
            {
                return 1;
            }
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var speed) && speed > 0 && speed <= MaxSpeed
                ? speed
                : throw new CliError($"--speed must be a number above 0 and at most {MaxSpeed.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
        }
    }

    /// <summary>Reads the text of --plan with the options of <c>unknot plan</c>; <paramref name="level"/> (<c>start -l</c>) applies when it names none.</summary>
    private static PlanRequest ReadPlan(CliHost host, string text, UserContext user, string? level)
    {
        var options = new PlanOptions(host);
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
        var read = PlanRequestReader.Read(options.Fields(parse, level), user.Library.Catalog, user.Preferences);
        return read.TryGetValue(out var request, out var problem) ? request : throw new CliError($"--plan: --{problem}");
    }

    private static async Task<int> Play(CliHost host, Library library, UserContext user, Timeline timeline, SessionRecord record,
        SessionCheckpoint? from, PlayerOptions options, ParseResult parse, double speed, PainScore? painAfter, string? note)
    {
        var json = parse.GetValue(options.Json);
        var output = host;
        if (json)
        {
            // Standard output carries the JSON alone; what a person reads along the way goes to standard error, as plain lines.
            output = host with
            {
                Out = host.Error,
                Console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(host.Error) }),
            };
        }
        var state = await Play(output, library, user, timeline, record, from, options, parse, speed, painAfter, note, json);
        if (json)
        {
            JsonOutput.Write(host.Out, SessionView.From(state.Record));
        }
        return state.Completed ? UnknotCommand.Done : UnknotCommand.Stopped;
    }

    private static async Task<(bool Completed, SessionRecord Record)> Play(CliHost host, Library library, UserContext user, Timeline timeline, SessionRecord record,
        SessionCheckpoint? from, PlayerOptions options, ParseResult parse, double speed, PainScore? painAfter, string? note, bool plain)
    {
        IVoice? speaker = null;
        if (!parse.GetValue(options.NoVoice) && (parse.GetValue(options.Voice) || user.Preferences.Voice))
        {
            var (found, missing) = host.FindVoice(user.Preferences.VoiceName);
            speaker = found;
            // Voice is on by default; a missing engine is worth a line only when the user asked for speech.
            if (missing is not null && (parse.GetValue(options.Voice) || user.Settings.ContainsKey("voice")))
            {
                host.Error.WriteLine(missing);
            }
        }
        // A preview is not a session the person did: it would count in the streaks and the weekly minutes.
        var keep = options.Keeps(parse, speed);
        if (!keep)
        {
            host.Out.WriteLine($"A preview at {speed.ToString(CultureInfo.InvariantCulture)}× speed: not kept in your history (--record keeps it).");
        }
        var recorder = new SessionRecorder(user.Store, record, host.Time, keep, from?.SegmentIndex ?? 0);
        recorder.Update(r => r);
        var time = speed == 1 ? host.Time : new ScaledTimeProvider(host.Time, speed);
        var player = new SessionPlayer(host, library.Catalog, time, speaker, plain || parse.GetValue(options.Plain) || !host.CanDrawLive);
        var state = await player.PlayAsync(timeline, from, recorder);
        // Stopped (q, Esc, Ctrl-C or a signal), nothing more is asked: the session is saved and the program ends at once.
        painAfter ??= state == SessionState.Completed && keep ? PainPrompt.Ask(host, "Pain now, after the session?") : null;
        recorder.Update(r => r with { PainAfter = painAfter ?? r.PainAfter, Note = note ?? r.Note });
        if (recorder.Record.PainChange is { } change)
        {
            host.Out.WriteLine($"Pain {recorder.Record.PainBefore} → {recorder.Record.PainAfter} ({(change <= 0 ? "" : "+")}{change}).");
        }
        return (state == SessionState.Completed, recorder.Record);
    }
}
