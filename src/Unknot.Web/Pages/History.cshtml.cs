using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Progress;

namespace Unknot.Web.Pages;

/// <summary>History and statistics: the figures of <c>unknot stats</c> and server-rendered SVG charts.</summary>
public sealed class HistoryModel(UnknotData data) : PageModel
{
    public ProgressStats Stats { get; private set; } = null!;

    public IReadOnlyList<SessionRecord> Sessions { get; private set; } = [];

    public IReadOnlySet<DateOnly> ActiveDays { get; private set; } = new HashSet<DateOnly>();

    public DateOnly Today { get; private set; }

    public void OnGet()
    {
        Sessions = data.Store.Sessions();
        var now = data.Time.GetUtcNow();
        Stats = Statistics.Compute(Sessions, now, data.Zone);
        Today = TimeZones.LocalDay(now, data.Zone);
        ActiveDays = Sessions.Where(s => s.Completed).Select(s => TimeZones.LocalDay(s.StartedAt, TimeZones.Find(s.TimeZone))).ToHashSet();
    }
}
