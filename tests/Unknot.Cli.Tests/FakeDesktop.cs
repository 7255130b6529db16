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

    public Task<(int ExitCode, string Output)?> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancel) =>
        Task.FromResult(Run(program, arguments, TimeSpan.Zero));

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
