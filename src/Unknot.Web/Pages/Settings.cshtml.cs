using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Storage.Exchange;

namespace Unknot.Web.Pages;

/// <summary>Level, voice on/off and which voice, beep volume, time zone: stored with the user's data, shared with the CLI.</summary>
public sealed class SettingsModel(UnknotData data) : PageModel
{
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public string ZoneId => data.Zone.Id;

    public string? Problem { get; private set; }

    public bool Saved { get; private set; }

    public void OnGet(bool saved = false)
    {
        Values = data.Store.Settings();
        Saved = saved;
    }

    public IActionResult OnPost(string level, string voice, string? voiceName, string beepVolume, string timeZone)
    {
        var wanted = new Dictionary<string, string?>
        {
            ["level"] = level,
            ["voice"] = voice,
            ["voice-name"] = string.IsNullOrWhiteSpace(voiceName) ? null : voiceName.Trim(),
            ["beep-volume"] = beepVolume,
            ["time-zone"] = timeZone,
        };
        foreach (var (key, value) in wanted)
        {
            if (value is not null && ExportReader.SettingRules[key](value) is { } problem)
            {
                Problem = $"{key}: {problem}";
                Values = data.Store.Settings();
                Response.StatusCode = 400;
                return Page();
            }
        }
        foreach (var (key, value) in wanted)
        {
            data.Store.SetSetting(key, value);
        }
        return Redirect("/settings?saved=true");
    }
}
