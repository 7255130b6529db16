using System.Net;

namespace Unknot.App.Hosting;

/// <summary>
/// Where personal mode may listen and which host names it answers to: this computer only (loopback), by one rule,
/// for the web app and <c>unknot serve</c> alike.
/// </summary>
public static class ListenAddress
{
    /// <summary>Where the web app listens unless told otherwise.</summary>
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>
    /// True for a host only this computer reaches: <c>localhost</c>, any address of 127.0.0.0/8, <c>::1</c>, and an
    /// IPv4 loopback address written as IPv6 (<c>::ffff:127.0.0.1</c>); brackets around an IPv6 address are allowed.
    /// </summary>
    public static bool IsLoopback(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(host.Trim('[', ']'), out var address)
            && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    /// <summary>Null when every address of <paramref name="url"/> (<c>;</c>-separated) is a loopback one; else what is wrong and what would do.</summary>
    public static string? Problem(string url)
    {
        foreach (var one in Split(url))
        {
            // Kestrel's wildcards (http://*:5080, http://+:5080) are not URIs; they mean every interface.
            var host = one.Contains("://*", StringComparison.Ordinal) || one.Contains("://+", StringComparison.Ordinal)
                ? "*"
                : Uri.TryCreate(one, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;
            if (host is null)
            {
                return $"'{one}' is not an address such as {Default}";
            }
            if (!IsLoopback(host))
            {
                return $"personal mode serves this computer only and will not listen on {one}: use a loopback address such as " +
                       $"{Default} (serving other devices needs accounts, which personal mode does not have)";
            }
        }
        return null;
    }

    /// <summary>
    /// <paramref name="url"/> as the server binds it, once <see cref="Problem"/> found nothing wrong: an IPv4 address
    /// written as IPv6 (<c>http://[::ffff:127.0.0.1]:5080</c>) is the IPv4 address itself, which an IPv6 socket
    /// cannot be bound to.
    /// </summary>
    public static string Bindable(string url) => string.Join(';', Split(url).Select(one =>
        Uri.TryCreate(one, UriKind.Absolute, out var uri) && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && address.IsIPv4MappedToIPv6
            ? $"{uri.Scheme}://{address.MapToIPv4()}:{uri.Port}"
            : one));

    private static string[] Split(string url) => url.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
