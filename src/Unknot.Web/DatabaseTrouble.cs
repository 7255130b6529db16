using Microsoft.AspNetCore.Diagnostics;
using Unknot.App.Workspaces;

namespace Unknot.Web;

/// <summary>
/// A database that cannot be read or written (damaged, read-only, a folder, a full disk) is a 503 problem whose
/// detail names the file and what to do, in the words the CLI uses; never a 500 with a stack trace.
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
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = 503, Title = "The database cannot be used", Detail = explained },
        });
    }
}
