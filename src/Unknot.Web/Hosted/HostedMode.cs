using Unknot.App.Fields;
using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Unknot.App.Views;
using Unknot.App.Workspaces;
using Unknot.Storage;
using Unknot.Storage.Postgres;

namespace Unknot.Web.Hosted;

/// <summary>
/// Hosted mode (docs/hosting.md): accounts with ASP.NET Core Identity, every user's data in PostgreSQL, and
/// stateless instances — the key ring in the database, so a cookie made by one instance is read by all, and the
/// security stamp checked on every request, so signing out ends the cookie everywhere at once.
/// </summary>
public static class HostedMode
{
    /// <summary>Where the JSON endpoints of accounts are (<c>MapIdentityApi</c>'s register, login, refresh…).</summary>
    public const string AccountApi = "/api/account";

    /// <summary>The authentication scheme that picks the cookie or the bearer token.</summary>
    public const string SignedIn = "unknot";

    /// <summary>The services of hosted mode.</summary>
    public static void AddHostedMode(this WebApplicationBuilder builder, HostedOptions options)
    {
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(services => new PostgresStoreFactory(options.PooledConnection, services.GetRequiredService<TimeProvider>()));
        services.AddSingleton(services => new Workspace(services.GetRequiredService<UnknotOptions>().Home, services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<PostgresStoreFactory>(), watch: true));
        services.AddDbContext<AccountsDb>((services, db) => db.UseNpgsql(services.GetRequiredService<PostgresStoreFactory>().DataSource));
        services.AddIdentityApiEndpoints<IdentityUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Lockout.MaxFailedAccessAttempts = options.LockoutAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
                identity.Lockout.AllowedForNewUsers = true;
                PasswordRules.Apply(identity.Password, options);
            })
            .AddEntityFrameworkStores<AccountsDb>()
            .AddSignInManager<EvenSignIn>()
            .AddPasswordValidator<NotTheEmail>()
            .AddErrorDescriber<AccountErrors>();
        services.AddSingleton(NobodysHash.Make);
        services.AddSignInLimit(options);
        // A request with an Authorization header is a script's (a bearer token); any other is a browser's (the cookie).
        services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = SignedIn;
                authentication.DefaultChallengeScheme = SignedIn;
            })
            .AddPolicyScheme(SignedIn, "Cookie, access token or bearer token", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer " + AccessTokens.Prefix, StringComparison.Ordinal)
                    ? AccessTokenHandler.SchemeName
                    : header.Length > 0 ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null);
        services.AddScoped<AccessTokens>();
        services.AddSingleton<PoolGate>();
        // Every request checks the user's security stamp, so a signed-out (or deleted) account's cookie or bearer token is refused at once.
        services.AddScoped<ISecurityStampValidator, StampCheck>();
        services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme,
            bearer => bearer.Events.OnMessageReceived = StampCheck.CheckBearer);
        services.AddDataProtection().PersistKeysToDbContext<AccountsDb>().SetApplicationName("unknot");
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "unknot";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.Events.OnRedirectToLogin = context => Refuse(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Refuse(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });
        // Over https (the proxy's, when it is named in --proxies) every cookie is Secure; antiforgery's would not be by default.
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAuthorizationBuilder().SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        // Forwarded headers are believed from the proxies named in --proxies only (not even loopback by default). Without
        // --proxies nobody's are: anyone could send them, and name another site as this one's host and scheme.
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = options.Proxies.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.Proxies)
            {
                forwarded.KnownProxies.Add(proxy);
            }
        });
        // EF Core (accounts only) tells of every command at Information; its warnings and errors are enough.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        if (options.JsonLogs)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }
    }

    /// <summary>An API request without a valid sign-in gets 401 (or 403) with a problem document; a page goes to the sign-in form.</summary>
    private static Task Refuse(HttpContext context, string redirect, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var problem = status == StatusCodes.Status401Unauthorized
                ? Api.Problems.Unauthorized("sign in first: a session cookie from /api/account/login, or Authorization: Bearer with a token")
                : Api.Problems.Forbidden("this account may not do that");
            return problem.ExecuteAsync(context);
        }
        context.Response.Redirect(redirect);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The middleware of hosted mode that comes first in the pipeline: forwarded headers, then the cross-site refusal
    /// and the limit on sign-ins (both by the client's real address and the public origin).
    /// </summary>
    public static void UseHostedMode(this WebApplication app, string urls)
    {
        if (PlainHttpWarning(urls) is { } warning)
        {
            app.Logger.LogWarning("{Warning}", warning);
        }
        // Made now, so that no sign-in for an address nobody has takes the time of making it.
        _ = app.Services.GetRequiredService<NobodysHash>();
        app.UseForwardedHeaders();
        app.UseSafeRequests();
        app.UseRateLimiter();
    }

    /// <summary>What to warn of when hosted mode listens over plain http beyond this computer, or null.</summary>
    public static string? PlainHttpWarning(string urls)
    {
        var open = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && App.Hosting.ListenAddress.Problem(url) is not null).ToArray();
        return open.Length == 0 ? null
            : $"hosted mode listens over plain http on {string.Join(", ", open)}: passwords, cookies and tokens cross the network readable. " +
              "Listen on 127.0.0.1 behind a proxy that serves https (and name it in --proxies), or give Kestrel a certificate and an https:// address";
    }

    /// <summary>
    /// Who is asking, after the static files (styles and scripts need no sign-in) and before every page and endpoint;
    /// a sign-in reads the database, so the gate on the pool's connections comes first.
    /// </summary>
    public static void UseSignIn(this WebApplication app)
    {
        app.Use(app.Services.GetRequiredService<PoolGate>().PassAsync);
        app.UseAuthentication();
        app.UseAuthorization();
    }

    /// <summary>The endpoints of hosted mode: the accounts' JSON API, and readiness (the database answers).</summary>
    public static void MapHostedMode(this WebApplication app)
    {
        // Register, login, refresh and the like are for people not signed in yet; /manage asks for a sign-in itself.
        var options = app.Services.GetRequiredService<HostedOptions>();
        var accounts = app.MapGroup(AccountApi).WithTags("Account");
        if (options.Registration == "invitation")
        {
            // Identity's JSON register takes no invitation code: by invitation, accounts are made on the register page only.
            accounts.AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.Path.Equals(AccountApi + "/register", StringComparison.OrdinalIgnoreCase)
                    ? Api.Problems.Forbidden("registration here is by invitation: create the account on /account/register with your code")
                    : await next(context));
        }
        accounts.MapIdentityApi<IdentityUser>().Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && !route.Contains("/manage", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
            }
            // Signing in and changing the password (or the email) both check a password: both count towards the sign-in
            // limit, so a stolen token or cookie guesses the password no faster than a stranger at the sign-in form.
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } checks }
                && (checks.EndsWith("/login", StringComparison.Ordinal) || checks.EndsWith("/manage/info", StringComparison.Ordinal)))
            {
                endpoint.Metadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(SignInLimit.Policy));
            }
        });
        // Signing out from a script: the security stamp changes, so this cookie (and every copy of it) is refused by every instance.
        app.MapPost(AccountApi + "/logout", async (UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, ClaimsPrincipal principal) =>
        {
            if (await users.GetUserAsync(principal) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }
            await signIn.SignOutAsync();
            return Results.NoContent();
        }).WithTags("Account").WithSummary("Sign out everywhere: every copy of the session cookie is refused from now on");
        var tokens = app.MapGroup(AccountApi + "/tokens").WithTags("Account");
        tokens.MapGet("", async (AccessTokens store, ClaimsPrincipal principal, CancellationToken cancel) =>
            TypedResults.Ok(await store.ListAsync(UserId(principal)!, cancel))).WithSummary("My access tokens (never their secrets)");
        tokens.MapPost("", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Created<NewAccessToken>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (
            AccessTokens store, ClaimsPrincipal principal, HttpRequest request, CancellationToken cancel) =>
        {
            var read = (await Api.RequestInput.JsonAsync(request, cancel)).Then(body => App.Readers.TextFieldReader.Optional(body, "name", AccessToken.MaxName));
            if (!read.TryGetValue(out var name, out var unreadable))
            {
                return Api.Problems.BadRequest(unreadable);
            }
            var (made, problem) = await store.CreateAsync(UserId(principal)!, name, cancel);
            return made is null ? Api.Problems.BadRequest(new App.Fields.FieldProblem("name", problem!)) : TypedResults.Created($"{AccountApi}/tokens/{made.Id}", made);
        }).WithSummary("Make a token {name}; its secret is in the answer, and only there");
        tokens.MapDelete("/{id:guid}", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.NoContent, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (
            AccessTokens store, ClaimsPrincipal principal, Guid id, CancellationToken cancel) =>
            await store.RevokeAsync(UserId(principal)!, id, cancel) ? TypedResults.NoContent() : Api.Problems.NotFound($"no token {id}"))
            .WithSummary("Revoke a token: it stops working at once");
        // A database that does not answer throws here, and DatabaseTrouble answers 503 with the reason and Retry-After.
        app.MapGet("/readyz", async (PostgresStoreFactory stores, CancellationToken cancel) =>
        {
            await using var connection = await stores.DataSource.OpenConnectionAsync(cancel);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancel);
            return Results.Text("ready");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The signed-in user's id, or null.</summary>
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
