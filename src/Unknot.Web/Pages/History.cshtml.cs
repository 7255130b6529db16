using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Readers;
using Unknot.Progress;
using Unknot.Web.Api;

namespace Unknot.Web.Pages;

/// <summary>History and statistics: the figures of <c>unknot stats</c>, server-rendered SVG charts and a page of sessions.</summary>
public sealed class HistoryModel(UnknotData data) : PageModel
{
    /// <summary>Sessions on one page of the table, with a link to older ones.</summary>
    public const int PageSize = 10;

    /// <summary>Weeks the calendar of active days shows.</summary>
    public const int CalendarWeeks = 12;

    public ProgressStats Stats { get; private set; } = null!;

    public IReadOnlyList<SessionRecord> Sessions { get; private set; } = [];

    /// <summary>The id to pass as <c>before</c> for older sessions, or null on the last page.</summary>
    public Guid? Next { get; private set; }

    /// <summary>True when this is not the first page.</summary>
    public bool Older { get; private set; }

    public IReadOnlySet<DateOnly> ActiveDays { get; private set; } = new HashSet<DateOnly>();

    public DateOnly Today { get; private set; }

    public IActionResult OnGet()
    {
        var request = HistoryRequest.Read(RequestInput.Query(Request.Query), data.Zone, data.Time, PageSize);
        var page = request.Succeeded ? request.Value!.Page(data.Store) : default;
        if (!request.Succeeded || !page.Succeeded)
        {
            return BadRequest((request.Problem ?? page.Problem)!.ToString());
        }
        (Sessions, Next, Older) = (page.Value!.Sessions, page.Value.Next, request.Value!.Before is not null);
        var now = data.Time.GetUtcNow();
        Stats = data.Stats;
        Today = TimeZones.LocalDay(now, data.Zone);
        ActiveDays = data.Store.Progress.Days(Today.AddDays(-7 * CalendarWeeks), Today).Where(d => d.Completed > 0).Select(d => d.Day).ToHashSet();
        return Page();
    }
}
