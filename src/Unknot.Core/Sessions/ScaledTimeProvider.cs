namespace Unknot.Sessions;

/// <summary>A clock that runs <see cref="Speed"/> times faster than another, for previews: time and timers both scale.</summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly DateTimeOffset _origin;
    private readonly long _originTimestamp;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="speed"/> must be positive.</summary>
    public ScaledTimeProvider(TimeProvider inner, double speed)
    {
        if (!(speed > 0) || double.IsInfinity(speed))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "speed must be a positive number");
        }
        _inner = inner;
        Speed = speed;
        _origin = inner.GetUtcNow();
        _originTimestamp = inner.GetTimestamp();
    }

    /// <summary>How many times faster than the inner clock.</summary>
    public double Speed { get; }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _origin + (_inner.GetUtcNow() - _origin) * Speed;

    /// <inheritdoc />
    public override long GetTimestamp() => _originTimestamp + (long)((_inner.GetTimestamp() - _originTimestamp) * Speed);

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_inner.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    // Rounded up, so a timer never fires before its scaled deadline (which would re-arm it at zero forever).
    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan ? span : TimeSpan.FromTicks((long)Math.Ceiling(span.Ticks / Speed));

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
