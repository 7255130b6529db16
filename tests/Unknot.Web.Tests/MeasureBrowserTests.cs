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

    /// <summary>
    /// A two-second video of the face picture: <paramref name="filters"/> applied to the face (a perspective for a
    /// turn, a mirror), then set on a grey 640×480 frame and turned clockwise by <paramref name="clockwise"/> degrees.
    /// </summary>
    private string Video(string name, int clockwise = 0, string filters = "")
    {
        var face = Path.Combine(Repository.Folder, "src", "Unknot.Web", "node_modules", "@vladmandic", "human", "assets", "screenshot-faceid.jpg");
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

    /// <summary>Chromium whose camera plays <paramref name="video"/> (none: Chromium's own test pattern), a page in it, and every address the page asked for.</summary>
    private async Task<(IBrowser Browser, IPage Page, List<string> Requests)> Camera(string? video = null)
    {
        var browser = await Chromium.LaunchAsync(_playwright, ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            .. video is null ? Array.Empty<string>() : [$"--use-file-for-fake-video-capture={video}"]]);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.Url, Permissions = ["camera"] });
        var requests = new List<string>();
        context.Request += (_, request) => requests.Add(request.Url);
        return (browser, await context.NewPageAsync(), requests);
    }

    /// <summary>Chromium whose camera plays <paramref name="video"/>, on the measuring page showing the angles, and every address the page asked for.</summary>
    private async Task<(IBrowser Browser, IPage Page, List<string> Requests)> Measuring(string video)
    {
        var (browser, page, requests) = await Camera(video);
        await page.GotoAsync("/measure");
        await page.ClickAsync("#try");
        return (browser, page, requests);
    }

    /// <summary>
    /// Stops the page's clock (Playwright's), and counts on the page each reading the camera check announces, so a
    /// test can move the clock one reading at a time: the frames are read on the page's timers, the face is found in real time.
    /// </summary>
    private static async Task StopTheClock(IPage page)
    {
        var now = DateTime.UtcNow;
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = now });
        await page.Clock.PauseAtAsync(now.AddSeconds(1));
        await page.AddInitScriptAsync("document.addEventListener('unknot:angles', () => { document.documentElement.dataset.readings = String(Number(document.documentElement.dataset.readings || 0) + 1); });");
    }

    /// <summary>Moves the page's clock on by <paramref name="milliseconds"/>, then waits for the camera's next reading.</summary>
    private static async Task NextReading(IPage page, int milliseconds)
    {
        var root = page.Locator("html");
        var before = await root.GetAttributeAsync("data-readings") ?? "0";
        await page.Clock.RunForAsync(milliseconds);
        await Expect(root).ToHaveAttributeAsync("data-readings", new Regex($"^(?!{before}$)[0-9]+$"), new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });
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

    [Fact]
    public async Task The_form_check_counts_the_seconds_a_stretch_is_held_inside_its_band_and_keeps_them_with_the_session()
    {
        // All along, the camera shows a head tilted 35° toward the right shoulder: inside the band of the side neck
        // stretch's right hold (a right tilt of 20° to 45°), and the wrong way for its left hold.
        var (browser, page, requests) = await Camera(Video("tilt-35", -35));
        var saved = await page.APIRequest.PostAsync(_server.Url + "/api/routines", new APIRequestContextOptions
        {
            DataObject = new { name = "Side neck", items = new[] { new { exercise = "lateral-neck-stretch" } } },
        });
        var id = (await saved.JsonAsync())!.Value.GetProperty("id").GetString();
        var timeline = (await (await page.APIRequest.GetAsync($"{_server.Url}/api/routines/{id}/timeline")).JsonAsync())!.Value;
        var segments = timeline.GetProperty("segments").EnumerateArray().ToArray();
        var holds = segments.Where(s => s.TryGetProperty("band", out _)).ToArray();
        holds.Select(h => h.GetProperty("band").GetProperty("direction").GetString()).ShouldBe(["tiltLeft", "tiltRight"]);

        await StopTheClock(page);
        await page.GotoAsync($"/play/{id}");
        await page.CheckAsync("#form-check");
        await page.ClickAsync("#start");
        await Expect(page.Locator("#form")).ToBeVisibleAsync();
        await Expect(page.Locator("#form-reading")).ToHaveTextAsync("The gauge shows during the neck stretches.");

        var elapsed = 0;
        foreach (var hold in holds)
        {
            // The first four seconds of each hold, a reading every half second; then the clock jumps to its end, as a
            // camera that stalls, and the reading after the jump counts its half second at most.
            var start = hold.GetProperty("startSeconds").GetInt32() * 1000;
            await page.Clock.FastForwardAsync(start - elapsed);
            elapsed = start;
            while (elapsed < start + 4000)
            {
                await NextReading(page, 500);
                elapsed += 500;
            }
            var right = hold.GetProperty("side").GetString() == "right";
            await Expect(page.Locator("#form-reading")).ToContainTextAsync(right ? "Tilt right" : "Tilt left");
            await Expect(page.Locator("#form-reading")).ToContainTextAsync(right ? "in the band" : "below the band");
            await Expect(page.Locator("#form-held")).ToHaveTextAsync(right ? new Regex("^Held in band: (3|4) of 4 s$") : new Regex("^Held in band: 0 of 4 s$"));
            var end = start + (hold.GetProperty("durationSeconds").GetInt32() * 1000);
            await page.Clock.FastForwardAsync(end - 500 - elapsed);
            elapsed = end - 500;
            await NextReading(page, 100);
            elapsed += 100;
        }
        var total = timeline.GetProperty("totalSeconds").GetInt32() * 1000;
        await page.Clock.FastForwardAsync(total - elapsed + 1000);
        await Expect(page.Locator("#after")).ToBeVisibleAsync();
        await Expect(page.Locator("#saved")).ToContainTextAsync("Kept in your history");

        var sessions = (await (await page.APIRequest.GetAsync(_server.Url + "/api/sessions?limit=50")).JsonAsync())!.Value;
        var form = sessions.EnumerateArray().First(s => s.GetProperty("routine").GetString() == id).GetProperty("measurements").GetProperty("form").EnumerateArray().ToArray();
        form.Select(f => (f.GetProperty("direction").GetString(), f.GetProperty("ofSeconds").GetInt32())).ShouldBe([("tiltLeft", 30), ("tiltRight", 30)]);
        form[0].GetProperty("heldSeconds").GetInt32().ShouldBe(0);
        // Every reading but the first of the hold counts its half second, and the one after the jump no more than that.
        form[1].GetProperty("heldSeconds").GetInt32().ShouldBeInRange(3, 5);
        await page.GotoAsync("/history");
        await Expect(page.Locator("#sessions [data-measurements]").First).ToHaveTextAsync(new Regex(@"^Neck: held in band: tilt left 0 of 30 s, tilt right (3|4|5) of 30 s$"));
        requests.Where(url => !url.StartsWith(_server.Url + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ShouldBeEmpty();
        await browser.CloseAsync();
    }

    private const int NeckCheckStepMilliseconds = Unknot.Progress.NeckCheck.StepSeconds * 1000;

    [Fact]
    public async Task The_guided_check_shows_each_move_and_reads_at_least_where_the_face_was_lost()
    {
        // The camera here is a canvas the test paints: the face picture upright, turned in its plane by a known angle
        // (a head tilted that way), or nothing at all (a face the tracker lost).
        var face = Convert.ToBase64String(await File.ReadAllBytesAsync(Path.Combine(Repository.Folder, "src", "Unknot.Web", "node_modules", "@vladmandic", "human", "assets", "screenshot-faceid.jpg"), TestContext.Current.CancellationToken));
        var (browser, page, _) = await Camera();
        await StopTheClock(page);
        await page.AddInitScriptAsync("(() => { const face = '" + face + "';\n" + """
                const canvas = document.createElement('canvas');
                canvas.width = 640; canvas.height = 480;
                const picture = createImageBitmap(new Blob([Uint8Array.from(atob(face), c => c.charCodeAt(0))]));
                window.paintCamera = async (clockwise) => {
                    const image = await picture, g = canvas.getContext('2d');
                    g.setTransform(1, 0, 0, 1, 0, 0);
                    g.fillStyle = 'gray';
                    g.fillRect(0, 0, 640, 480);
                    if (clockwise === null) return;
                    g.translate(320, 240);
                    g.rotate(clockwise * Math.PI / 180);
                    g.drawImage(image, 0, 120, 180, 180, -180, -180, 360, 360);
                };
                navigator.mediaDevices.getUserMedia = async () => { await window.paintCamera(0); return canvas.captureStream(10); };
            })();
            """);
        await page.GotoAsync("/measure");
        await page.ClickAsync("#begin");

        // What the camera shows at each step, clockwise degrees or nothing: upright for the turns and nods, a tilt of
        // 20° to the left, then 35° to the right until the face is lost.
        var shows = new Dictionary<string, int?[]>
        {
            ["neutral"] = [0], ["rotationLeft"] = [0], ["rotationRight"] = [0], ["tiltLeft"] = [20],
            ["tiltRight"] = [-35, null], ["flexion"] = [0], ["extension"] = [0],
        };
        var poses = new Dictionary<string, string>
        {
            ["neutral"] = "0:left", ["rotationLeft"] = "1:left", ["rotationRight"] = "1:right", ["tiltLeft"] = "2:left",
            ["tiltRight"] = "2:right", ["flexion"] = "3:left", ["extension"] = "4:left",
        };
        foreach (var (step, painted) in shows)
        {
            await Expect(page.Locator("#step")).ToHaveAttributeAsync("data-step", step, new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });
            // The figure moves to the step's pose within a second.
            var used = 1200;
            await page.Clock.RunForAsync(used);
            await Expect(page.Locator("#check-figure svg")).ToHaveAttributeAsync("data-pose", poses[step]);
            // Nothing on the page starts the check again halfway; the camera can still be turned off.
            await Expect(page.Locator("#begin")).ToBeHiddenAsync();
            await Expect(page.Locator("#try")).ToBeHiddenAsync();
            await Expect(page.Locator("#off")).ToBeVisibleAsync();
            foreach (var clockwise in painted)
            {
                await page.EvaluateAsync("clockwise => window.paintCamera(clockwise)", clockwise);
                for (var read = 0; read < 3; read++, used += 400)
                {
                    await NextReading(page, 400);
                }
            }
            // On to the next step, five seconds after this one began.
            await page.Clock.RunForAsync(NeckCheckStepMilliseconds - used);
        }
        await Expect(page.Locator("#step")).ToHaveAttributeAsync("data-step", "done", new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });
        await Expect(page.Locator("#check-figure")).ToBeHiddenAsync();
        await Expect(page.Locator("#begin")).ToBeVisibleAsync();

        async Task<string> Row(string direction) => (await page.Locator($"#results tr[data-direction={direction}] td").TextContentAsync())!;
        int Degrees(string shown) => int.Parse(Regex.Match(shown, @"(\d+)°").Groups[1].Value, CultureInfo.InvariantCulture);
        var tiltLeft = await Row("tiltLeft");
        tiltLeft.ShouldNotStartWith("at least");
        Degrees(tiltLeft).ShouldBeInRange(15, 25);
        var tiltRight = await Row("tiltRight");
        tiltRight.ShouldStartWith("at least ");
        Degrees(tiltRight).ShouldBeInRange(30, 40);
        foreach (var still in new[] { "rotationLeft", "rotationRight", "flexion", "extension" })
        {
            Degrees(await Row(still)).ShouldBeLessThan(10, still);
        }
        await browser.CloseAsync();
    }
}
