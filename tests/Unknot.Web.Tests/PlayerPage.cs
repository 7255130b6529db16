using System.Text.Json;
using Microsoft.Playwright;

namespace Unknot.Web.Tests;

/// <summary>What the browser tests of the player read from its page and do to it.</summary>
internal static class PlayerPage
{
    /// <summary>One segment of the timeline the page plays, as its setup gives it.</summary>
    public sealed record Seg(int StartSeconds, int DurationSeconds, string Cue, string Kind, string ExerciseName);

    /// <summary>The player's setup (App's PlayerSetupView), once the page that opened has it.</summary>
    public static async Task<JsonElement> Setup(IPage page)
    {
        // The player's page may still be loading after the click that opened it: wait until its setup is there.
        await page.WaitForSelectorAsync("#setup", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return await page.EvaluateAsync<JsonElement>("JSON.parse(document.getElementById('setup').textContent)");
    }

    /// <summary>The segments the page plays, and their total.</summary>
    public static async Task<(Seg[] Segments, int Total)> Timeline(IPage page)
    {
        var timeline = (await Setup(page)).GetProperty("timeline");
        var segments = timeline.GetProperty("segments").EnumerateArray()
            .Select(s => new Seg(s.GetProperty("startSeconds").GetInt32(), s.GetProperty("durationSeconds").GetInt32(), s.GetProperty("cue").GetString()!,
                s.GetProperty("kind").GetString()!, s.GetProperty("exerciseName").GetString()!))
            .ToArray();
        return (segments, timeline.GetProperty("totalSeconds").GetInt32());
    }

    /// <summary>The segment playing <paramref name="seconds"/> into the timeline.</summary>
    public static int IndexAt(Seg[] segments, double seconds) =>
        Array.FindIndex(segments, s => seconds < s.StartSeconds + s.DurationSeconds);

    /// <summary>Playwright's fake clock, paused: time in the page moves only when the test runs it forward.</summary>
    public static async Task Freeze(IPage page)
    {
        var now = DateTime.UtcNow;
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = now });
        await page.Clock.PauseAtAsync(now.AddSeconds(1));
    }

    /// <summary>True for the report that ends a session (it carries its end).</summary>
    public static bool EndingReport(IResponse r) =>
        r.Url.EndsWith("/api/sessions", StringComparison.Ordinal) && r.Ok && r.Request.PostData?.Contains("\"endedAt\"", StringComparison.Ordinal) == true;

    /// <summary>Stopped on purpose with <paramref name="act"/> (Esc, say), so no other test of the server is offered the session to resume.</summary>
    public static Task Stop(IPage page, Func<Task> act) => page.RunAndWaitForResponseAsync(act, EndingReport);

    /// <summary>Stopped on purpose with the Stop button, so no other test of the server is offered the session to resume.</summary>
    public static Task Stop(IPage page) => Stop(page, () => page.ClickAsync("#stop"));

    /// <summary>What the page says through a voice: a stand-in for the Web Speech API that keeps every utterance in <c>window.__said</c>.</summary>
    private const string CountedVoice = """
        (() => {
            window.__said = [];
            class Utterance { constructor(text) { this.text = text; } }
            const voice = { speak: (u) => window.__said.push(u.text), cancel: () => {}, getVoices: () => [], speaking: false, pending: false };
            Object.defineProperty(window, 'speechSynthesis', { value: voice, configurable: true });
            Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
        })();
        """;

    /// <summary>A page of its own at <paramref name="width"/>×<paramref name="height"/>, its clock frozen; with <paramref name="voice"/>, a voice that keeps what it says.</summary>
    public static async Task<IPage> Open(BrowserFixture browser, int width, int height, ColorScheme scheme = ColorScheme.Light, bool voice = false)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = browser.BaseUrl, ColorScheme = scheme,
        });
        if (voice)
        {
            await context.AddInitScriptAsync(CountedVoice);
        }
        var page = await context.NewPageAsync();
        await Freeze(page);
        return page;
    }
}
