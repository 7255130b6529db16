using Unknot.App.Fields;
using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Preferences;
using Unknot.Programmes;
using Unknot.Reminders;

namespace Unknot.App.Readers;

/// <summary>A request for a programme of one's own: the planner's request for one session, the weeks, and the days.</summary>
public sealed record ProgrammePlanRequest(PlanRequest Plan, int Weeks, IReadOnlySet<DayOfWeek> Days);

/// <summary>
/// Reads <c>unknot program plan</c>'s options and the programmes page's form: <c>weeks</c> (1–26, default 4),
/// <c>days</c> (default mon-fri) and everything a plan request takes.
/// </summary>
public static class ProgrammePlanReader
{
    /// <summary>Weeks when none are given (Unknot's own choice: a month, the shortest of the built-ins).</summary>
    public const int DefaultWeeks = 4;

    /// <summary>Reads the request, or the first problem with its field.</summary>
    public static ReadResult<ProgrammePlanRequest> Read(Input input, ExerciseCatalog catalog, UserPreferences preferences) =>
        PlanRequestReader.Read(input, catalog, preferences).Then(plan => ReadResult<ProgrammePlanRequest>.From(() =>
        {
            // The programme sets the level and the repetitions week by week; a request for them would be ignored.
            foreach (var name in new[] { "level", "sets" })
            {
                if (input.Optional(name) is { } given && given.String(100).Length > 0)
                {
                    throw given.Problem("a programme sets it week by week (gentle first, then a level higher); leave it out");
                }
            }
            var weeks = input.Optional("weeks")?.Int(1, Programme.MaxWeeks) ?? DefaultWeeks;
            var field = input.Optional("days");
            var text = field?.String(200) ?? ScheduleReader.DefaultDays;
            var days = ReminderValues.Days(text) ?? throw field!.Problem(ReminderValues.DaysProblem(text)!);
            return new ProgrammePlanRequest(plan, weeks, days);
        }));
}
