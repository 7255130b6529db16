using Unknot.App.Fields;
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
    public static ReadResult<PlanRequest> Read(Input input, ExerciseCatalog catalog, UserPreferences preferences) => ReadResult<PlanRequest>.From(() =>
        new PlanRequest(ReadMinutes(input), ReadPlace(input))
        {
            Equipment = ReadEquipment(input),
            Focus = ReadFocus(input),
            Goal = ReadGoal(input),
            Avoid = ReadAvoid(input, catalog),
            Level = ReadLevel(input, preferences),
            Sets = ReadSets(input),
            Seed = ReadSeed(input),
        });

    /// <summary>
    /// The request from the planner form, with every problem at once as a sentence for its field, or null when
    /// there is one.
    /// </summary>
    public static PlanRequest? ReadForm(Input input, ExerciseCatalog catalog, UserPreferences preferences, FormProblems problems)
    {
        var minutes = problems.Read("minutes", () => ReadMinutes(input), $"Choose between {PlanRequest.MinMinutes} and {PlanRequest.MaxMinutes} minutes.", 0);
        var place = problems.Read("place", () => ReadPlace(input), "Choose where you are from the list.", default(Place));
        var equipment = problems.Read("equipment", () => ReadEquipment(input), "Tick only equipment from the list.", Array.Empty<Equipment>());
        var focus = problems.Read("focus", () => ReadFocus(input), "Tick only areas from the list.", Array.Empty<Target>());
        var goal = problems.Read("goal", () => ReadGoal(input), "Choose a goal from the list.", default(Goal));
        var avoid = problems.Read("avoid", () => ReadAvoid(input, catalog), "Tick only things to avoid from the list.", Array.Empty<string>());
        var level = problems.Read("level", () => ReadLevel(input, preferences), "Choose a level from the list.", default(Level));
        var sets = problems.Read("sets", () => ReadSets(input), $"Choose between 1 and {PlanRequest.MaxSets} sets of each.", 1);
        var seed = problems.Read("seed", () => ReadSeed(input), "Press Plan for a fresh routine.", 0);
        return problems.None
            ? new PlanRequest(minutes, place) { Equipment = equipment, Focus = focus, Goal = goal, Avoid = avoid, Level = level, Sets = sets, Seed = seed }
            : null;
    }

    private static int ReadMinutes(Input input) => input.Required("minutes").Int(PlanRequest.MinMinutes, PlanRequest.MaxMinutes);

    private static Place ReadPlace(Input input) => input.Required("place").Word<Place>();

    private static Equipment[] ReadEquipment(Input input) => (input.Optional("equipment")?.List(10) ?? [])
        .Where(e => !string.Equals(e.String(40).Trim(), NoEquipment, StringComparison.OrdinalIgnoreCase))
        .Select(e => e.Word<Equipment>())
        .Distinct()
        .ToArray();

    private static Target[] ReadFocus(Input input) => (input.Optional("focus")?.List(20) ?? []).Select(f => f.Word<Target>()).Distinct().ToArray();

    private static string[] ReadAvoid(Input input, ExerciseCatalog catalog)
    {
        var known = ExerciseTags.Known(catalog);
        return (input.Optional("avoid")?.List(20) ?? []).Select(a =>
        {
            var tag = a.String(40).Trim().ToLowerInvariant();
            return known.Contains(tag) ? tag : throw a.Problem($"unknown tag '{tag}' — known: {string.Join(", ", known)}");
        }).Distinct().ToArray();
    }

    private static Goal ReadGoal(Input input) => input.Optional("goal")?.Word<Goal>() ?? Goal.Relief;

    private static Level ReadLevel(Input input, UserPreferences preferences) => input.Optional("level")?.Word<Level>() ?? preferences.Level;

    private static int ReadSets(Input input) => input.Optional("sets")?.Int(1, PlanRequest.MaxSets) ?? 1;

    private static int ReadSeed(Input input) => input.Optional("seed")?.Int(int.MinValue, int.MaxValue) ?? 0;

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
