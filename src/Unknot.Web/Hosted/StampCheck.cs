using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Unknot.Web.Hosted;

/// <summary>
/// The security stamp, checked on every request that carries the cookie or one of Identity's bearer tokens, so a
/// signed-out, re-passworded or deleted account's sign-ins are refused at once on every instance. (Refresh tokens
/// are checked by Identity's own <c>/refresh</c>, and personal access tokens by <see cref="AccessTokens"/>, against
/// the same stamp.) Unlike Identity's own validator, it leaves the browser's cookie
/// alone: a cookie whose stamp matches is used as it is, not issued again, and one whose stamp changed is refused for
/// that request, not deleted. A browser sends requests side by side (a page, and the device keeping pages for use
/// without the network), so an answer to a request that started before a password change can arrive after the new
/// cookie. Issuing or deleting a cookie in it would put back the old cookie, or take away the new one, and sign out
/// the very browser that changed the password.
/// </summary>
public sealed class StampCheck(IOptions<SecurityStampValidatorOptions> options, SignInManager<IdentityUser> signIn, ILoggerFactory logger)
    : SecurityStampValidator<IdentityUser>(options, signIn, logger)
{
    /// <inheritdoc />
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (await VerifySecurityStamp(context.Principal) is null)
        {
            context.RejectPrincipal();
        }
    }

    /// <summary>
    /// For <see cref="BearerTokenEvents.OnMessageReceived"/>: a bearer token that unprotects (the handler checks its
    /// expiry after) but whose stamp is no longer the account's is refused.
    /// </summary>
    public static async Task CheckBearer(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..]) is not { } ticket)
        {
            return;
        }
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<IdentityUser>>();
        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is null)
        {
            context.Fail("the account signed out everywhere, changed its password or was deleted since this token was made");
        }
    }
}
