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
    /// <summary>
    /// The break a reminder offers now: today's session of the programme being followed while one is still to do,
    /// else a break planned for the moment.
    /// </summary>
    public static BreakOffer Offer(UserPreferences preferences, ExerciseCatalog catalog, IUnknotStore store, TimeZoneInfo zone, DateTimeOffset now, int seed)
    {
        var today = TimeZones.LocalDay(now, zone);
        if (App.Programmes.ProgrammeFollowing.Current(store, catalog, today) is { } report
            && App.Programmes.ProgrammeFollowing.Due(report) is { Done: false } session
            && App.Programmes.ProgrammeFollowing.Playable(session, catalog) is not null)
        {
            var minutes = Unknot.Programmes.ProgrammeLines.Minutes(session, report.Current, catalog);
            return new BreakOffer(
                $"Today's session of {report.Enrolment.Programme.Name} is ready: {session.Routine.Name}, {minutes} min (week {report.Current.Week}).",
                $"/play/program?kind={session.Kind}", ["today", "--start"], null);
        }
        var plan = Request(preferences, catalog, store, now, seed);
        return new BreakOffer(Describe(plan), PlayerPath(plan), ["start", "--plan", PlanOptions(plan)], plan);
    }

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

/// <summary>
/// The break a reminder offers: what the notification says, the web player's address for it, and the arguments of
/// <c>unknot</c> that play it in a terminal.
/// </summary>
/// <param name="Description">"Today's session of Desk worker, 4 weeks is ready: Desk break, 4 min (week 2)." or the planned break's line.</param>
/// <param name="PlayerPath">The web player's address, relative to the app's root.</param>
/// <param name="StartArguments">The arguments of <c>unknot</c> that play it (<c>today --start</c>, or <c>start --plan …</c>).</param>
/// <param name="Plan">The planned break's request; null for a programme's session.</param>
public sealed record BreakOffer(string Description, string PlayerPath, IReadOnlyList<string> StartArguments, PlanRequest? Plan);
