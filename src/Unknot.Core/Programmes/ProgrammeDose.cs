using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Text;

namespace Unknot.Programmes;

/// <summary>
/// The dose of one programme week: the level every range is played at, how many times in a row each stretch is played,
/// and on how many of its days each session falls.
/// </summary>
/// <param name="Level">Gentle, standard or deep: never past deep, the high end of each exercise's ranges.</param>
/// <param name="Sets">Each stretch this many times in a row (1–<see cref="MaxSets"/>).</param>
/// <param name="Days">Sessions of each kind a week, at most the days it may fall on.</param>
public sealed record ProgrammeDose(Level Level, int Sets, int Days)
{
    /// <summary>The most times in a row a stretch is played: ACSM's 2–4 repetitions, as whole plays of the exercise.</summary>
    public const int MaxSets = Planning.PlanRequest.MaxSets;

    /// <summary>This dose with <paramref name="step"/> taken, kept within the deep level, <see cref="MaxSets"/> and the programme's days.</summary>
    public ProgrammeDose After(ProgrammeStep step, Programme programme) => step switch
    {
        ProgrammeStep.Level => this with { Level = Level == Level.Deep ? Level.Deep : Level + 1 },
        ProgrammeStep.Sets => this with { Sets = Math.Min(MaxSets, Sets + 1) },
        _ => this with { Days = Math.Min(programme.MostDays, Days + 1) },
    };

    /// <summary>
    /// The days of the week <paramref name="session"/> falls on at this dose: all of its days, or as many as the dose
    /// says spread evenly through the week from its first (three of Monday to Friday: Monday, Wednesday, Friday).
    /// </summary>
    public IReadOnlySet<DayOfWeek> DaysOf(ProgrammeSession session)
    {
        var order = Enumerable.Range(1, 7).Select(d => (DayOfWeek)(d % 7)).Where(session.Days.Contains).ToArray();
        var count = Math.Clamp(Days, 1, order.Length);
        return Enumerable.Range(0, count)
            .Select(i => order[(int)Math.Round(i * (order.Length - 1) / Math.Max(1.0, count - 1), MidpointRounding.AwayFromZero)])
            .ToHashSet();
    }

    /// <summary>The routine played for <paramref name="session"/> at this dose: each item <see cref="Sets"/> times in a row, under the routine's own id.</summary>
    public Routine RoutineFor(ProgrammeSession session) => Sets == 1
        ? session.Routine
        : session.Routine with { Items = session.Routine.Items.SelectMany(i => Enumerable.Repeat(i, Sets)).ToArray() };

    /// <summary>
    /// What changed from <paramref name="before"/> to this dose, in a few words each ("holds 25 s → 30 s", "each
    /// stretch 2 times", "5 sessions a week"); the holds are those of the first exercise of the programme's first
    /// routine that holds a range.
    /// </summary>
    public IReadOnlyList<string> ChangesFrom(ProgrammeDose before, Programme programme, ExerciseCatalog catalog)
    {
        var routine = programme.Sessions[0].Routine;
        var changes = new List<string>();
        if (Level != before.Level)
        {
            changes.Add(HoldOf(routine, catalog) is { } hold && hold.At(before.Level) != hold.At(Level)
                ? $"holds {Durations.Short(hold.At(before.Level))} → {Durations.Short(hold.At(Level))}"
                : $"level {Kebab.Of(before.Level)} → {Kebab.Of(Level)}");
        }
        if (Sets != before.Sets)
        {
            changes.Add($"each stretch {Counted.Of(before.Sets, "time")} → {Counted.Of(Sets, "time")} in a row");
        }
        if (Days != before.Days)
        {
            changes.Add($"sessions a week {before.SessionsPerWeek(programme)} → {SessionsPerWeek(programme)}");
        }
        return changes;
    }

    /// <summary>This dose in a few words: "gentle, each stretch once, 3 sessions a week".</summary>
    public string Describe(Programme programme) =>
        $"{Kebab.Of(Level)}, each stretch {(Sets == 1 ? "once" : Counted.Of(Sets, "time"))}, {Counted.Of(SessionsPerWeek(programme), "session")} a week";

    /// <summary>Sessions a week at this dose: each kind on as many of its days as the dose says.</summary>
    public int SessionsPerWeek(Programme programme) => programme.Sessions.Sum(s => DaysOf(s).Count);

    private static DoseRange? HoldOf(Routine routine, ExerciseCatalog catalog) =>
        routine.Items
            .Where(i => i.Level is null)
            .Select(i => catalog.Find(i.Exercise.Value))
            .SelectMany(e => e?.Dose.Blocks ?? [])
            .Where(b => b.IsHold && !b.Phases[0].Seconds.IsFixed)
            .Select(b => (DoseRange?)b.Phases[0].Seconds)
            .FirstOrDefault();
}
