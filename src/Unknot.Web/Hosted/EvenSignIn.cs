using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Unknot.Web.Hosted;

/// <summary>
/// Identity's sign-in, made to tell a stranger nothing about which email addresses have accounts. Identity alone
/// answers an unknown address at once, without hashing the password it was given (a sign-in for an account takes the
/// time of one hash, some 60 ms), and answers "LockedOut" only for accounts that exist. Here every attempt hashes the
/// password once, whatever the address, and a locked account answers as a wrong password does.
/// </summary>
public sealed class EvenSignIn(UserManager<IdentityUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<IdentityUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<IdentityUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<IdentityUser> confirmation)
    : SignInManager<IdentityUser>(users, context, claims, options, logger, schemes, confirmation)
{
    /// <summary>A hash of a secret nobody knows, made by this process's hasher, so checking a password against it costs what a real check costs.</summary>
    private static string? _nobody;

    /// <inheritdoc />
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        // A request without an address or password (JSON null) is answered as any other wrong one, not with Identity's exception.
        password ??= "";
        if (!string.IsNullOrEmpty(userName) && await UserManager.FindByNameAsync(userName) is { } user)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }
        HashAnyway(new IdentityUser(), null, password);
        return SignInResult.Failed;
    }

    /// <inheritdoc />
    public override async Task<SignInResult> CheckPasswordSignInAsync(IdentityUser user, string password, bool lockoutOnFailure)
    {
        if (await PreSignInCheck(user) is not null)
        {
            // Locked (or not allowed in): the password is not checked, but hashed all the same, and the answer is a wrong password's.
            HashAnyway(user, user.PasswordHash, password);
            return SignInResult.Failed;
        }
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        return result.IsLockedOut ? SignInResult.Failed : result;
    }

    private void HashAnyway(IdentityUser user, string? hash, string password)
    {
        hash ??= _nobody ??= UserManager.PasswordHasher.HashPassword(user, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        _ = UserManager.PasswordHasher.VerifyHashedPassword(user, hash, password);
    }
}
