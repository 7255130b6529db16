using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Unknot.Web;

/// <summary>A page of Unknot a person can follow: the name shown and its address.</summary>
public sealed record PageLink(string Name, string Href);

/// <summary>
/// What a page looked for and did not find, kept on the request (as a feature) for whatever answers its 404: the
/// error page for a person, the problem document for a program. Each kind of thing not found is worded here once.
/// </summary>
/// <param name="What">The kind of thing, as a person reads it: "exercise", "routine".</param>
/// <param name="Asked">The id as it was asked for.</param>
/// <param name="Detail">The problem document's detail, in the API's words.</param>
/// <param name="Nearest">The closest one there is (by <see cref="Text.DidYouMean"/>), linked, or null.</param>
/// <param name="Why">For something that is not there today rather than never (a programme's session), why, said instead of "There is no …".</param>
public sealed record Missing(string What, string Asked, string Detail, PageLink? Nearest, string? Why = null)
{
    /// <summary>An exercise not in the library (by id or alias); the nearest links to its own page.</summary>
    /// <remarks>The id is null for a blank one (<c>/library/%20</c>): binding turns an empty string into null.</remarks>
    public static Missing Exercise(UserContext data, string? asked) => asked is not { } id ? Unnamed("exercise") :
        new("exercise", id, data.Library.UnknownExercise(id),
            data.Catalog.Suggest(id) is { } hint && data.Catalog.Find(hint) is { } near
                ? new PageLink(near.Name, $"/library/{Uri.EscapeDataString(near.Id.Value)}")
                : null);

    /// <summary>
    /// A routine that does not exist; the nearest links to the same kind of page (<paramref name="page"/> makes its
    /// address from an escaped id), so a mistyped print address leads to a print page.
    /// </summary>
    public static Missing Routine(UserContext data, string? asked, Func<string, string> page) => asked is not { } id ? Unnamed("routine") :
        new("routine", id, data.Library.UnknownRoutine(id),
            data.Routines.Suggest(id) is { } hint && data.Routines.Find(hint) is { } near
                ? new PageLink(near.Name, page(Uri.EscapeDataString(near.Id)))
                : null);

    /// <summary>
    /// A programme's session with nothing to play today (no programme, a day off, paused, or no such session), with
    /// <paramref name="why"/> (<c>ProgrammeFollowing.NothingToPlay</c>); the programmes page is where to go instead.
    /// </summary>
    public static Missing ProgrammeSession(string why) => new("session of your programme today", "", why, new PageLink("Your programme", "/programs"), why);

    /// <summary>A programme that does not exist; the nearest links to the programmes page, where it can be started.</summary>
    public static Missing Programme(UserContext data, string id) =>
        new("programme", id, data.Library.UnknownProgramme(id),
            data.Library.Programmes.Suggest(id) is { } hint && data.Library.Programmes.Find(hint) is { } near
                ? new PageLink(near.Name, $"/programs#program-{Uri.EscapeDataString(near.Id)}")
                : null);

    /// <summary>A stored session that is not there (deleted, or another account's).</summary>
    public static Missing Session(Guid id) => new("session", id.ToString(), NoSession(id), null);

    /// <summary>A blank id, which names nothing.</summary>
    private static Missing Unnamed(string what) => new(what, "", $"no {what} has a blank id", null);

    /// <summary>The API's words for a session id that is not stored.</summary>
    public static string NoSession(Guid id) => $"no session {id} is stored";
}

/// <summary>
/// How a wrong address is answered: a person (a browser, whose Accept puts text/html first) gets a page in the app's
/// layout that says what was not found and where to go instead; a program and anything under /api gets the problem
/// document, with the same status code.
/// </summary>
public static class WrongAddress
{
    /// <summary>The page that answers a person's error, re-executed in place of the empty one.</summary>
    public const string ErrorPage = "/error";

    /// <summary>
    /// 404, with what was not found kept for the answer. Page models call this instead of <c>NotFound()</c> when they
    /// know what they looked for (<c>NotFound(object)</c> of PageModel would take the name first).
    /// </summary>
    public static NotFoundResult NoSuch(this PageModel page, Missing missing)
    {
        page.HttpContext.Features.Set(missing);
        return new NotFoundResult();
    }

    /// <summary>
    /// True for a request a person made: not to the API, and with text/html named in its Accept header at least as
    /// high as JSON. A wildcard alone (curl, fetch) does not count: it is a program's default and gets the document.
    /// </summary>
    public static bool WantsPage(HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/api"))
        {
            return false;
        }
        var accept = request.GetTypedHeaders().Accept;
        double Quality(params string[] types) => accept
            .Where(a => types.Any(t => a.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase)))
            .Select(a => a.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();
        var html = Quality("text/html", "application/xhtml+xml");
        return html > 0 && html >= Quality("application/json", "application/problem+json");
    }

    /// <summary>
    /// An error response without a body (a page's 404, an address nothing answers) becomes the error page for a
    /// person and the problem document for anyone else. A response that has its own body (a page's 400, an API
    /// problem) is left as it is.
    /// </summary>
    public static void UseWrongAddressPages(this WebApplication app)
    {
        // The outer handler writes the problem document; the inner one re-executes the error page, and the outer then
        // sees a body and leaves it. The inner one stands down for a program's request (it is the one the request's
        // feature names). Not a UseWhen branch: a branch has no route table of its own, so the page would not be found.
        app.UseStatusCodePages();
        app.UseStatusCodePagesWithReExecute(ErrorPage);
        app.Use((context, next) =>
        {
            if (!WantsPage(context.Request) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
            return next(context);
        });
    }

    /// <summary>A problem document for a 404 a page model explained says what was not found, in the API's words.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is { Status: StatusCodes.Status404NotFound, Detail: null }
            && context.HttpContext.Features.Get<Missing>() is { } missing)
        {
            context.ProblemDetails.Detail = missing.Detail;
        }
    }
}
