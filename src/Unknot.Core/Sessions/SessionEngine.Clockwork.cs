using Unknot.Timelines;

namespace Unknot.Sessions;

/// <summary>
/// The engine's clockwork, under its lock: where the session is, entering a segment and arming its moments, catching
/// up after a late timer, and raising events in order outside the lock.
/// </summary>
public sealed partial class SessionEngine
{
    private TimeSpan PositionLocked() => State switch
    {
        SessionState.Running => _time.GetUtcNow() - _origin,
        SessionState.Ready => TimeSpan.Zero,
        SessionState.Completed => Timeline.Total,
        _ => _pausedAt,
    };

    private void JumpLocked(int index, List<SessionEvent> events)
    {
        var start = Timeline.Segments[index].Start;
        if (State == SessionState.Running)
        {
            _origin = _time.GetUtcNow() - start;
        }
        else
        {
            _pausedAt = start;
        }
        EnterLocked(index, start, events);
        CatchUpLocked(events);
    }

    /// <summary>Makes <paramref name="index"/> current and lines up its moments after <paramref name="from"/>.</summary>
    private void EnterLocked(int index, TimeSpan from, List<SessionEvent> events)
    {
        _index = index;
        var segment = Timeline.Segments[index];
        Emit(events, new SegmentStarted(segment, segment.Start));
        _moments.Clear();
        if (SessionMoments.HasHalfway(segment))
        {
            _moments.Add((segment.Start + segment.Duration / 2, (s, o) => new Halfway(s, o)));
        }
        if (SessionMoments.HasCountdown(segment))
        {
            for (var left = SessionMoments.CountdownSeconds; left >= 1; left--)
            {
                var secondsLeft = left;
                _moments.Add((segment.End - TimeSpan.FromSeconds(left), (s, o) => new Countdown(s, o, secondsLeft)));
            }
        }
        _moments.Add((segment.End, (s, o) => new SegmentEnded(s, o, SegmentOutcome.Done)));
        _moments.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        _nextMoment = 0;
        while (_nextMoment < _moments.Count - 1 && _moments[_nextMoment].Offset < from)
        {
            _nextMoment++;
        }
    }

    /// <summary>Emits every moment whose deadline has passed, then arms the timer for the next one.</summary>
    private void CatchUpLocked(List<SessionEvent> events)
    {
        while (State == SessionState.Running)
        {
            var position = PositionLocked();
            var (offset, make) = _moments[_nextMoment];
            if (offset > position)
            {
                ArmLocked(offset);
                return;
            }
            var segment = Timeline.Segments[_index];
            var moment = make(segment, offset);
            Emit(events, moment);
            _nextMoment++;
            if (moment is SegmentEnded)
            {
                _outcomes[_index] = SegmentOutcome.Done;
                if (_index == Timeline.Segments.Count - 1)
                {
                    CompleteLocked(offset, events);
                    return;
                }
                EnterLocked(_index + 1, offset, events);
            }
        }
    }

    private void CompleteLocked(TimeSpan offset, List<SessionEvent> events)
    {
        State = SessionState.Completed;
        _timer?.Dispose();
        _timer = null;
        Emit(events, new SessionCompleted(Timeline.Segments[_index], offset));
    }

    private void ArmLocked(TimeSpan offset)
    {
        var due = _origin + offset - _time.GetUtcNow();
        if (due < TimeSpan.Zero)
        {
            due = TimeSpan.Zero;
        }
        if (_timer is null)
        {
            _timer = _time.CreateTimer(_ => OnTimer(), null, due, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        var events = new List<SessionEvent>();
        lock (_gate)
        {
            CatchUpLocked(events);
        }
        Raise(events);
    }

    /// <summary>
    /// Records an event (always under <see cref="_gate"/>) in the list of the caller and in the queue of events to
    /// deliver, so they are delivered in the order they happened even when a timer thread and a key press race.
    /// </summary>
    private void Emit(List<SessionEvent> events, SessionEvent e)
    {
        events.Add(e);
        _pending.Enqueue(e);
    }

    private readonly Queue<SessionEvent> _pending = new();

    private readonly Lock _delivering = new();

    /// <summary>
    /// Delivers the queued events, one thread at a time and in order; called after <see cref="_gate"/> is released
    /// (a handler may call back into the engine, and then delivers its own events in turn).
    /// </summary>
    private void Raise(List<SessionEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }
        lock (_delivering)
        {
            while (true)
            {
                SessionEvent? next;
                lock (_gate)
                {
                    if (!_pending.TryDequeue(out next))
                    {
                        return;
                    }
                }
                Event?.Invoke(next);
            }
        }
    }
}
