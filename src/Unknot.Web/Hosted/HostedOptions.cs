using System.Net;

namespace Unknot.Web.Hosted;

/// <summary>
/// How a hosted instance runs, from <c>--hosted</c> and the settings after it (command line, environment variables
/// such as <c>UNKNOT_CONNECTION</c>, or appsettings): the database, who may register, when an account locks, which
/// proxies to believe, and whether logs are JSON.
/// </summary>
/// <param name="Connection">The PostgreSQL connection string.</param>
/// <param name="Registration">Who may register: <c>open</c>, or <c>invitation</c> (with one of <see cref="Invitations"/>).</param>
/// <param name="Invitations">Invitation codes that let someone register when registration is by invitation.</param>
/// <param name="LockoutAttempts">Failed sign-ins in a row that lock an account.</param>
/// <param name="LockoutMinutes">How long it stays locked.</param>
/// <param name="Proxies">Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</param>
/// <param name="JsonLogs">Logs as one JSON object per line.</param>
public sealed record HostedOptions(string Connection, string Registration, IReadOnlyList<string> Invitations, int LockoutAttempts, int LockoutMinutes,
    IReadOnlyList<IPAddress> Proxies, bool JsonLogs)
{
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
        return new HostedOptions(connection, registration, invitations, Number(configuration, "lockout-attempts", "UNKNOT_LOCKOUT_ATTEMPTS", 5, 1, 100),
            Number(configuration, "lockout-minutes", "UNKNOT_LOCKOUT_MINUTES", 15, 1, 24 * 60), proxies, Flag(configuration, "log-json", "UNKNOT_LOG_JSON"));
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
