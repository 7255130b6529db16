using Unknot.Sessions;
using Unknot.Testing;

namespace Unknot.Core.Tests.Sessions;

/// <summary>Records every event with the clock's reading at the moment it was raised.</summary>
internal sealed class Recorder
{
    private readonly FakeTimeProvider _clock;
    private readonly DateTimeOffset _start;

    public Recorder(SessionEngine engine, FakeTimeProvider clock)
    {
        _clock = clock;
        _start = clock.GetUtcNow();
        engine.Event += e => Events.Add((e, _clock.GetUtcNow() - _start));
    }

    public List<(SessionEvent Event, TimeSpan At)> Events { get; } = [];

    public IEnumerable<(T Event, TimeSpan At)> Of<T>() where T : SessionEvent =>
        Events.Where(e => e.Event is T).Select(e => ((T)e.Event, e.At));
}
