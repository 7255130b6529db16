using Unknot.App.Workspaces;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;

namespace Unknot.Web;

/// <summary>
/// What a device keeps for use without the network: its pages (the service worker fetches what they use), the files
/// pages load only when asked (the camera check's library, model and WebAssembly), and a revision that changes when
/// they may have.
/// </summary>
/// <param name="Revision">Changes with the app's version and with the user's routines, exercises and settings.</param>
/// <param name="Pages">The addresses of the pages to keep.</param>
/// <param name="Files">The addresses of the files under <c>wwwroot/vendor</c>, which no page names in its markup.</param>
public sealed record OfflineList(string Revision, IReadOnlyList<string> Pages, IReadOnlyList<string> Files);

/// <summary>
/// The service worker (<c>/sw.js</c>) and the list of pages it keeps (<c>/api/offline</c>). The worker's script is
/// <c>wwwroot/js/service-worker.js</c> under one first line that names the app's version: a hash of the program and of
/// every file it serves. A browser installs a worker again only when its bytes change, so a new deployment (new code
/// or a changed file) is a new worker, and a restart of the same one is not.
/// </summary>
public sealed class OfflineKit
{
    private const string Script = "js/service-worker.js";

    private readonly IReadOnlyList<string> _vendored;

    private OfflineKit(string version, byte[] worker, IReadOnlyList<string> vendored)
    {
        Version = version;
        Worker = worker;
        _vendored = vendored;
    }

    /// <summary>The app's version as the service worker names it.</summary>
    public string Version { get; }

    /// <summary>The service worker's script, its version first.</summary>
    public byte[] Worker { get; }

    /// <summary>Reads the web root once: the version and the worker's script.</summary>
    public static OfflineKit Load(IFileProvider webRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies()
                     .Where(a => a.GetName().Name?.StartsWith("Unknot", StringComparison.Ordinal) == true)
                     .OrderBy(a => a.GetName().Name, StringComparer.Ordinal))
        {
            // A deterministic build gives the same module id to the same code, and a new one to any change.
            hash.AppendData(Encoding.UTF8.GetBytes($"{assembly.GetName().Name}:{assembly.ManifestModule.ModuleVersionId}\n"));
        }
        foreach (var (path, file) in Files(webRoot, "").OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{path}\n"));
            using var content = file.CreateReadStream();
            hash.AppendData(SHA256.HashData(content));
        }
        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        var script = webRoot.GetFileInfo(Script);
        if (!script.Exists)
        {
            throw new InvalidOperationException($"the web app's files are not beside it: wwwroot/{Script} is missing");
        }
        using var reader = new StreamReader(script.CreateReadStream(), Encoding.UTF8);
        var worker = Encoding.UTF8.GetBytes($"const VERSION = '{version}';\n{reader.ReadToEnd()}");
        var vendored = Files(webRoot, "vendor").Select(f => "/" + f.Path).Order(StringComparer.Ordinal).ToArray();
        return new OfflineKit(version, worker, vendored);
    }

    /// <summary>
    /// What a device keeps for this user: the home page, the library and every exercise, the routines and the player of
    /// each, history, the camera check, the page for one that was not kept; and the camera check's files.
    /// </summary>
    public OfflineList List(UserContext data)
    {
        var pages = new List<string> { "/", "/offline", "/library", "/routines", "/history", "/measure" };
        pages.AddRange(data.Catalog.All.Select(e => $"/library/{Uri.EscapeDataString(e.Id.Value)}"));
        pages.AddRange(data.Routines.All.Select(r => $"/play/{Uri.EscapeDataString(r.Id)}"));
        var revision = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Version}.{data.Version}")))[..16];
        return new OfflineList(revision, pages, _vendored);
    }

    private static IEnumerable<(string Path, IFileInfo File)> Files(IFileProvider root, string folder)
    {
        foreach (var entry in root.GetDirectoryContents(folder))
        {
            var path = folder.Length == 0 ? entry.Name : $"{folder}/{entry.Name}";
            if (entry.IsDirectory)
            {
                foreach (var inner in Files(root, path))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return (path, entry);
            }
        }
    }
}

/// <summary>Mapping the service worker's address.</summary>
public static class OfflineEndpoints
{
    /// <summary>
    /// <c>/sw.js</c>: anyone may fetch it (it holds no data), at the root so it can keep every page, and checked
    /// with the server before each use so a new deployment is seen on the next load.
    /// </summary>
    public static void MapServiceWorker(this WebApplication app)
    {
        var offline = app.Services.GetRequiredService<OfflineKit>();
        app.MapGet("/sw.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(offline.Worker, "text/javascript; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
