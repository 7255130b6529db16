using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Unknot.Web.Hosted;

/// <summary>
/// Identity's sign-in, made to tell a stranger nothing about which email addresses have accounts. Identity alone
/// answers an unknown address at once, without hashing the password it was given (a sign-in for an account takes the
/// time of one hash, some 60 ms), writes a wrong password down (to lock the account after too many) but not an unknown
/// address nor a locked account, and answers "LockedOut" only for accounts that exist. Here every failure checks the
/// password against one hash and is written down by Identity's own update, whatever the address, and a locked
/// account answers as a wrong password does.
/// </summary>
public sealed class EvenSignIn(UserManager<IdentityUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<IdentityUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<IdentityUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<IdentityUser> confirmation,
    NobodysHash nobody)
    : SignInManager<IdentityUser>(users, context, claims, options, logger, schemes, confirmation)
{
    /// <inheritdoc />
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        // A request without an address or password (JSON null) is answered as any other wrong one, not with Identity's exception.
        password ??= "";
        if (!string.IsNullOrEmpty(userName) && await UserManager.FindByNameAsync(userName) is { } user)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }
        // Nobody's: a hash checked, and the failure written down as an account's is, to a row that does not exist (the
        // same checks of the name and the email Identity makes before an update, and the update, which finds no row).
        var stranger = new IdentityUser { UserName = userName, Email = userName };
        _ = UserManager.PasswordHasher.VerifyHashedPassword(stranger, nobody.Hash, password);
        if (lockoutOnFailure)
        {
            await UserManager.UpdateAsync(stranger);
        }
        return SignInResult.Failed;
    }

    /// <inheritdoc />
    public override async Task<SignInResult> CheckPasswordSignInAsync(IdentityUser user, string password, bool lockoutOnFailure)
    {
        if (await PreSignInCheck(user) is not null)
        {
            // Locked (or not allowed in): the password is not checked, but hashed all the same, the account's row written
            // as a wrong password writes it (with its lockout as it was: a failure while locked does not lock it for
            // longer), and the answer is a wrong password's.
            _ = UserManager.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? nobody.Hash, password);
            if (lockoutOnFailure)
            {
                await UserManager.UpdateAsync(user);
            }
            return SignInResult.Failed;
        }
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        return result.IsLockedOut ? SignInResult.Failed : result;
    }
}

/// <summary>
/// A hash of a secret nobody knows, made once at start by the app's own hasher, so that checking a password against it
/// costs what checking one against an account's hash costs, and no sign-in pays for making it.
/// </summary>
public sealed class NobodysHash(string hash)
{
    /// <summary>The hash.</summary>
    public string Hash => hash;

    /// <summary>Makes it with the hasher the accounts use.</summary>
    public static NobodysHash Make(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<IdentityUser>>();
        return new(hasher.HashPassword(new IdentityUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
    }
}
