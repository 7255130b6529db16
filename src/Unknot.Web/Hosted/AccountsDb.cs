using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Unknot.Web.Hosted;

/// <summary>
/// Hosted mode's accounts, in the same PostgreSQL database as the sessions: ASP.NET Core Identity's users, the
/// data-protection key ring every instance shares (so a cookie made by one is read by all), and the personal access
/// tokens of scripts and the CLI. Its tables are created by the PostgreSQL provider's own migration scripts, under the
/// same advisory lock, not by EF Core.
/// </summary>
public sealed class AccountsDb(DbContextOptions<AccountsDb> options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    /// <summary>The key ring.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Personal access tokens, by the digest of their secret.</summary>
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.Entity<AccessToken>(token =>
        {
            token.ToTable("access_tokens");
            token.HasKey(t => t.Id);
            token.HasIndex(t => t.Digest).IsUnique();
            token.HasIndex(t => t.UserId);
            token.Property(t => t.Name).HasMaxLength(AccessToken.MaxName);
            token.HasOne<IdentityUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

/// <summary>A personal access token: only the SHA-256 digest of its secret is kept, with the account's security stamp when it was made.</summary>
public sealed class AccessToken
{
    /// <summary>Longest name.</summary>
    public const int MaxName = 100;

    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Digest { get; set; } = "";

    /// <summary>The account's security stamp when the token was made; the token works while the account still has it.</summary>
    public string? SecurityStamp { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
