using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Unknot.Testing;
using static Microsoft.Playwright.Assertions;

namespace Unknot.Web.Tests;

/// <summary>
/// The camera check in Chromium, with a camera that plays a video made here with ffmpeg: a face picture (one that
/// Human's npm package carries) turned in the picture's plane by a known angle, which is a head tilted by that angle.
/// </summary>
public sealed class MeasureBrowserTests : IAsyncLifetime
{
    private readonly TempHome _home = new();
    private readonly TempHome _videos = new();
    private WebProcess _server = null!;
    private IPlaywright _playwright = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await WebProcess.StartAsync(_home.Path);
        _playwright = await Playwright.CreateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _playwright.Dispose();
        await _server.DisposeAsync();
        _home.Dispose();
        _videos.Dispose();
    }

    private static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Unknot.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("the repository is not above the tests");
    }

    /// <summary>
    /// A two-second video of the face picture: <paramref name="filters"/> applied to the face (a perspective for a
    /// turn, a mirror), then set on a grey 640×480 frame and turned clockwise by <paramref name="clockwise"/> degrees.
    /// </summary>
    private string Video(string name, int clockwise = 0, string filters = "")
    {
        var face = Path.Combine(Repository(), "src", "Unknot.Web", "node_modules", "@vladmandic", "human", "assets", "screenshot-faceid.jpg");
        File.Exists(face).ShouldBeTrue("the build installs Human with npm ci, and its package carries this picture");
        var output = Path.Combine(_videos.Path, $"{name}.y4m");
        var filter = $"crop=180:180:0:120,scale=360:360,{filters}pad=640:480:140:60:gray,rotate={clockwise.ToString(CultureInfo.InvariantCulture)}*PI/180:fillcolor=gray";
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-loglevel", "error", "-y", "-loop", "1", "-i", face, "-filter_complex", filter, "-t", "2", "-r", "10", "-pix_fmt", "yuv420p", output })
        {
            start.ArgumentList.Add(arg);
        }
        using var ffmpeg = Process.Start(start)!;
        var errors = ffmpeg.StandardError.ReadToEnd();
        ffmpeg.WaitForExit();
        ffmpeg.ExitCode.ShouldBe(0, errors);
        return output;
    }

    /// <summary>Chromium whose camera plays <paramref name="video"/>, on the measuring page showing the angles, and every address the page asked for.</summary>
    private async Task<(IBrowser Browser, IPage Page, List<string> Requests)> Measuring(string video)
    {
        var browser = await Chromium.LaunchAsync(_playwright, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", $"--use-file-for-fake-video-capture={video}");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.Url, Permissions = ["camera"] });
        var requests = new List<string>();
        context.Request += (_, request) => requests.Add(request.Url);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/measure");
        await page.ClickAsync("#try");
        return (browser, page, requests);
    }

    /// <summary>The angle shown for <paramref name="axis"/> once a face is seen: degrees, and the words the person reads.</summary>
    private static async Task<(double Degrees, string Shown)> Angle(IPage page, string axis)
    {
        var cell = page.Locator($"#live [data-angle={axis}]");
        await Expect(cell).ToHaveAttributeAsync("data-degrees", new Regex(@"^-?\d"), new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });
        return (double.Parse((await cell.GetAttributeAsync("data-degrees"))!, CultureInfo.InvariantCulture), (await cell.TextContentAsync())!);
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(20, "left")]
    [InlineData(-35, "right")]
    public async Task A_head_tilted_by_a_known_angle_reads_within_five_degrees_toward_the_shoulder_it_leans_to(int clockwise, string side)
    {
        var (browser, page, requests) = await Measuring(Video($"tilt{clockwise}", clockwise));
        var (degrees, shown) = await Angle(page, "tilt");

        // Turned clockwise in the camera's picture, the head leans toward the person's left shoulder.
        Math.Abs(degrees).ShouldBe(Math.Abs(clockwise), 5.0);
        if (side.Length > 0)
        {
            shown.ShouldEndWith($"° {side}");
        }
        // The model and its WebAssembly came from Unknot itself, and nothing went anywhere else.
        requests.ShouldContain(url => url.StartsWith(_server.Url + "/vendor/human/models/", StringComparison.Ordinal));
        requests.ShouldContain(url => url.StartsWith(_server.Url + "/vendor/human/wasm/", StringComparison.Ordinal));
        requests.Where(url => !url.StartsWith(_server.Url + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ShouldBeEmpty();
        await browser.CloseAsync();
    }

    [Fact]
    public async Task A_mirrored_picture_turns_the_other_way()
    {
        // The far side of a face looks smaller: shrinking the picture's right side (the person's left cheek) turns the face to the person's right.
        const string turned = "perspective=x0=0:y0=0:x1=W*0.8:y1=H*0.3:x2=0:y2=H:x3=W*0.8:y3=H*0.7:sense=destination,";
        var (browser, page, _) = await Measuring(Video("turned", filters: turned));
        var (right, shownRight) = await Angle(page, "turn");
        await browser.CloseAsync();
        (browser, page, _) = await Measuring(Video("mirrored", filters: turned + "hflip,"));
        var (left, shownLeft) = await Angle(page, "turn");
        await browser.CloseAsync();

        shownRight.ShouldEndWith("° right");
        shownLeft.ShouldEndWith("° left");
        right.ShouldBeLessThan(-3.0);
        left.ShouldBeGreaterThan(3.0);
    }
}
