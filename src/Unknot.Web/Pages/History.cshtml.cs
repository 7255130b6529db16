using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Readers;
using Unknot.Progress;
using Unknot.Web.Api;

namespace Unknot.Web.Pages;

/// <summary>History and statistics: the figures of <c>unknot stats</c>, server-rendered SVG charts, the programme's weeks and a page of sessions.</summary>
public sealed class HistoryModel(UserContext data) : PageModel
{
    /// <summary>Sessions on one page of the table, with a link to older ones.</summary>
    public const int PageSize = 10;

    /// <summary>Weeks the calendar of active days shows.</summary>
    public const int CalendarWeeks = 12;

    public ProgressStats Stats { get; private set; } = null!;

    /// <summary>Break reminders and active time of the last seven days.</summary>
    public App.Views.BreaksView Breaks { get; private set; } = null!;

    public IReadOnlyList<SessionRecord> Sessions { get; private set; } = [];

    /// <summary>The id to pass as <c>before</c> for older sessions, or null on the last page.</summary>
    public Guid? Next { get; private set; }

    /// <summary>True when this is not the first page.</summary>
    public bool Older { get; private set; }

    public IReadOnlySet<DateOnly> ActiveDays { get; private set; } = new HashSet<DateOnly>();

    public DateOnly Today { get; private set; }

    /// <summary>The programme followed, if any: its name and its weeks, planned against done.</summary>
    public (string Name, IReadOnlyList<Shared.ProgrammeWeekRow> Weeks)? Programme { get; private set; }

    /// <summary>Stored sessions that cannot be read: left out, listed with the reason and a Delete button.</summary>
    public IReadOnlyList<Storage.UnreadableSession> Unreadable { get; private set; } = [];

    /// <summary>What was wrong with a correction, shown above the table.</summary>
    public string? Problem { get; private set; }

    /// <summary>The name of an exercise by its id, as the catalog has it; the id itself for one the catalog no longer holds.</summary>
    public string ExerciseName(string id) => data.Catalog.Find(id)?.Name ?? id;

    /// <summary>Deletes a session (the Delete button of its row).</summary>
    public IActionResult OnPostDelete(Guid id) => data.Store.Delete(id) ? RedirectToPage() : this.NoSuch(Missing.Session(id));

    /// <summary>Corrects a session's pain after and note (the Change form of its row), with the readers the API uses.</summary>
    public IActionResult OnPostEdit(Guid id)
    {
        if (!SessionEdit.Read(RequestInput.Form(Request.Form)).TryGetValue(out var edit, out var problem))
        {
            Problem = problem.Field switch
            {
                "painAfter" or "painBefore" => $"Give pain as a whole number from {PainScore.Min} to {PainScore.Max}.",
                "note" => $"That note is too long: keep it to {SessionNote.MaxLength} characters.",
                _ => "Give a pain score or a note to change.",
            };
            return OnGet();
        }
        if (data.Store.Find(id) is not { } session)
        {
            return this.NoSuch(Missing.Session(id));
        }
        data.Store.Save(edit.ApplyTo(session));
        return RedirectToPage();
    }

    public IActionResult OnGet()
    {
        var request = HistoryRequest.Read(RequestInput.Query(Request.Query), data.Zone, data.Time, PageSize);
        if (!request.Then(r => r.Page(data.Store)).TryGetValue(out var page, out var problem))
        {
            return BadRequest(problem.ToString());
        }
        (Sessions, Next, Older) = (page.Sessions, page.Next, request.GetValueOrThrow().Before is not null);
        Unreadable = data.Store.Unreadable();
        var now = data.Time.GetUtcNow();
        Stats = data.Stats;
        Breaks = App.Views.BreaksView.From(data.Store, data.Time.GetUtcNow(), data.Zone);
        Today = TimeZones.LocalDay(now, data.Zone);
        Programme = App.Programmes.ProgrammeFollowing.Current(data) is { } report
            ? (report.Enrolment.Programme.Name, Shared.ProgrammeWeekRow.Of(report, Today))
            : null;
        ActiveDays = data.Store.Progress.Days(Today.AddDays(-7 * CalendarWeeks), Today).Where(d => d.Completed > 0).Select(d => d.Day).ToHashSet();
        return Page();
    }
}
