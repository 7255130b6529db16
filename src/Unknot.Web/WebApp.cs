using Unknot.App.Workspaces;
using Unknot.Text;
using Unknot.Web.Api;

namespace Unknot.Web;

/// <summary>Builds the web app; <c>Program</c> runs it, and so does <c>unknot serve</c>.</summary>
public static class WebApp
{
    /// <summary>The app, configured from <paramref name="args"/> (<c>--urls</c>, <c>--UNKNOT_HOME=</c>) and the environment.</summary>
    public static WebApplication Create(string[] args)
    {
        // The content root is the program's own folder, where wwwroot is copied, whatever the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // Personal mode: one local user, loopback only, the same home folder and database as the CLI.
        var urls = builder.Configuration["urls"] is { Length: > 0 } given ? given : builder.Configuration["ASPNETCORE_URLS"];
        if (string.IsNullOrEmpty(urls))
        {
            builder.WebHost.UseUrls(Unknot.App.Hosting.ListenAddress.Default);
        }
        else if (PersonalMode.CheckListenAddress(urls) is { } refusal)
        {
            throw new ListenAddressException(refusal);
        }
        builder.Services.AddPersonalMode();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = UnknotApi.ImportBody);

        // Time and data: an injected clock, and one data scope per request.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(UnknotOptions.FromEnvironment(builder.Configuration));
        builder.Services.AddSingleton(services => Workspace.Personal(
            services.GetRequiredService<UnknotOptions>().Home, services.GetRequiredService<TimeProvider>(), watch: true));
        builder.Services.AddScoped<UnknotData>();
        builder.Services.AddSingleton<App.Reminders.BrowserReminders>();

        // JSON as the CLI writes it: the one configuration of Unknot.Text.UnknotJson.
        builder.Services.ConfigureHttpJsonOptions(json => UnknotJson.Configure(json.SerializerOptions));

        // Every error as an RFC 7807 problem document; the OpenAPI document at /openapi/v1.json.
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DatabaseTrouble>();
        builder.Services.AddOpenApi();
        // Answers that depend only on the library, the settings and the query are kept in memory, keyed by the
        // workspace's version, so they are computed again only after a file or the database changed.
        builder.Services.AddOutputCache(cache => cache.AddPolicy(UnknotApi.LibraryCache, policy => policy
            .SetVaryByQuery("*")
            .VaryByValue(context => new KeyValuePair<string, string>("version",
                context.RequestServices.GetRequiredService<Workspace>().Version(Storage.Sqlite.SqliteStore.LocalUser)))
            .Expire(TimeSpan.FromHours(1))));
        builder.Services.AddRazorPages(pages => pages.Conventions.AddPageRoute("/Routines/Edit", "/routines/new"))
            .AddApplicationPart(typeof(WebApp).Assembly);

        var app = builder.Build();
        app.UsePersonalMode();
        app.RecordAddress();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseOutputCache();
        app.MapOpenApi();
        // The figures' colours, written once in Core for standalone pictures and pages alike.
        app.MapGet("/css/figure.css", () => Results.Text(Figures.FigureSvg.Stylesheet, "text/css; charset=utf-8")).ExcludeFromDescription();
        // Alive: answers as long as the process serves requests (a reminder asks it before opening the web player).
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        app.MapUnknotApi();
        app.MapRazorPages();

        return app;
    }
}

/// <summary>The address asked for is one personal mode does not listen on; the message says why and what would do.</summary>
public sealed class ListenAddressException(string message) : Exception(message);
