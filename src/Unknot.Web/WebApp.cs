using Unknot.App.Workspaces;
using Unknot.Text;
using Unknot.Web.Api;
using Unknot.Web.Hosted;

namespace Unknot.Web;

/// <summary>Builds the web app; <c>Program</c> runs it, and so does <c>unknot serve</c>.</summary>
public static class WebApp
{
    /// <summary>
    /// The app, configured from <paramref name="args"/> (<c>--urls</c>, <c>--UNKNOT_HOME=</c>, <c>--hosted</c> with
    /// <c>--connection</c>…) and the environment.
    /// </summary>
    public static WebApplication Create(string[] args)
    {
        // "--hosted" alone is a switch; the configuration reads "--key value" pairs.
        args = [.. args.Select(a => a == "--hosted" ? "--hosted=true" : a == "--log-json" ? "--log-json=true" : a)];
        // The content root is the program's own folder, where wwwroot is copied, whatever the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var hosted = Hosted.HostedOptions.From(builder.Configuration);

        var urls = builder.Configuration["urls"] is { Length: > 0 } given ? given : builder.Configuration["ASPNETCORE_URLS"];
        if (string.IsNullOrEmpty(urls))
        {
            builder.WebHost.UseUrls(Unknot.App.Hosting.ListenAddress.Default);
        }
        else if (hosted is null)
        {
            if (PersonalMode.CheckListenAddress(urls) is { } refusal)
            {
                throw new ListenAddressException(refusal);
            }
            builder.WebHost.UseUrls(Unknot.App.Hosting.ListenAddress.Bindable(urls));
        }
        // A start that fails (a busy port) is said in one line by Program; the host's own report of it, a stack trace, is
        // left out, and nothing else the host logs.
        HostLog.Register(builder.Services);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = UnknotApi.ImportBody);

        // Time and data: an injected clock, and one data scope per request.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(UnknotOptions.FromEnvironment(builder.Configuration));
        builder.Services.AddHttpContextAccessor();
        if (hosted is null)
        {
            // Personal mode: one local user, loopback only, the same home folder and database as the CLI.
            builder.Services.AddSingleton(services =>
            {
                var (home, time) = (services.GetRequiredService<UnknotOptions>().Home, services.GetRequiredService<TimeProvider>());
                return new Workspace(home, time, Storage.Sqlite.SqliteStoreFactory.InHome(home, time), watch: true);
            });
        }
        else
        {
            // Hosted mode: accounts, PostgreSQL, any number of instances behind a proxy.
            builder.AddHostedMode(hosted);
        }
        // One person's data per request: the local user in personal mode, the one signed in when hosted (every hosted
        // endpoint but the account ones requires a sign-in, so there is always one).
        builder.Services.AddScoped(services => UserContext.ForRequest(services.GetRequiredService<Workspace>(), hosted is null
            ? () => Storage.PersonalUser.Id
            : () => Hosted.HostedMode.UserId(services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new())
                ?? throw new InvalidOperationException("hosted mode: no user is signed in"), filesInDatabase: hosted is not null));
        builder.Services.AddSingleton<App.Reminders.BrowserReminders>();
        // The service worker and its version, read from the web root once.
        builder.Services.AddSingleton(services => OfflineKit.Load(services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider));

        // JSON as the CLI writes it: the one configuration of Unknot.Text.UnknotJson.
        builder.Services.ConfigureHttpJsonOptions(json => UnknotJson.Configure(json.SerializerOptions));

        // Every error as an RFC 7807 problem document (a person's wrong address as a page: WrongAddress); the OpenAPI document at /openapi/v1.json.
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = WrongAddress.Describe);
        builder.Services.AddExceptionHandler<DatabaseTrouble>();
        builder.Services.AddOpenApi();
        // Answers that depend only on the library, the settings and the query are kept in memory, keyed by the
        // workspace's version, so they are computed again only after a file or the database changed.
        builder.Services.AddOutputCache(cache => cache.AddPolicy(UnknotApi.LibraryCache, policy => policy
            .SetVaryByQuery("*")
            .VaryByValue(context => new KeyValuePair<string, string>("version",
                context.RequestServices.GetRequiredService<UserContext>().Version))
            .Expire(TimeSpan.FromHours(1))));
        // Static files go out compressed (Brotli, else gzip). Only static kinds: pages and API answers carry secrets
        // (antiforgery tokens, a new access token), which compression over HTTPS could leak (BREACH).
        builder.Services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.MimeTypes = StaticFiles.Compressed;
            compression.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            compression.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        builder.Services.AddRazorPages(pages => pages.Conventions.AddPageRoute("/Routines/Edit", "/routines/new"))
            .AddApplicationPart(typeof(WebApp).Assembly);

        var app = builder.Build();
        if (hosted is null)
        {
            app.UsePersonalMode();
            app.RecordAddress();
        }
        else
        {
            // The schema (accounts and key ring included) is ready before the first request.
            app.Services.GetRequiredService<Storage.Postgres.PostgresStoreFactory>().Prepare();
            app.UseHostedMode(urls ?? "");
        }

        app.UseExceptionHandler();
        app.UseWrongAddressPages();
        app.UseResponseCompression();
        app.UseStaticFiles(StaticFiles.Options);
        if (hosted is not null)
        {
            app.UseSignIn();
        }
        app.UseOutputCache();
        app.MapOpenApi();
        // The figures' colours, written once in Core for standalone pictures and pages alike.
        app.MapGet("/css/figure.css", () => Results.Text(Figures.FigureSvg.Stylesheet, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapServiceWorker();
        // Alive: answers as long as the process serves requests (a reminder asks it before opening the web player). It answers
        // before any other middleware (in hosted mode the sign-in reads the database), so it says so even while the database is away.
        app.MapGet("/healthz", () => Results.Text("ok")).ShortCircuit().ExcludeFromDescription();
        if (hosted is not null)
        {
            app.MapHostedMode();
        }
        app.MapUnknotApi();
        app.MapRazorPages();

        return app;
    }

    /// <summary>
    /// What a failure to start listening on <paramref name="urls"/> means, in one line, and the exit code: 1 for a port
    /// another program holds, 2 for an address this computer cannot listen on. Null for any other exception.
    /// </summary>
    public static (string Message, int ExitCode)? StartFailure(Exception error, string urls) => error switch
    {
        IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } =>
            ($"another program is already listening on {urls}; stop it, or give Unknot another port with --urls", 1),
        System.Net.Sockets.SocketException socket => ($"cannot listen on {urls}: {socket.Message}; give --urls an address of this computer, such as {Unknot.App.Hosting.ListenAddress.Default}", 2),
        _ => null,
    };
}

/// <summary>The address asked for is one personal mode does not listen on; the message says why and what would do.</summary>
public sealed class ListenAddressException(string message) : Exception(message);
