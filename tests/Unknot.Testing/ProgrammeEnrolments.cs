using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Programmes;
using Unknot.Reminders;
using Unknot.Routines;

namespace Unknot.Testing;

/// <summary>Programmes and people following them, for the tests of where they are kept and carried.</summary>
public static class ProgrammeEnrolments
{
    private static readonly Lazy<ProgrammeSet> LazyBuiltIns = new(() => ProgrammeSet.Load(Builtins.Catalog, Builtins.Routines, null).Programmes);

    /// <summary>The shipped programme <paramref name="id"/>.</summary>
    public static Programme BuiltIn(string id = "desk-worker-4-weeks") => LazyBuiltIns.Value.Find(id) ?? throw new ArgumentException($"no built-in programme '{id}'", nameof(id));

    /// <summary>
    /// A programme with every part set apart from its default: two kinds of session (a built-in routine, and items of
    /// its own with a level and a rest), a first dose, steps, an easier week, a share, carried sessions, a basis and a file.
    /// </summary>
    public static Programme Full(string id = "my-weeks") => new(
        id, "My weeks", "For the desk and the evenings.", 6,
        [
            new ProgrammeSession(Builtins.Routines.Find("desk-break")!, ReminderValues.Days("mon-fri")!, "during the working day"),
            new ProgrammeSession(
                new Routine($"{id}-2", "Evening", "Slow ones.", [new RoutineItem(new ExerciseId("cat-cow"), Level.Deep, 10), new RoutineItem(new ExerciseId("chest-stretch"))], RoutineOrigin.Planned),
                ReminderValues.Days("tue,thu,sat")!),
        ],
        new ProgrammeDose(Level.Standard, 2, 3),
        [ProgrammeStep.Days, ProgrammeStep.Level, ProgrammeStep.Sets],
        new HashSet<int> { 4 },
        0.75,
        MissedSessions.Carry,
        "Unknot's own choices, for the test.",
        ProgrammeSource.File,
        "programs/my-weeks.yaml");

    /// <summary>Someone following <paramref name="programme"/> (the desk worker's, by default) from <paramref name="on"/>.</summary>
    public static ProgrammeEnrolment Started(DateOnly on, Programme? programme = null) => new(Guid.NewGuid(), programme ?? BuiltIn(), on, []);

    /// <summary>A local day, written as it is read: <c>Day("2026-11-02")</c>.</summary>
    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
