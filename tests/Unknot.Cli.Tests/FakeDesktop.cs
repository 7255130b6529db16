using Unknot.Cli.Remind;

namespace Unknot.Cli.Tests;

/// <summary>A desktop whose helper programs answer what the test says (nothing, by default), and which remembers every call.</summary>
internal sealed class FakeDesktop : IDesktop
{
    public System.Collections.Concurrent.ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>Answers by program name; a program not listed is not installed.</summary>
    public Dictionary<string, (int ExitCode, string Output)> Answers { get; } = new();

    public (int ExitCode, string Output)? Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        Calls.Enqueue($"{program} {string.Join(' ', arguments)}");
        return Answers.TryGetValue(program, out var answer) ? answer : null;
    }

    public async Task<(int ExitCode, string Output)?> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancel)
    {
        if (!Hanging.Contains(program))
        {
            return Run(program, arguments, TimeSpan.Zero);
        }
        Calls.Enqueue($"{program} {string.Join(' ', arguments)}");
        Interlocked.Increment(ref _running);
        try
        {
            // A notifier with no server to talk to: it never ends by itself, only when stopped (an event, not an amount of time).
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancel.Register(() => stopped.TrySetCanceled(cancel)))
            {
                await stopped.Task;
            }
            return null;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    /// <summary>Programs that, started to wait for an answer, never end until stopped (notify-send without a notification server).</summary>
    public HashSet<string> Hanging { get; } = [];

    private int _running;

    /// <summary>How many of the <see cref="Hanging"/> children are still running.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>What the session bus says of the notification server: there is one, unless the test says otherwise.</summary>
    public NotifierState Notifier { get; set; } = NotifierState.Ready;

    public NotifierState Notifications(TimeSpan timeout) => Notifier;

    /// <summary>Addresses that answer, as a running web app would.</summary>
    public HashSet<Uri> Answering { get; } = [];

    public bool Responds(Uri address)
    {
        Calls.Enqueue($"GET {address}");
        return Answering.Contains(address);
    }

    public bool Launch(string program, IReadOnlyList<string> arguments)
    {
        Calls.Enqueue($"{program} {string.Join(' ', arguments)}");
        return Answers.ContainsKey(program);
    }
}
