namespace Unknot.Progress;

/// <summary>Where a page of history ends: the last session shown, so the next page starts below it.</summary>
/// <param name="StartedAt">When that session started.</param>
/// <param name="Id">Its id (orders sessions that started at the same instant).</param>
public readonly record struct SessionCursor(DateTimeOffset StartedAt, Guid Id)
{
    /// <summary>The cursor just below <paramref name="session"/>.</summary>
    public static SessionCursor After(SessionRecord session) => new(session.StartedAt, session.Id);
}

/// <summary>One page of history, newest first: at most <see cref="Limit"/> sessions started in [Since, Until), below a cursor.</summary>
/// <param name="Limit">At most this many sessions.</param>
/// <param name="Since">Only sessions started at or after this instant.</param>
/// <param name="Until">Only sessions started before this instant.</param>
/// <param name="Before">Only sessions older than this cursor (the last of the previous page).</param>
public sealed record SessionQuery(int Limit, DateTimeOffset? Since = null, DateTimeOffset? Until = null, SessionCursor? Before = null)
{
    /// <summary>A page when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The largest page.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The latest <paramref name="limit"/> sessions.</summary>
    public static SessionQuery Latest(int limit) => new(limit);
}
