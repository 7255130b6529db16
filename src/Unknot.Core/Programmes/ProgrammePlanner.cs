using System.Globalization;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Reminders;

namespace Unknot.Programmes;

/// <summary>
/// A programme made for one person's request: the planner's routine for their minutes, place and focus, played on
/// their days for their weeks. The routine is planned at the deep level so the last weeks still fit the minutes; the
/// first week plays it gentle and each of the next two a level higher (Unknot's own choice: the level is the one step
/// that keeps within the minutes).
/// </summary>
public static class ProgrammePlanner
{
    /// <summary>The programme for <paramref name="request"/> over <paramref name="weeks"/> weeks on <paramref name="days"/>, or the planner's failure.</summary>
    public static (Programme? Programme, PlanFailure? Failure) Plan(ExerciseCatalog catalog, PlanRequest request, int weeks, IReadOnlySet<DayOfWeek> days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weeks, Programme.MaxWeeks);
        var id = $"plan-{weeks}-weeks-{request.Minutes}-min-{Text.Kebab.Of(request.Place)}";
        var result = Planner.Plan(catalog, request with { Level = Level.Deep, Sets = 1 }, id + "-routine");
        if (result.Plan is not { } plan)
        {
            return (null, result.Failure);
        }
        var routine = plan.Routine with { Name = $"{request.Minutes}-minute {Text.Kebab.Of(request.Place)} routine" };
        var focus = request.Focus.Count == 0 ? "" : $" for {Text.Plain.List(request.Focus)}";
        var name = $"{Weeks(weeks)} at the {Text.Kebab.Of(request.Place)}{focus}";
        var steps = new[] { ProgrammeStep.Level, ProgrammeStep.Level }.Take(weeks - 1).ToArray();
        var programme = new Programme(
            id, name,
            $"{request.Minutes} minutes on {ReminderValues.Show(days)}, planned for you: {Steps(weeks)}",
            weeks,
            [new ProgrammeSession(routine, days)],
            new ProgrammeDose(Level.Gentle, 1, days.Count),
            steps,
            new HashSet<int>(),
            Programme.DefaultDoneShare,
            MissedSessions.Drop,
            "Planned by Unknot from your request; the weeks, days and minutes are yours, the steps Unknot's own choice.",
            ProgrammeSource.Planned);
        return (programme, null);
    }

    private static string Steps(int weeks) => weeks switch
    {
        1 => "gentle, for one week.",
        2 => "gentle the first week, standard the second.",
        _ => "gentle the first week, a level higher in each of the next two.",
    };

    private static string Weeks(int weeks) => weeks.ToString(CultureInfo.InvariantCulture) + (weeks == 1 ? " week" : " weeks");
}
