using System.Net;

namespace Unknot.Web.Hosted;

/// <summary>
/// How a hosted instance runs, from <c>--hosted</c> and the settings after it (command line, environment variables
/// such as <c>UNKNOT_CONNECTION</c>, or appsettings): the database and how many connections to it, who may register,
/// when an account locks and how often one address may try, how long a password must be, which proxies to believe,
/// and whether logs are JSON.
/// </summary>
/// <param name="Connection">The PostgreSQL connection string.</param>
/// <param name="Registration">Who may register: <c>open</c>, or <c>invitation</c> (with one of <see cref="Invitations"/>).</param>
/// <param name="Invitations">Invitation codes that let someone register when registration is by invitation.</param>
/// <param name="LockoutAttempts">Failed sign-ins in a row that lock an account.</param>
/// <param name="LockoutMinutes">How long it stays locked.</param>
/// <param name="Proxies">Reverse proxies whose X-Forwarded-For, -Proto and -Host are believed; nobody's when empty.</param>
/// <param name="JsonLogs">Logs as one JSON object per line.</param>
/// <param name="PoolSize">The most connections to PostgreSQL this instance holds at once.</param>
/// <param name="SignInLimit">Sign-in attempts one client address may make in a minute.</param>
/// <param name="PasswordLength">The fewest characters a new password may have.</param>
public sealed record HostedOptions(string Connection, string Registration, IReadOnlyList<string> Invitations, int LockoutAttempts, int LockoutMinutes,
    IReadOnlyList<IPAddress> Proxies, bool JsonLogs, int PoolSize, int SignInLimit, int PasswordLength)
{
    /// <summary>Connections per instance unless <c>--pool-size</c> (or the connection string's Maximum Pool Size) says otherwise.</summary>
    public const int DefaultPoolSize = 20;

    /// <summary>Sign-in attempts per client address and minute unless <c>--sign-in-limit</c> says otherwise.</summary>
    public const int DefaultSignInLimit = 10;

    /// <summary>The shortest new password unless <c>--password-length</c> says otherwise: length, not character classes, makes a password hard to guess.</summary>
    public const int DefaultPasswordLength = 12;

    /// <summary>The options, null when the instance is not hosted; a wrong value throws <see cref="HostedOptionsException"/> naming it.</summary>
    public static HostedOptions? From(IConfiguration configuration)
    {
        if (!Flag(configuration, "hosted", "UNKNOT_HOSTED"))
        {
            return null;
        }
        var connection = Value(configuration, "connection", "UNKNOT_CONNECTION") ?? configuration.GetConnectionString("Unknot")
            ?? throw new HostedOptionsException("hosted mode needs a PostgreSQL database: --connection \"Host=…;Database=unknot;Username=…;Password=…\" (or UNKNOT_CONNECTION)");
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException e)
        {
            throw new HostedOptionsException($"--connection: not a PostgreSQL connection string ({e.Message})");
        }
        var registration = Value(configuration, "registration", "UNKNOT_REGISTRATION") ?? "open";
        if (registration is not ("open" or "invitation"))
        {
            throw new HostedOptionsException($"--registration: must be open or invitation, got '{registration}'");
        }
        var invitations = (Value(configuration, "invitations", "UNKNOT_INVITATIONS") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var proxies = new List<IPAddress>();
        foreach (var text in (Value(configuration, "proxies", "UNKNOT_PROXIES") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            proxies.Add(IPAddress.TryParse(text, out var address) ? address : throw new HostedOptionsException($"--proxies: '{text}' is not an IP address such as 127.0.0.1"));
        }
        var pool = Number(configuration, "pool-size", "UNKNOT_POOL_SIZE", PoolSizeIn(connection) ?? DefaultPoolSize, PoolGate.SmallestPool, 1000);
        if (new Npgsql.NpgsqlConnectionStringBuilder(connection).MinPoolSize is var least && least > pool)
        {
            throw new HostedOptionsException($"--pool-size: {pool} connections is fewer than the connection string's Minimum Pool Size ({least}); raise one or lower the other");
        }
        return new HostedOptions(connection, registration, invitations, Number(configuration, "lockout-attempts", "UNKNOT_LOCKOUT_ATTEMPTS", 5, 1, 100),
            Number(configuration, "lockout-minutes", "UNKNOT_LOCKOUT_MINUTES", 15, 1, 24 * 60), proxies, Flag(configuration, "log-json", "UNKNOT_LOG_JSON"),
            pool, Number(configuration, "sign-in-limit", "UNKNOT_SIGN_IN_LIMIT", DefaultSignInLimit, 1, 100_000),
            Number(configuration, "password-length", "UNKNOT_PASSWORD_LENGTH", DefaultPasswordLength, 8, 128));
    }

    /// <summary>The connection string with the pool this instance may hold (<see cref="PoolSize"/>) in it.</summary>
    public string PooledConnection => new Npgsql.NpgsqlConnectionStringBuilder(Connection) { MaxPoolSize = PoolSize }.ConnectionString;

    /// <summary>The Maximum Pool Size the connection string names (under any of Npgsql's names for it), or null when it names none.</summary>
    private static int? PoolSizeIn(string connection)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        return given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal) is var name
                && (name.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase) || name.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase)))
            ? new Npgsql.NpgsqlConnectionStringBuilder(connection).MaxPoolSize
            : null;
    }

    private static string? Value(IConfiguration configuration, string key, string environment) =>
        configuration[key] is { Length: > 0 } given ? given : configuration[environment] is { Length: > 0 } set ? set : null;

    private static bool Flag(IConfiguration configuration, string key, string environment) =>
        Value(configuration, key, environment) is { } text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");

    private static int Number(IConfiguration configuration, string key, string environment, int fallback, int min, int max)
    {
        if (Value(configuration, key, environment) is not { } text)
        {
            return fallback;
        }
        return int.TryParse(text, out var n) && n >= min && n <= max ? n : throw new HostedOptionsException($"--{key}: must be a whole number from {min} to {max}, got '{text}'");
    }
}

/// <summary>A hosted-mode setting is missing or wrong; the message names it and what would be right.</summary>
public sealed class HostedOptionsException(string message) : Exception(message);
