using Spectre.Console;
using Unknot.Catalog;
using Unknot.Sessions;
using Unknot.Timelines;

namespace Unknot.Cli.Player;

/// <summary>Plays a timeline in the terminal, live or as plain lines, recording it as it goes.</summary>
internal sealed class SessionPlayer(CliHost host, ExerciseCatalog catalog, TimeProvider time, IVoice? voice, bool plain)
{
    /// <summary>How often keys are looked for (and the live view drawn) while a session plays.</summary>
    private static readonly TimeSpan KeyPoll = TimeSpan.FromMilliseconds(100);

    /// <summary>Plays until the end or a stop; returns the engine's final state.</summary>
    public async Task<SessionState> PlayAsync(Timeline timeline, SessionCheckpoint? from, SessionRecorder recorder)
    {
        using var engine = new SessionEngine(timeline, time);
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var troubleTold = false;
        engine.Event += e =>
        {
            recorder.Observe(engine, e);
            if (e is SegmentStarted started)
            {
                // In plain lines a voice failure is said when it shows; the live view says it after the session.
                if (plain && !troubleTold && voice?.Trouble is { } failed)
                {
                    host.Error.WriteLine(failed);
                    troubleTold = true;
                }
                voice?.Say(started.Segment.Spoken);
                if (plain)
                {
                    host.Out.WriteLine(PlainPrinter.Line(started.Segment, timeline));
                }
                else
                {
                    host.Out.Write('\a');
                }
            }
            if (e is SessionCompleted or SessionStopped)
            {
                finished.TrySetResult();
            }
        };
        // Registered once the engine runs, so a Ctrl-C that came before (even before the first second) still stops it.
        var onCancel = default(CancellationTokenRegistration);
        void Begin()
        {
            engine.Start(from);
            onCancel = host.Cancel.Register(() => engine.Stop(StopReason.Interrupted));
        }
        try
        {
            if (plain)
            {
                Begin();
                // Plain lines take the live view's keys too, whenever a person is at the keyboard.
                while (!finished.Task.IsCompleted)
                {
                    while (host.Keys.TryRead(out var key))
                    {
                        Handle(engine, key);
                    }
                    await Task.WhenAny(finished.Task, Task.Delay(KeyPoll));
                }
            }
            else
            {
                RunLive(engine, finished.Task, Begin);
            }
        }
        finally
        {
            await onCancel.DisposeAsync();
        }
        voice?.Dispose();
        host.Out.WriteLine(PlainPrinter.Summary(engine, recorder.Record));
        if (!troubleTold && voice?.Trouble is { } trouble)
        {
            host.Error.WriteLine(trouble);
        }
        return engine.State;
    }

    private void RunLive(SessionEngine engine, Task finished, Action begin)
    {
        host.Console.AlternateScreen(() =>
        {
            var size = (host.Console.Profile.Width, host.Console.Profile.Height);
            // Taller than the terminal, the view loses its bottom lines, never the exercise and the time left.
            host.Console.Live(LiveView.Render(engine, catalog, size.Width, size.Height))
                .Overflow(VerticalOverflow.Crop).Cropping(VerticalOverflowCropping.Bottom)
                .Start(context =>
            {
                begin();
                while (!finished.IsCompleted)
                {
                    while (host.Keys.TryRead(out var key))
                    {
                        Handle(engine, key);
                    }
                    var now = (host.Console.Profile.Width, host.Console.Profile.Height);
                    if (now != size)
                    {
                        // After a resize the old picture no longer lines up: start again from a clean screen.
                        size = now;
                        host.Console.Clear(home: true);
                    }
                    context.UpdateTarget(LiveView.Render(engine, catalog, size.Width, size.Height));
                    context.Refresh();
                    finished.Wait(KeyPoll);
                }
            });
        });
    }

    internal static void Handle(SessionEngine engine, ConsoleKeyInfo key)
    {
        switch (key.Key)
        {
            case ConsoleKey.Spacebar or ConsoleKey.P:
                engine.TogglePause();
                break;
            case ConsoleKey.N or ConsoleKey.RightArrow:
                engine.Skip();
                break;
            case ConsoleKey.B or ConsoleKey.LeftArrow:
                engine.Back();
                break;
            case ConsoleKey.Q or ConsoleKey.Escape:
                engine.Stop();
                break;
        }
    }
}
