using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Unknot.Web.Pages;

/// <summary>
/// The camera check of the neck's range of motion. The face is found on the device by Human (wwwroot/vendor, copied
/// by the build from npm); where the build had no npm, the page says how to enable it.
/// </summary>
public sealed class MeasureModel : PageModel
{
    /// <summary>Where the check's script finds Human; the build copies it there (Unknot.Web.csproj).</summary>
    public const string Library = "vendor/human/human.esm.js";

    /// <summary>True when the build installed measuring here (it needs Node.js and npm).</summary>
    public static bool Installed(IWebHostEnvironment environment) => environment.WebRootFileProvider.GetFileInfo(Library).Exists;
}
