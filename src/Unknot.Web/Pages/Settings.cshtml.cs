using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Readers;

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
        var read = wanted.Select(w => (w.Key, Read: SettingReader.Read(w.Key, w.Value))).ToArray();
        if (read.FirstOrDefault(r => !r.Read.Succeeded) is { Read.Problem: { } problem })
        {
            Problem = problem.ToString();
            Values = data.Store.Settings();
            Response.StatusCode = 400;
            return Page();
        }
        foreach (var (key, value) in read)
        {
            data.Store.SetSetting(key, value.Value);
        }
        return Redirect("/settings?saved=true");
    }
}
