using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Exchange;
using Unknot.App.Fields;
using Unknot.App.Readers;

namespace Unknot.Web.Pages;

/// <summary>
/// Level, voice on/off and which voice, beep volume, time zone: stored with the user's data, shared with the CLI.
/// An export file can be imported here too, up to the size the API takes.
/// </summary>
[RequestSizeLimit(Api.UnknotApi.ImportBody)]
[RequestFormLimits(MultipartBodyLengthLimit = Api.UnknotApi.ImportBody)]
public sealed class SettingsModel(UserContext data) : PageModel
{
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public string ZoneId => data.Zone.Id;

    /// <summary>What is wrong with the form's fields, each a sentence shown next to its field (named by the setting's key).</summary>
    public FormProblems Fields { get; } = new();

    /// <summary>What the form sent, by setting key, shown again when something in it was refused.</summary>
    public IReadOnlyDictionary<string, string> Sent { get; private set; } = new Dictionary<string, string>();

    /// <summary>The value a field shows: what was sent when the form came back refused, else <paramref name="stored"/>.</summary>
    public string Shown(string key, string stored) => Sent.TryGetValue(key, out var sent) ? sent : stored;

    public bool Saved { get; private set; }

    /// <summary>What an import brought in.</summary>
    public string? Imported { get; private set; }

    /// <summary>Why an import was refused.</summary>
    public string? ImportProblem { get; private set; }

    /// <summary>Imports an export file; files that would replace built-ins only when the box is ticked.</summary>
    public IActionResult OnPostImport(IFormFile? file, bool allowOverride)
    {
        Values = data.Store.Settings();
        if (file is null || file.Length == 0)
        {
            return Refuse("choose a file written by Unknot's export");
        }
        var outcome = Importer.TryImport(data.Store, data.Workspace.Home, file.OpenReadStream, data.Time.GetUtcNow(), allowOverride, data.Catalog);
        if (outcome.Imported is null)
        {
            return Refuse(outcome.Refusal("tick the box below to let it replace the built-in ones"));
        }
        data.Workspace.Changed();
        Values = data.Store.Settings();
        Imported = string.Join(" ", outcome.Report().Select((line, i) => i == 0 ? line : line + "."));
        return Page();
    }

    private PageResult Refuse(string problem)
    {
        ImportProblem = problem;
        Response.StatusCode = 400;
        return Page();
    }

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
        // The part to loosen, when the form has it (the welcome asks it first; a form without it leaves it as it is).
        if (Request.HasFormContentType && Request.Form.TryGetValue("focus", out var focus))
        {
            wanted["focus"] = focus.ToString();
        }
        // The break reminders' settings, named by their keys in the form; only a changed one is stored.
        var current = Preferences.UserPreferences.From(data.Store.Settings());
        foreach (var key in Preferences.UserPreferences.Keys.Where(k => k.StartsWith("remind-", StringComparison.Ordinal)))
        {
            if (Request.HasFormContentType && Request.Form.TryGetValue(key, out var given) && given.ToString().Trim() != current.Show(key, TimeZoneInfo.Utc))
            {
                wanted[key] = given.ToString().Trim();
            }
        }
        var read = wanted.Select(w => (w.Key, Read: SettingReader.Read(w.Key, w.Value))).ToArray();
        foreach (var (key, _) in read.Where(r => !r.Read.Succeeded))
        {
            Fields.Add(key, SettingReader.Sentence(key, wanted[key]));
        }
        if (!Fields.None)
        {
            Sent = wanted.Where(w => w.Value is not null).ToDictionary(w => w.Key, w => w.Value!);
            Values = data.Store.Settings();
            Response.StatusCode = 400;
            return Page();
        }
        foreach (var (key, value) in read)
        {
            data.Store.SetSetting(key, value.GetValueOrThrow());
        }
        return Redirect("/settings?saved=true");
    }
}
