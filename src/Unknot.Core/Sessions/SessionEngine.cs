using Unknot.Timelines;

namespace Unknot.Sessions;

/// <summary>
/// Plays a <see cref="Timeline"/> against a <see cref="TimeProvider"/>. Every moment is scheduled
/// from an absolute deadline (the instant the timeline's offset zero corresponds to, moved by pauses
/// and jumps), never by counting ticks, so a late or early timer does not make the session drift.
/// Events are raised outside the engine's lock, on whichever thread the clock's timer uses.
/// </summary>
public sealed partial class SessionEngine : IDisposable
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly SegmentOutcome[] _outcomes;
    private readonly List<(TimeSpan Offset, Func<Segment, TimeSpan, SessionEvent> Make)> _moments = [];
    private ITimer? _timer;
    private DateTimeOffset _origin;
    private TimeSpan _pausedAt;
    private int _index;
    private int _nextMoment;

    /// <summary>Creates an engine for <paramref name="timeline"/> on the clock <paramref name="time"/>.</summary>
    public SessionEngine(Timeline timeline, TimeProvider time)
    {
        Timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _outcomes = new SegmentOutcome[timeline.Segments.Count];
    }

    /// <summary>Raised for every segment start, countdown second, halfway point, end, pause, resume, stop and completion.</summary>
    public event Action<SessionEvent>? Event;

    /// <summary>The timeline being played.</summary>
    public Timeline Timeline { get; }

    /// <summary>Ready, running, paused, stopped or completed.</summary>
    public SessionState State { get; private set; }

    /// <summary>Why the session stopped, once <see cref="State"/> is <see cref="SessionState.Stopped"/>.</summary>
    public StopReason? StoppedFor { get; private set; }

    /// <summary>The index of the segment playing now.</summary>
    public int CurrentIndex { get { lock (_gate) { return _index; } } }

    /// <summary>The segment playing now.</summary>
    public Segment Current => Timeline.Segments[CurrentIndex];

    /// <summary>What became of each segment so far.</summary>
    public IReadOnlyList<SegmentOutcome> Outcomes { get { lock (_gate) { return _outcomes.ToArray(); } } }

    /// <summary>The offset into the timeline now; frozen while paused.</summary>
    public TimeSpan Position
    {
        get
        {
            lock (_gate)
            {
                return PositionLocked();
            }
        }
    }

    /// <summary>Starts at the beginning, or at a checkpoint's segment and seconds.</summary>
    public void Start(SessionCheckpoint? from = null)
    {
        var events = new List<SessionEvent>();
        lock (_gate)
        {
            if (State != SessionState.Ready)
            {
                throw new InvalidOperationException($"cannot start a session that is {State}");
            }
            var start = TimeSpan.Zero;
            if (from is not null)
            {
                if (from.SegmentIndex < 0 || from.SegmentIndex >= Timeline.Segments.Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(from), from.SegmentIndex, "checkpoint segment is outside the timeline");
                }
                var segment = Timeline.Segments[from.SegmentIndex];
                start = segment.Start + TimeSpan.FromSeconds(Math.Clamp(from.SecondsInto, 0, segment.DurationSeconds - 0.001));
                for (var i = 0; i < from.SegmentIndex; i++)
                {
                    _outcomes[i] = SegmentOutcome.Done;
                }
            }
            State = SessionState.Running;
            _origin = _time.GetUtcNow() - start;
            _index = Timeline.IndexAt(start);
            EnterLocked(_index, start, events);
            CatchUpLocked(events);
        }
        Raise(events);
    }

    /// <summary>Freezes the clock; does nothing unless running.</summary>
    public void Pause()
    {
        var events = new List<SessionEvent>();
        lock (_gate)
        {
            if (State != SessionState.Running)
            {
                return;
            }
            CatchUpLocked(events);
            if (State == SessionState.Running)
            {
                _pausedAt = PositionLocked();
                State = SessionState.Paused;
                _timer?.Dispose();
                _timer = null;
                Emit(events, new SessionPaused(Timeline.Segments[_index], _pausedAt));
            }
        }
        Raise(events);
    }

    /// <summary>Continues from where it was paused; does nothing unless paused.</summary>
    public void Resume()
    {
        var events = new List<SessionEvent>();
        lock (_gate)
        {
            if (State != SessionState.Paused)
            {
                return;
            }
            State = SessionState.Running;
            _origin = _time.GetUtcNow() - _pausedAt;
            Emit(events, new SessionResumed(Timeline.Segments[_index], _pausedAt));
            CatchUpLocked(events);
        }
        Raise(events);
    }

    /// <summary>Pauses when running, resumes when paused.</summary>
    public void TogglePause()
    {
        if (State == SessionState.Paused)
        {
            Resume();
        }
        else
        {
            Pause();
        }
    }

    /// <summary>Ends the current segment as skipped and starts the next; skipping the last completes the session.</summary>
    public void Skip()
    {
        var events = new List<SessionEvent>();
        lock (_gate)
        {
            if (State is not (SessionState.Running or SessionState.Paused))
            {
                return;
            }
            CatchUpLocked(events);
            if (State is SessionState.Running or SessionState.Paused)
            {
                var segment = Timeline.Segments[_index];
                var here = PositionLocked();
                _outcomes[_index] = SegmentOutcome.Skipped;
                Emit(events, new SegmentEnded(segment, here, SegmentOutcome.Skipped));
                if (_index == Timeline.Segments.Count - 1)
                {
                    CompleteLocked(here, events);
                }
                else
                {
                    JumpLocked(_index + 1, events);
                }
            }
        }
        Raise(events);
    }

    /// <summary>Restarts the current segment, or goes to the previous one when the current has only just begun (<see cref="SessionMoments.BackFrom"/>).</summary>
    public void Back()
    {
        var events = new List<SessionEvent>();
        lock (_gate)
        {
            if (State is not (SessionState.Running or SessionState.Paused))
            {
                return;
            }
            CatchUpLocked(events);
            if (State is SessionState.Running or SessionState.Paused)
            {
                var into = (PositionLocked() - Timeline.Segments[_index].Start).TotalSeconds;
                var target = SessionMoments.BackFrom(_index, into);
                for (var i = target; i <= _index; i++)
                {
                    _outcomes[i] = SegmentOutcome.Pending;
                }
                JumpLocked(target, events);
            }
        }
        Raise(events);
    }

    /// <summary>Stops before the end, for <paramref name="reason"/>; the checkpoint still says where.</summary>
    public void Stop(StopReason reason = StopReason.Ended)
    {
        var events = new List<SessionEvent>();
        lock (_gate)
        {
            if (State is not (SessionState.Running or SessionState.Paused))
            {
                return;
            }
            CatchUpLocked(events);
            if (State is SessionState.Running or SessionState.Paused)
            {
                var here = PositionLocked();
                _pausedAt = here;
                State = SessionState.Stopped;
                StoppedFor = reason;
                _timer?.Dispose();
                _timer = null;
                Emit(events, new SessionStopped(Timeline.Segments[_index], here, reason));
            }
        }
        Raise(events);
    }

    /// <summary>Where the session is now, to save and resume from later.</summary>
    public SessionCheckpoint Checkpoint()
    {
        lock (_gate)
        {
            var into = (PositionLocked() - Timeline.Segments[_index].Start).TotalSeconds;
            return new SessionCheckpoint(Timeline.RoutineId, Timeline.Level, _index, Math.Max(0, into));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}
