using Unknot.App.Readers;
using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Preferences;
using Unknot.Progress;
using Unknot.Storage;
using Unknot.Text;

namespace Unknot.App.Reminders;

/// <summary>
/// The break a reminder offers, the same from the desktop and the browser: the planner with <c>remind-break</c> as
/// its minutes and <c>remind-place</c> as its place, a new seed each time so breaks vary, at the user's level, and
/// leaning towards the areas the user has rated sore (<see cref="SoreAreas"/>).
/// </summary>
public static class BreakPlans
{
    /// <summary>The plan request for the break offered now.</summary>
    public static PlanRequest Request(UserPreferences preferences, ExerciseCatalog catalog, IUnknotStore store, DateTimeOffset now, int seed)
    {
        var settings = preferences.Remind;
        var minutes = Math.Clamp((int)Math.Round(settings.Break.TotalMinutes), PlanRequest.MinMinutes, PlanRequest.MaxMinutes);
        var recent = store.Sessions(new SessionQuery(SessionQuery.MaxLimit, Since: now - SoreAreas.Window));
        return new PlanRequest(minutes, settings.Place)
        {
            Focus = SoreAreas.From(recent, catalog, now),
            Level = preferences.Level,
            Seed = seed,
        };
    }

    /// <summary>What the reminder says of the break: "A 3-minute break at the desk, for the neck, is ready."</summary>
    public static string Describe(PlanRequest request)
    {
        var focus = request.Focus.Count == 0 ? "" : $", for the {string.Join(" and ", request.Focus.Select(f => Kebab.Of(f).Replace('-', ' ')))},";
        var where = request.Place switch
        {
            Place.Desk => "at the desk",
            Place.Home => "at home",
            Place.Gym => "at the gym",
            _ => "outdoors",
        };
        return $"A {request.Minutes}-minute break {where}{focus} is ready.";
    }

    /// <summary>The web player's address for the break, relative to the app's root.</summary>
    public static string PlayerPath(PlanRequest request) => "/play/plan?" + PlanRequestReader.ToQuery(request);

    /// <summary>The break as the text of <c>unknot start --plan</c>.</summary>
    public static string PlanOptions(PlanRequest request)
    {
        var parts = new List<string> { $"--minutes {request.Minutes}", $"--place {Kebab.Of(request.Place)}", $"--level {Kebab.Of(request.Level)}", $"--seed {request.Seed}" };
        if (request.Focus.Count > 0)
        {
            parts.Add($"--focus {string.Join(",", request.Focus.Select(Kebab.Of))}");
        }
        return string.Join(" ", parts);
    }
}
