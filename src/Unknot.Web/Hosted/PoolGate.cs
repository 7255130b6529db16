using System.Globalization;

namespace Unknot.Web.Hosted;

/// <summary>
/// How many requests of an instance use the database at once. A request holds at most two of the pool's connections
/// at a time (its store, and a short read of whether the user's data changed), and the session writer holds one for
/// good, so with <c>(--pool-size − 1) / 2</c> requests inside, no request can wait for a connection that only another
/// waiting request could give back: without the gate, a hundred requests on a pool of six each took one connection
/// and all waited for a second until the pool's timeout. The others wait their turn here, as long as Npgsql would
/// have waited for a connection, and then answer 503 with <c>Retry-After</c>. A request takes its turn only once its
/// body has arrived whole, so a client that sends slowly holds no turn while it does.
/// </summary>
public sealed class PoolGate(HostedOptions options, TimeProvider time)
{
    /// <summary>How long a request waits for its turn.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The fewest connections an instance can work with: the writer's one and a request's two. With two, the one
    /// request let in could take the last connection for its store and then wait for ever for its second.
    /// </summary>
    public const int SmallestPool = 3;

    private readonly SemaphoreSlim _turns = new(Inside(options.PoolSize));

    /// <summary>The requests let in at once with a pool of <paramref name="poolSize"/>.</summary>
    public static int Inside(int poolSize) => poolSize >= SmallestPool
        ? (poolSize - 1) / 2
        : throw new ArgumentOutOfRangeException(nameof(poolSize), poolSize, $"a pool needs at least {SmallestPool} connections");

    /// <summary>Runs <paramref name="next"/> once the request's turn comes, or answers 503 when it does not come in time.</summary>
    public async Task PassAsync(HttpContext context, RequestDelegate next)
    {
        if (!await ArrivedAsync(context))
        {
            return;
        }
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

    /// <summary>
    /// True once the request's body has been read whole (kept in memory up to 30 KiB, then in a temporary file, and no
    /// more than the endpoint's size limit, which Kestrel enforces, as it does the slowest rate a body may come at).
    /// Read after the turn instead, nine bodies sent slowly held every turn of a pool of 20, and every other request
    /// waited and answered 503. False when it did not arrive: the client went away, or Kestrel refused the body (too
    /// large, too slow, cut short), which is then answered here in one line.
    /// </summary>
    private static async Task<bool> ArrivedAsync(HttpContext context)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return true;
        }
        context.Request.EnableBuffering();
        try
        {
            await Microsoft.AspNetCore.WebUtilities.StreamHelperExtensions.DrainAsync(context.Request.Body, context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return false;
        }
        catch (BadHttpRequestException e)
        {
            var limit = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            var detail = e.StatusCode == StatusCodes.Status413PayloadTooLarge && limit is { } bytes ? new Api.BodyTooLargeException(bytes).Message : e.Message;
            // A body too slow is answered 408 by Kestrel itself.
            if (!context.Response.HasStarted)
            {
                await Microsoft.AspNetCore.Http.TypedResults.Problem(detail, statusCode: e.StatusCode).ExecuteAsync(context);
            }
            return false;
        }
        context.Request.Body.Position = 0;
        return true;
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
