using Unknot.App.Input;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Preferences;
using Unknot.Text;

namespace Unknot.App.Readers;

/// <summary>
/// Reads a plan request — <c>unknot plan</c> options, <c>/play/plan?…</c>, the planner form, <c>POST /api/plan</c> —
/// from fields <c>minutes</c>, <c>place</c>, <c>equipment</c>, <c>focus</c>, <c>goal</c>, <c>avoid</c>, <c>level</c>, <c>sets</c>, <c>seed</c>.
/// Without a level the user's preferred level applies.
/// </summary>
public static class PlanRequestReader
{
    /// <summary>The word that means "no equipment" in the equipment list.</summary>
    public const string NoEquipment = "none";

    /// <summary>The request, or the first problem with it.</summary>
    public static ReadResult<PlanRequest> Read(Input.Input input, ExerciseCatalog catalog, UserPreferences preferences) => ReadResult<PlanRequest>.From(() =>
    {
        var minutes = input.Required("minutes").Int(PlanRequest.MinMinutes, PlanRequest.MaxMinutes);
        var place = input.Required("place").Word<Place>();
        var equipment = (input.Optional("equipment")?.List(10) ?? [])
            .Where(e => !string.Equals(e.String(40).Trim(), NoEquipment, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Word<Equipment>())
            .Distinct()
            .ToArray();
        var focus = (input.Optional("focus")?.List(20) ?? []).Select(f => f.Word<Target>()).Distinct().ToArray();
        var known = ExerciseTags.Known(catalog);
        var avoid = (input.Optional("avoid")?.List(20) ?? []).Select(a =>
        {
            var tag = a.String(40).Trim().ToLowerInvariant();
            return known.Contains(tag) ? tag : throw a.Problem($"unknown tag '{tag}' — known: {string.Join(", ", known)}");
        }).Distinct().ToArray();
        return new PlanRequest(minutes, place)
        {
            Equipment = equipment,
            Focus = focus,
            Goal = input.Optional("goal")?.Word<Goal>() ?? Goal.Relief,
            Avoid = avoid,
            Level = input.Optional("level")?.Word<Level>() ?? preferences.Level,
            Sets = input.Optional("sets")?.Int(1, PlanRequest.MaxSets) ?? 1,
            Seed = input.Optional("seed")?.Int(int.MinValue, int.MaxValue) ?? 0,
        };
    });

    /// <summary>The request as the fields this reader reads, in query-string form, so a plan can be linked to and read back.</summary>
    public static string ToQuery(PlanRequest r)
    {
        var parts = new List<string> { $"minutes={r.Minutes}", $"place={Kebab.Of(r.Place)}", $"goal={Kebab.Of(r.Goal)}", $"level={Kebab.Of(r.Level)}", $"seed={r.Seed}" };
        if (r.Sets > 1)
        {
            parts.Add($"sets={r.Sets}");
        }
        parts.AddRange(r.Equipment.Select(e => $"equipment={Kebab.Of(e)}"));
        parts.AddRange(r.Focus.Select(f => $"focus={Kebab.Of(f)}"));
        parts.AddRange(r.Avoid.Select(a => $"avoid={Uri.EscapeDataString(a)}"));
        return string.Join("&", parts);
    }
}
