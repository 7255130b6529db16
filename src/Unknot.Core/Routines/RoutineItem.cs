using Unknot.Catalog;
using Unknot.Dosing;

namespace Unknot.Routines;

/// <summary>One exercise in a routine, with its optional overrides.</summary>
/// <param name="Exercise">Which exercise.</param>
/// <param name="Level">Plays this exercise at this level whatever the session's level; null follows the session.</param>
/// <param name="RestAfterSeconds">Extra rest after the exercise, 0 for none.</param>
public sealed record RoutineItem(ExerciseId Exercise, Level? Level = null, int RestAfterSeconds = 0);
