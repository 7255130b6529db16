using Microsoft.Playwright;

namespace Unknot.Web.Tests;

/// <summary>Debian's Chromium, headless, driven by Playwright (never a downloaded browser), with what a test adds.</summary>
public static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] more) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", .. more],
        });
}
