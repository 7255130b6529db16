namespace Unknot.Web;

/// <summary>
/// What personal mode protects against (docs/security.md): it serves this computer only, and a page on another
/// site cannot make the browser change anything in it.
/// <list type="bullet">
/// <item>It listens on loopback addresses only, and answers only requests addressed to a loopback host name, so a
/// page on a rebound DNS name cannot read it.</item>
/// <item>A request that changes something is refused with 403 when the browser says it comes from another site
/// (<c>Sec-Fetch-Site</c>) or another origin (<c>Origin</c>). Browsers always send these on such requests; scripts and
/// curl, which do not, keep working.</item>
/// <item>Every response forbids inline script, framing, content sniffing and referrers.</item>
/// </list>
/// </summary>
public static class PersonalMode
{
    /// <summary>The policy sent with every response: scripts from Unknot's own files only, never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy of the pages that measure (/measure, and the player before and after a routine): the same, and WebAssembly may be compiled ('wasm-unsafe-eval'), which the face model
    /// runs on. Script from strings (eval) stays refused, and every file still comes from this origin.
    /// </summary>
    public static readonly string MeasuringPolicy = ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", StringComparison.Ordinal);

    /// <summary>
    /// Null when personal mode may listen on <paramref name="url"/>; otherwise one line saying why not and what would
    /// do. Only loopback addresses are allowed: serving a network needs accounts (hosted mode).
    /// </summary>
    public static string? CheckListenAddress(string url) => Unknot.App.Hosting.ListenAddress.Problem(url);

    /// <summary>
    /// Only requests addressed to a loopback host are answered, by the rule that says where personal mode may
    /// listen (<see cref="App.Hosting.ListenAddress.IsLoopback"/>): a page on a rebound DNS name sends its own name and
    /// gets 400. Then the cross-site refusal and the security headers; all first in the pipeline.
    /// </summary>
    public static void UsePersonalMode(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!App.Hosting.ListenAddress.IsLoopback(context.Request.Host.Host))
            {
                await TypedResults.Problem("Unknot in personal mode answers only requests addressed to this computer (localhost, 127.0.0.1, [::1])",
                    statusCode: StatusCodes.Status400BadRequest, title: "Not addressed to this computer").ExecuteAsync(context);
                return;
            }
            await next();
        });
        app.UseSafeRequests();
    }

    /// <summary>
    /// The security headers on every response, and the refusal of a change that a page of another site asks for; in
    /// both modes (in hosted mode it comes after the forwarded headers, so the origin is compared with the public one).
    /// </summary>
    public static void UseSafeRequests(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/measure") || context.Request.Path.StartsWithSegments("/play")
                ? MeasuringPolicy
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on its own form posts.
            headers["Referrer-Policy"] = "same-origin";
            if (ChangesSomething(context.Request) && FromElsewhere(context.Request) is { } why)
            {
                await Api.Problems.Forbidden($"refused: {why}; Unknot takes changes only from its own pages, scripts and the terminal").ExecuteAsync(context);
                return;
            }
            await next();
        });

    /// <summary>
    /// While the app runs, its address is kept in the home folder (<see cref="App.Hosting.RunningWeb"/>) so that a
    /// desktop reminder's Start can open the break in this web player.
    /// </summary>
    public static void RecordAddress(this WebApplication app)
    {
        App.Hosting.RunningWeb? recorded = null;
        var home = app.Services.GetRequiredService<UnknotOptions>().Home;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            if (addresses.FirstOrDefault(a => a.StartsWith("http", StringComparison.Ordinal)) is { } url)
            {
                recorded = new App.Hosting.RunningWeb(url.TrimEnd('/'), Environment.ProcessId);
                App.Hosting.RunningWeb.Write(home, recorded);
            }
        });
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            if (recorded is not null)
            {
                App.Hosting.RunningWeb.Remove(home, recorded);
            }
        });
    }

    private static bool ChangesSomething(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    /// <summary>Why the browser says this request comes from another site or origin, or null.</summary>
    private static string? FromElsewhere(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site")
        {
            return $"the browser sent it from another site (Sec-Fetch-Site: {site})";
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase))
        {
            return $"it comes from the page of another origin ({origin})";
        }
        return null;
    }
}
