using Microsoft.AspNetCore.Diagnostics;
using Unknot.App.Workspaces;

namespace Unknot.Web;

/// <summary>
/// A database that cannot be read or written (damaged, read-only, a folder, a full disk; in hosted mode a server that
/// is away or has no connection to spare) is a 503 problem whose detail names the file or server and what to do, in
/// the words the CLI uses, with <c>Retry-After</c> when the trouble passes by itself; never a 500 with a stack trace.
/// It also answers for the sign-in, which reads the account in the database before any endpoint runs.
/// </summary>
internal sealed class DatabaseTrouble(Workspace workspace, IProblemDetailsService problems, ILogger<DatabaseTrouble> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancel)
    {
        if (workspace.Stores.Explain(exception) is not { } explained)
        {
            return false;
        }
        log.LogError("Database trouble: {Explained}", explained);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        if (workspace.Stores.Recover(exception) is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = 503, Title = "The database cannot be used", Detail = explained },
        });
    }
}
