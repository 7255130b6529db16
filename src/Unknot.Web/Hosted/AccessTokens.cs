using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using Unknot.App.Views;

namespace Unknot.Web.Hosted;

/// <summary>
/// Personal access tokens for scripts and the CLI (<c>Authorization: Bearer unk_…</c>): made and revoked on
/// <c>/account/tokens</c> or under <c>/api/account/tokens</c>. Only the SHA-256 digest of a secret is stored, and every
/// request looks it up, so a revoked token stops working at once on every instance. A token also keeps the account's
/// security stamp of when it was made, and works only while the account has that stamp: signing out everywhere or a
/// new password ends every token as it ends every cookie, and deleting the account deletes its tokens with it.
/// </summary>
public sealed class AccessTokens(AccountsDb db, TimeProvider time)
{
    /// <summary>What every secret starts with, so a token is told from Identity's own bearer tokens.</summary>
    public const string Prefix = "unk_";

    /// <summary>The most tokens one account may have.</summary>
    public const int Most = 20;

    /// <summary>The digest kept for <paramref name="secret"/>.</summary>
    public static string Digest(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The user's tokens, newest first; those the account's stamp has ended since are deleted first.</summary>
    public async Task<IReadOnlyList<AccessTokenView>> ListAsync(string userId, CancellationToken cancel)
    {
        await ForgetEndedAsync(userId, cancel);
        return (await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancel))
            .OrderByDescending(t => t.CreatedAt).Select(t => new AccessTokenView(t.Id, t.Name, t.CreatedAt)).ToArray();
    }

    /// <summary>Deletes the user's tokens made under a security stamp the account no longer has.</summary>
    private Task ForgetEndedAsync(string userId, CancellationToken cancel) =>
        db.AccessTokens.Where(t => t.UserId == userId && !db.Users.Any(u => u.Id == t.UserId && u.SecurityStamp == t.SecurityStamp)).ExecuteDeleteAsync(cancel);

    /// <summary>Makes a token named <paramref name="name"/>; null with the reason when the name or the count is wrong.</summary>
    public async Task<(NewAccessToken? Token, string? Problem)> CreateAsync(string userId, string? name, CancellationToken cancel)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > AccessToken.MaxName || name.Any(char.IsControl))
        {
            return (null, $"give the token a name of 1 to {AccessToken.MaxName} characters, such as 'laptop'");
        }
        await ForgetEndedAsync(userId, cancel);
        if (await db.AccessTokens.CountAsync(t => t.UserId == userId, cancel) >= Most)
        {
            return (null, $"an account has at most {Most} tokens; revoke one first");
        }
        var stamp = await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync(cancel);
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new AccessToken { Id = Guid.NewGuid(), UserId = userId, Name = name, Digest = Digest(secret), SecurityStamp = stamp, CreatedAt = time.GetUtcNow() };
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancel);
        return (new NewAccessToken(token.Id, token.Name, token.CreatedAt, secret), null);
    }

    /// <summary>Revokes one of the user's tokens; false when the user has none with that id (another's included).</summary>
    public async Task<bool> RevokeAsync(string userId, Guid id, CancellationToken cancel) =>
        await db.AccessTokens.Where(t => t.UserId == userId && t.Id == id).ExecuteDeleteAsync(cancel) == 1;

    /// <summary>
    /// The owner of <paramref name="secret"/>, or null for a token that does not exist, was revoked, or was made before
    /// the account last signed out everywhere or changed its password.
    /// </summary>
    public async Task<IdentityUser?> OwnerAsync(string secret, CancellationToken cancel)
    {
        var digest = Digest(secret);
        return await db.Users.AsNoTracking()
            .Where(u => db.AccessTokens.Any(t => t.Digest == digest && t.UserId == u.Id && t.SecurityStamp == u.SecurityStamp))
            .FirstOrDefaultAsync(cancel);
    }
}

/// <summary>Signs in a request that carries <c>Authorization: Bearer unk_…</c> as the token's owner.</summary>
public sealed class AccessTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer " + AccessTokens.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }
        var user = await tokens.OwnerAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("the token does not exist, was revoked, or the account signed out everywhere since");
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName ?? user.Id)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Api.Problems.Unauthorized("this token does not exist or was revoked, or the account signed out everywhere or changed its password since; make a new one on /account/tokens").ExecuteAsync(Context);
}
