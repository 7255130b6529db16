using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Views;
using Unknot.Web.Hosted;

namespace Unknot.Web.Pages.Account;

/// <summary>What every account page shares: it exists only in hosted mode, and shows Identity's errors as one line each.</summary>
public abstract class AccountPage(HostedOptions? hosted) : PageModel
{
    /// <summary>What went wrong, one line each.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Hosted mode's options; the account pages answer 404 in personal mode, which has no accounts.</summary>
    protected HostedOptions Hosted => hosted!;

    /// <summary>The fewest characters a new password may have.</summary>
    public int PasswordLength => Hosted.PasswordLength;

    /// <summary>404 in personal mode.</summary>
    protected IActionResult? NotHosted() => hosted is null ? NotFound() : null;

    /// <summary>Adds Identity's reasons.</summary>
    protected void Add(IdentityResult result) => Problems.AddRange(result.Errors.Select(e => e.Description));

    /// <summary>A local address to go to after signing in, or the home page (never another site).</summary>
    protected string Back(string? returnUrl) => returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}

/// <summary>Create an account: open to anyone, or with an invitation code, as the instance is configured.</summary>
[AllowAnonymous]
public sealed class RegisterModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, HostedOptions? hosted = null) : AccountPage(hosted)
{
    public bool ByInvitation => Hosted.Registration == "invitation";

    public IActionResult OnGet() => NotHosted() ?? Page();

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? invitation, string? returnUrl)
    {
        if (NotHosted() is { } none)
        {
            return none;
        }
        if (ByInvitation && !Hosted.Invitations.Contains(invitation?.Trim() ?? ""))
        {
            Problems.Add("Registration here is by invitation: enter the code you were given.");
            return Page();
        }
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            Problems.Add("Give an email address and a password.");
            return Page();
        }
        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            Add(created);
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: true);
        return LocalRedirect(Back(returnUrl));
    }
}

/// <summary>
/// Sign in with email and password; repeated failures lock the account for a while, and one address may try only so
/// often. Every failure gets the same words, so they tell nobody whether an address has an account, nor that it is locked.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SignInLimit.Policy)]
public sealed class LoginModel(SignInManager<IdentityUser> signIn, HostedOptions? hosted = null) : AccountPage(hosted)
{
    public IActionResult OnGet() => NotHosted() ?? Page();

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        if (NotHosted() is { } none)
        {
            return none;
        }
        var result = await signIn.PasswordSignInAsync(email?.Trim() ?? "", password ?? "", isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Back(returnUrl));
        }
        Problems.Add($"That email and password do not match an account. After {Hosted.LockoutAttempts} failed sign-ins in a row an account is locked for {Hosted.LockoutMinutes} minutes.");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

/// <summary>Sign out here and everywhere: the security stamp changes, so every copy of the cookie is refused.</summary>
public sealed class LogoutModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, HostedOptions? hosted = null) : AccountPage(hosted)
{
    public IActionResult OnGet() => NotHosted() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (NotHosted() is { } none)
        {
            return none;
        }
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return LocalRedirect("/account/login");
    }
}

/// <summary>Change the password; the current one is asked for, so one address may try only as often as it may sign in.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SignInLimit.Policy)]
public sealed class PasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, HostedOptions? hosted = null) : AccountPage(hosted)
{
    public bool Changed { get; private set; }

    public IActionResult OnGet() => NotHosted() ?? Page();

    public async Task<IActionResult> OnPostAsync(string? current, string? password)
    {
        if (NotHosted() is { } none)
        {
            return none;
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var changed = await users.ChangePasswordAsync(user, current ?? "", password ?? "");
        if (!changed.Succeeded)
        {
            Add(changed);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // The stamp changed with the password: sign this browser in again, so only other copies of the old cookie end.
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}

/// <summary>Delete my account: after typing the email address again, the account and every row of its data go.</summary>
public sealed class DeleteModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, UserContext data, HostedOptions? hosted = null) : AccountPage(hosted)
{
    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (NotHosted() is { } none)
        {
            return none;
        }
        Email = (await users.GetUserAsync(User))?.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? confirm)
    {
        if (NotHosted() is { } none)
        {
            return none;
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Email = user.Email ?? "";
        if (!string.Equals(confirm?.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            Problems.Add("Type your email address exactly to confirm; nothing was deleted.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        data.Store.DeleteUser();
        await users.DeleteAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/account/register");
    }
}

/// <summary>Personal access tokens: made (the secret shown once), listed and revoked.</summary>
public sealed class TokensModel(AccessTokens tokens, HostedOptions? hosted = null) : AccountPage(hosted)
{
    public IReadOnlyList<AccessTokenView> Tokens { get; private set; } = [];

    public NewAccessToken? Made { get; private set; }

    private string Me => HostedMode.UserId(User)!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (NotHosted() is { } none)
        {
            return none;
        }
        Tokens = await tokens.ListAsync(Me, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(string? name)
    {
        if (NotHosted() is { } none)
        {
            return none;
        }
        var (made, problem) = await tokens.CreateAsync(Me, name, HttpContext.RequestAborted);
        Made = made;
        if (problem is not null)
        {
            Problems.Add(problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Tokens = await tokens.ListAsync(Me, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (NotHosted() is { } none)
        {
            return none;
        }
        return await tokens.RevokeAsync(Me, id, HttpContext.RequestAborted) ? RedirectToPage() : NotFound();
    }
}
