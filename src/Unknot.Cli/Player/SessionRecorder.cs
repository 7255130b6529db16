using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Storage;

namespace Unknot.Cli.Player;

/// <summary>
/// Keeps the stored session in step with the engine: saved at every segment change, pause and stop, so a
/// killed process loses at most the current segment. Events can arrive from the clock's thread and from key
/// presses at once, hence the lock around the store. A preview that is not to be kept (<paramref name="keep"/> false)
/// is followed the same way and never stored.
/// </summary>
internal sealed class SessionRecorder(IUnknotStore store, SessionRecord record, TimeProvider time, bool keep = true, int playedFrom = 0)
{
    private readonly Lock _gate = new();

    public SessionRecord Record { get; private set; } = record;

    public void Observe(SessionEngine engine, SessionEvent e)
    {
        switch (e)
        {
            case SegmentStarted or SessionPaused:
                Update(r => r.PlayedFrom(playedFrom, engine.Outcomes) with { Checkpoint = engine.Checkpoint() });
                break;
            case SessionStopped stopped:
                Update(r => r.Stopped(engine.Outcomes, engine.Checkpoint(), stopped.Reason, time.GetUtcNow(), playedFrom));
                break;
            case SessionCompleted:
                Update(r => r.PlayedFrom(playedFrom, engine.Outcomes) with { Checkpoint = null, Completed = true, EndedAt = time.GetUtcNow() });
                break;
        }
    }

    public void Update(Func<SessionRecord, SessionRecord> change)
    {
        lock (_gate)
        {
            Record = change(Record);
            if (keep)
            {
                store.Save(Record);
            }
        }
    }
}
