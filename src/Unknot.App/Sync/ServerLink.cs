using System.Net;
using System.Text.Json;
using Unknot.App.Fields;
using Unknot.App.Views;
using Unknot.Text;

namespace Unknot.App.Sync;

/// <summary>
/// The hosted server this home syncs with, and the access token it signs in with: kept in <see cref="File"/> in the
/// home folder, readable by its owner only, written whole (through a temporary file).
/// </summary>
/// <param name="Url">The server's root address, such as https://unknot.example.org.</param>
/// <param name="TokenId">The token's id on the server, to revoke it on sign-out (null for a token pasted in).</param>
/// <param name="TokenName">The token's name, as the server's Tokens page lists it.</param>
/// <param name="Token">The token's secret (<c>unk_…</c>).</param>
public sealed record ServerLink(string Url, Guid? TokenId, string TokenName, string Token)
{
    /// <summary>The file's name in the home folder.</summary>
    public const string File = "server.json";

    /// <summary>What every access token starts with.</summary>
    public const string TokenPrefix = "unk_";

    /// <summary>
    /// The server at <paramref name="text"/>: an absolute http or https address. Plain http only on loopback, since
    /// the password and then the token would cross the network readable by anyone on the way.
    /// </summary>
    public static ReadResult<Uri> Address(string? text) => ReadResult<Uri>.From(() => AddressOrThrow(text));

    private static Uri AddressOrThrow(string? text)
    {
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            throw new FieldException("URL", $"'{text}' is not a server address; give one such as https://unknot.example.org");
        }
        if (uri.Scheme == "http" && !IsLoopback(uri))
        {
            throw new FieldException("URL", $"{uri.GetLeftPart(UriPartial.Authority)} is plain http: the password and token would cross the network readable; use https://{uri.Authority}");
        }
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new FieldException("URL", $"give the server's address alone, such as {uri.GetLeftPart(UriPartial.Authority)}");
        }
        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>The link kept in <paramref name="home"/>, or null when this home has none (or the file is not one of ours).</summary>
    public static ServerLink? Read(string home)
    {
        try
        {
            var link = JsonSerializer.Deserialize(System.IO.File.ReadAllText(Path.Combine(home, File)), AppJson.Indented.Info<ServerLink>());
            return link is { Url.Length: > 0, Token: { } token } && token.StartsWith(TokenPrefix, StringComparison.Ordinal) ? link : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="link"/> in <paramref name="home"/>, readable and writable by its owner only.</summary>
    public static void Write(string home, ServerLink link)
    {
        Directory.CreateDirectory(home);
        var path = Path.Combine(home, File);
        var staged = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var stream = new FileStream(staged, options))
        {
            JsonSerializer.Serialize(stream, link, AppJson.Indented.Info<ServerLink>());
        }
        System.IO.File.Move(staged, path, overwrite: true);
    }

    /// <summary>Forgets the link of <paramref name="home"/>.</summary>
    public static void Remove(string home) => System.IO.File.Delete(Path.Combine(home, File));
}
