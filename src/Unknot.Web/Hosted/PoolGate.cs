using System.Globalization;

namespace Unknot.Web.Hosted;

/// <summary>
/// How many requests of an instance use the database at once. A request holds at most two of the pool's connections
/// at a time (its store, and a short read of whether the user's data changed), and the session writer holds one for
/// good, so with <c>(--pool-size − 1) / 2</c> requests inside, no request can wait for a connection that only another
/// waiting request could give back: without the gate, a hundred requests on a pool of six each took one connection
/// and all waited for a second until the pool's timeout. The others wait their turn here, as long as Npgsql would
/// have waited for a connection, and then answer 503 with <c>Retry-After</c>.
/// </summary>
public sealed class PoolGate(HostedOptions options, TimeProvider time)
{
    /// <summary>How long a request waits for its turn.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _turns = new(Inside(options.PoolSize));

    /// <summary>The requests let in at once with a pool of <paramref name="poolSize"/>.</summary>
    public static int Inside(int poolSize) => Math.Max(1, (poolSize - 1) / 2);

    /// <summary>Runs <paramref name="next"/> once the request's turn comes, or answers 503 when it does not come in time.</summary>
    public async Task PassAsync(HttpContext context, RequestDelegate next)
    {
        if (!await TurnAsync(context.RequestAborted))
        {
            context.Response.Headers.RetryAfter = "5";
            await Microsoft.AspNetCore.Http.TypedResults.Problem(
                string.Create(CultureInfo.InvariantCulture, $"this instance is busy: every one of its {options.PoolSize} database connections (--pool-size) is in use; try again in a moment"),
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "The database cannot be used").ExecuteAsync(context);
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            _turns.Release();
        }
    }

    /// <summary>True once the request's turn comes; false when <see cref="Wait"/> (on the injected clock) passed first.</summary>
    private async Task<bool> TurnAsync(CancellationToken aborted)
    {
        using var timeout = new CancellationTokenSource(Wait, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, timeout.Token);
        try
        {
            await _turns.WaitAsync(either.Token);
            return true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            return false;
        }
    }
}
