using System.Threading.Channels;

namespace Unknot.Storage.Relational;

/// <summary>
/// Group commit for new sessions: requests that arrive together are written by one connection in one
/// transaction (each in a savepoint of its own, so one bad record fails alone) and acknowledged only after that
/// transaction has committed. SQLite lets one writer in at a time; queuing writers here instead of in SQLite's
/// lock keeps every wait short, and one commit (one sync of the write-ahead log) serves the whole group.
/// </summary>
internal sealed class SessionWriter : IDisposable
{
    /// <summary>The most sessions one transaction takes.</summary>
    public const int MaxGroup = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly RelationalStore _store;
    private readonly Task _loop;

    public SessionWriter(RelationalStore store)
    {
        _store = store;
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Adds a session unless its id is stored; true once it is committed, false when the id was taken.</summary>
    public Task<bool> AddAsync(Progress.SessionRecord session, CancellationToken cancel)
    {
        var pending = new Pending(session, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SessionWriter));
        }
        // The write may still commit after the caller stops waiting; what it was told stays true either way.
        return pending.Done.Task.WaitAsync(cancel);
    }

    private async Task Run()
    {
        var group = new List<Pending>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
            }
            try
            {
                var results = _store.AddGroup(group.Select(p => p.Session).ToArray());
                for (var i = 0; i < group.Count; i++)
                {
                    if (results[i].Error is { } error)
                    {
                        group[i].Done.TrySetException(error);
                    }
                    else
                    {
                        group[i].Done.TrySetResult(results[i].Added);
                    }
                }
            }
            catch (Exception e)
            {
                foreach (var pending in group)
                {
                    pending.Done.TrySetException(e);
                }
            }
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.Wait(TimeSpan.FromSeconds(10));
        _store.Dispose();
    }

    private sealed record Pending(Progress.SessionRecord Session, TaskCompletionSource<bool> Done);
}
