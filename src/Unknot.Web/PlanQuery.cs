using Microsoft.Extensions.Primitives;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Text;

namespace Unknot.Web;

/// <summary>The planner's request as a query string, so a plan can be linked to, played and bookmarked.</summary>
public static class PlanQuery
{
    /// <summary>Reads a request from the query; null with a message when something is wrong, null without one when there is no request.</summary>
    public static PlanRequest? Read(IQueryCollection query, ExerciseCatalog catalog, Level defaultLevel, out string? problem)
    {
        problem = null;
        if (!query.TryGetValue("minutes", out var minutesText) || StringValues.IsNullOrEmpty(minutesText))
        {
            return null;
        }
        if (!int.TryParse(minutesText, out var minutes) || minutes is < PlanRequest.MinMinutes or > PlanRequest.MaxMinutes)
        {
            problem = $"Minutes must be a whole number from {PlanRequest.MinMinutes} to {PlanRequest.MaxMinutes}.";
            return null;
        }
        if (!Kebab.TryParse<Place>(query["place"], out var place))
        {
            problem = $"Choose a place: {string.Join(", ", Kebab.All<Place>())}.";
            return null;
        }
        var equipment = Words<Equipment>(query["equipment"], "equipment", ref problem);
        var focus = Words<Target>(query["focus"], "focus area", ref problem);
        var goal = string.IsNullOrEmpty(query["goal"]) ? Goal.Relief : Word<Goal>(query["goal"], "goal", ref problem);
        var level = string.IsNullOrEmpty(query["level"]) ? defaultLevel : Word<Level>(query["level"], "level", ref problem);
        var known = ExerciseTags.Known(catalog);
        var avoid = query["avoid"].Where(a => !string.IsNullOrEmpty(a)).Select(a => a!.ToLowerInvariant()).Distinct().ToArray();
        if (avoid.FirstOrDefault(a => !known.Contains(a)) is { } unknown)
        {
            problem = $"Unknown tag '{unknown}'.";
        }
        var seed = int.TryParse(query["seed"], out var s) ? s : 0;
        return problem is null
            ? new PlanRequest(minutes, place) { Equipment = equipment, Focus = focus, Goal = goal, Avoid = avoid, Level = level, Seed = seed }
            : null;
    }

    /// <summary>The request as a query string.</summary>
    public static string Write(PlanRequest r)
    {
        var parts = new List<string> { $"minutes={r.Minutes}", $"place={Kebab.Of(r.Place)}", $"goal={Kebab.Of(r.Goal)}", $"level={Kebab.Of(r.Level)}", $"seed={r.Seed}" };
        parts.AddRange(r.Equipment.Select(e => $"equipment={Kebab.Of(e)}"));
        parts.AddRange(r.Focus.Select(f => $"focus={Kebab.Of(f)}"));
        parts.AddRange(r.Avoid.Select(a => $"avoid={Uri.EscapeDataString(a)}"));
        return string.Join("&", parts);
    }

    private static T Word<T>(string? text, string what, ref string? problem) where T : struct, Enum
    {
        if (Kebab.TryParse<T>(text, out var value))
        {
            return value;
        }
        problem ??= $"Unknown {what} '{text}'.";
        return default;
    }

    private static T[] Words<T>(StringValues values, string what, ref string? problem) where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var text in values.Where(v => !string.IsNullOrEmpty(v)))
        {
            result.Add(Word<T>(text, what, ref problem));
        }
        return result.Distinct().ToArray();
    }
}
