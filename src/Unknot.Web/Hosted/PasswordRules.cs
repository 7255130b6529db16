using Microsoft.AspNetCore.Identity;

namespace Unknot.Web.Hosted;

/// <summary>
/// What a new password must be, as NIST SP 800-63B asks: long (<c>--password-length</c>, 12 characters unless set),
/// with no rules about digits, capitals or symbols, which make passwords harder to remember and no harder to guess;
/// and not the account's own email address, which everyone the person writes to knows.
/// </summary>
public static class PasswordRules
{
    /// <summary>Identity's options for a new password.</summary>
    public static void Apply(PasswordOptions password, HostedOptions options)
    {
        password.RequiredLength = options.PasswordLength;
        password.RequireDigit = false;
        password.RequireLowercase = false;
        password.RequireUppercase = false;
        password.RequireNonAlphanumeric = false;
        password.RequiredUniqueChars = 1;
    }
}

/// <summary>Refuses a password that holds the account's email address.</summary>
public sealed class NotTheEmail : IPasswordValidator<IdentityUser>
{
    /// <inheritdoc />
    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password) =>
        Task.FromResult(password is not null && user.Email is { Length: > 0 } email && password.Contains(email.Trim(), StringComparison.OrdinalIgnoreCase)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordIsEmail", Description = "A password must not be your email address, which anyone you write to knows." })
            : IdentityResult.Success);
}

/// <summary>Identity's words for a password that is too short, saying what would do.</summary>
public sealed class AccountErrors : IdentityErrorDescriber
{
    /// <inheritdoc />
    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = $"A password needs at least {length} characters; a few words that do not belong together make a long one easy to remember.",
    };
}
