using System.Text.Json;
using Unknot.App.Views;
using Unknot.Text;

namespace Unknot.App.Hosting;

/// <summary>
/// Where Unknot's web app is answering, kept in <see cref="File"/> in the home folder while it runs, so a desktop
/// reminder can open the break in the web player. Written whole (through a temporary file) and removed on a clean stop;
/// a file left by a crash is harmless, since a reader asks the address before using it.
/// </summary>
/// <param name="Url">The root address, such as http://127.0.0.1:5080.</param>
/// <param name="ProcessId">The web app's process.</param>
public sealed record RunningWeb(string Url, int ProcessId)
{
    /// <summary>The file's name in the home folder.</summary>
    public const string File = "web.json";

    /// <summary>Records <paramref name="web"/> as the running web app of <paramref name="home"/>; false when the folder cannot be written.</summary>
    public static bool Write(string home, RunningWeb web)
    {
        var path = Path.Combine(home, File);
        try
        {
            System.IO.File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(web, AppJson.Indented.Info<RunningWeb>()));
            System.IO.File.Move(path + ".tmp", path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The web app recorded in <paramref name="home"/>, or null when none is (or the file is not one of ours).</summary>
    public static RunningWeb? Read(string home)
    {
        try
        {
            var web = JsonSerializer.Deserialize(System.IO.File.ReadAllText(Path.Combine(home, File)), AppJson.Indented.Info<RunningWeb>());
            return web is { Url: { } url } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? web : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Removes the record, if it is still <paramref name="web"/>'s (another web app may have started since).</summary>
    public static void Remove(string home, RunningWeb web)
    {
        if (Read(home) == web)
        {
            try
            {
                System.IO.File.Delete(Path.Combine(home, File));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind: readers check the address before using it.
            }
        }
    }
}
