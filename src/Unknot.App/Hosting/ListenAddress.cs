using System.Net;

namespace Unknot.App.Hosting;

/// <summary>Where personal mode may listen: this computer only (loopback), for the web app and <c>unknot serve</c> alike.</summary>
public static class ListenAddress
{
    /// <summary>Where the web app listens unless told otherwise.</summary>
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>Null when every address of <paramref name="url"/> (<c>;</c>-separated) is a loopback one; else what is wrong and what would do.</summary>
    public static string? Problem(string url)
    {
        foreach (var one in url.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards (http://*:5080, http://+:5080) are not URIs; they mean every interface.
            var host = one.Contains("://*", StringComparison.Ordinal) || one.Contains("://+", StringComparison.Ordinal)
                ? "*"
                : Uri.TryCreate(one, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;
            if (host is null)
            {
                return $"'{one}' is not an address such as {Default}";
            }
            var loopback = host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
            if (!loopback)
            {
                return $"personal mode serves this computer only and will not listen on {one}: use a loopback address such as " +
                       $"{Default} (serving other devices needs accounts, which personal mode does not have)";
            }
        }
        return null;
    }
}
