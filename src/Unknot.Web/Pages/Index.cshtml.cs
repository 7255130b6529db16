using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.Progress;
using Unknot.Routines;

namespace Unknot.Web.Pages;

/// <summary>Home: a routine for right now, the streak, a start button and recent sessions.</summary>
public sealed class IndexModel(UnknotData data) : PageModel
{
    /// <summary>How many recent sessions the home page lists.</summary>
    public const int RecentCount = 5;

    public Routine Suggested { get; private set; } = null!;

    public string Why { get; private set; } = "";

    public int Minutes { get; private set; }

    public ProgressStats Stats { get; private set; } = null!;

    public IReadOnlyList<SessionRecord> Recent { get; private set; } = [];

    public SessionRecord? Unfinished { get; private set; }

    public void OnGet()
    {
        var now = TimeZoneInfo.ConvertTime(data.Time.GetUtcNow(), data.Zone);
        var weekday = now.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        (var id, Why) = (weekday, now.Hour) switch
        {
            (true, >= 8 and < 18) => ("desk-break", "A weekday in working hours: a few minutes at your desk."),
            (_, >= 18 or < 5) => ("cool-down", "Evening: long, quiet holds to let the day go."),
            (false, _) => ("full-upper-back", "A free day: time for the whole upper back."),
            _ => ("warm-up", "Morning: wake up the neck and shoulders."),
        };
        Suggested = data.Routines.Find(id) ?? data.Routines.All[0];
        Minutes = (int)Math.Ceiling(Timelines.TimelineCompiler.Compile(Suggested, data.Catalog, data.Level).TotalSeconds / 60.0);
        Stats = data.Stats;
        Recent = data.Store.Sessions(SessionQuery.Latest(RecentCount));
        Unfinished = data.Store.LatestUnfinished();
    }
}
