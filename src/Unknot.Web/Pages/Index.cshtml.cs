using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Readers;
using Unknot.Planning;
using Unknot.Preferences;
using Unknot.Progress;

namespace Unknot.Web.Pages;

/// <summary>
/// Home: on a first visit a short welcome (level and the sore part); then today's session of the programme followed, or
/// a routine for right now, the streak, a start button and recent sessions.
/// </summary>
public sealed class IndexModel(UserContext data) : PageModel
{
    /// <summary>How many recent sessions the home page lists.</summary>
    public const int RecentCount = 5;

    public Suggestion Suggested { get; private set; } = null!;

    public ProgressStats Stats { get; private set; } = null!;

    public IReadOnlyList<SessionRecord> Recent { get; private set; } = [];

    public SessionRecord? Unfinished { get; private set; }

    /// <summary>True while the welcome is to be shown instead of the suggestion.</summary>
    public bool Welcome { get; private set; }

    /// <summary>Why the welcome's answers were refused, or null.</summary>
    public string? Problem { get; private set; }

    public UserPreferences Preferences => data.Preferences;

    /// <summary>Where the programme followed stands today; null when none is. With sessions today, it takes the suggestion's place.</summary>
    public App.Views.ProgrammeStatusView? Programme { get; private set; }

    public void OnGet()
    {
        Recent = data.Store.Sessions(SessionQuery.Latest(RecentCount));
        Welcome = UserPreferences.WelcomeDue(data.Settings, Recent.Count > 0);
        var now = TimeZoneInfo.ConvertTime(data.Time.GetUtcNow(), data.Zone);
        var preferences = data.Preferences;
        Suggested = TodaySuggestion.For(now, data.Routines, data.Catalog, preferences.Level, preferences.Focus, firstSession: Recent.Count == 0);
        Stats = data.Stats;
        Programme = App.Programmes.ProgrammeFollowing.Current(data) is { } report ? App.Views.ProgrammeStatusView.From(report, data.Catalog) : null;
        Unfinished = data.Store.LatestUnfinished();
        UnfinishedAt = Unfinished is { Checkpoint: { } checkpoint } unfinished && checkpoint.SegmentIndex < unfinished.Segments.Count
            ? data.Catalog.Find(unfinished.Segments[checkpoint.SegmentIndex].Exercise)?.Name
            : null;
    }

    /// <summary>The exercise the unfinished session stopped in, by name, or null when it is not in the catalog.</summary>
    public string? UnfinishedAt { get; private set; }

    /// <summary>Keeps the welcome's answers (or, when skipped, that it was seen) and shows the routine they lead to.</summary>
    public IActionResult OnPostWelcome(string? level, string? focus, bool skip = false)
    {
        var wanted = skip
            ? new Dictionary<string, string?> { ["focus"] = "all" }
            : new Dictionary<string, string?> { ["level"] = level ?? "", ["focus"] = string.IsNullOrWhiteSpace(focus) ? "all" : focus };
        var read = wanted.Select(w => (w.Key, Read: SettingReader.Read(w.Key, w.Value))).ToArray();
        if (read.FirstOrDefault(r => !r.Read.Succeeded) is { Read.Problem: { } problem })
        {
            OnGet();
            Welcome = true;
            Problem = problem.ToString();
            Response.StatusCode = 400;
            return Page();
        }
        foreach (var (key, value) in read)
        {
            data.Store.SetSetting(key, value.GetValueOrThrow());
        }
        return Redirect("/");
    }
}
