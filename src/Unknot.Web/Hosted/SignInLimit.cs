using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Unknot.Web.Hosted;

/// <summary>
/// At most <c>--sign-in-limit</c> password attempts a minute from one client address, on each instance, whichever
/// accounts they name: signing in, and changing the password, which checks the current one; past that, 429 with
/// <c>Retry-After</c>, and the attempt never reaches the account (nor counts towards its lockout). The address is the
/// connection's, or the one a proxy named in <c>--proxies</c> forwarded; an IPv6 client counts by its /64, the block
/// one home or phone is given.
/// </summary>
public static class SignInLimit
{
    /// <summary>
    /// The rate limiter policy that the sign-in and password pages, <c>POST /api/account/login</c> and
    /// <c>POST /api/account/manage/info</c> carry.
    /// </summary>
    public const string Policy = "sign-in";

    /// <summary>The limiter: only posts are counted (the pages themselves may be read any number of times).</summary>
    public static void AddSignInLimit(this IServiceCollection services, HostedOptions options) =>
        services.AddRateLimiter(limits =>
        {
            limits.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.SignInLimit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            limits.OnRejected = async (rejected, cancel) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Api.Problems.TooMany($"too many password attempts from this address; try again in {seconds} seconds").ExecuteAsync(rejected.HttpContext);
            };
        });

    /// <summary>Whom a request counts against: its client's address, an IPv6 one by its /64.</summary>
    public static string ClientOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }
        return address.ToString();
    }
}
