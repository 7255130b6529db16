using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Unknot.Web.Hosted;

/// <summary>
/// The security stamp, checked on every request that carries the cookie, so a signed-out, re-passworded or deleted
/// account's cookie is refused at once on every instance. Unlike Identity's own validator, it leaves the browser's cookie
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
}
