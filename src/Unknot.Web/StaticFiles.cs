using Microsoft.AspNetCore.Builder;

namespace Unknot.Web;

/// <summary>How the files of wwwroot are sent: which kinds are compressed, and how long a browser may keep each.</summary>
public static class StaticFiles
{
    /// <summary>The content types sent compressed: styles, scripts, drawings and the manifest, never pages or API answers.</summary>
    public static readonly string[] Compressed = ["text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/manifest+json", "application/wasm"];

    /// <summary>A year, and never asked again: for a file whose address names its version.</summary>
    public const string Fingerprinted = "public, max-age=31536000, immutable";

    /// <summary>
    /// A file linked with its version in the address (<c>asp-append-version</c> adds <c>?v=</c> and a hash of the
    /// content) is kept for a year, since a new version has a new address; any other is checked with the server
    /// (its ETag) before each use, so a new deployment shows at once.
    /// </summary>
    public static StaticFileOptions Options { get; } = new()
    {
        // The face models' weights (wwwroot/vendor/human/models/*.bin) are served as plain bytes.
        ContentTypeProvider = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider { Mappings = { [".bin"] = "application/octet-stream" } },
        OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
            file.Context.Request.Query.ContainsKey("v") ? Fingerprinted : "no-cache",
    };
}
