using Unknot.Routines;
using Unknot.Storage;

namespace Unknot.App.Workspaces;

/// <summary>What became of a request to save a routine.</summary>
public enum SaveOutcome
{
    /// <summary>Saved under a new id.</summary>
    Created,

    /// <summary>Saved over the user's own routine with that id.</summary>
    Replaced,

    /// <summary>Not saved: the user already has a routine with that id and did not ask to replace it.</summary>
    Exists,

    /// <summary>Not saved: a built-in routine has that id.</summary>
    BuiltIn,

    /// <summary>Not saved: a routine file in the home folder has that id.</summary>
    FromFile,
}

/// <summary>Saves a routine the user made, the same way from the builder, the API, the planner form and <c>unknot plan --save</c>.</summary>
public static class RoutineSaving
{
    /// <summary>Saves <paramref name="routine"/> in the user's store unless another routine owns its id.</summary>
    public static SaveOutcome Save(IUnknotStore store, Library library, Routine routine, bool replace)
    {
        switch (library.Routine(routine.Id))
        {
            case { Origin.IsBuiltIn: true }:
                return SaveOutcome.BuiltIn;
            case { Origin.Source: RoutineSource.File }:
                return SaveOutcome.FromFile;
            case { Origin.IsEditable: true } when !replace:
                return SaveOutcome.Exists;
            case { Origin.IsEditable: true }:
                store.SaveRoutine(routine with { Origin = RoutineOrigin.Saved });
                return SaveOutcome.Replaced;
            default:
                store.SaveRoutine(routine with { Origin = RoutineOrigin.Saved });
                return SaveOutcome.Created;
        }
    }

    /// <summary>
    /// Why a routine was not saved under <paramref name="id"/>, the same words on every surface, each naming its own way
    /// to replace the user's routine in <paramref name="howToReplace"/> ("add --force to replace it"); null when it was saved.
    /// </summary>
    public static string? Refusal(SaveOutcome outcome, string id, Library library, string howToReplace) => outcome switch
    {
        SaveOutcome.BuiltIn => $"'{id}' is a built-in routine; choose another id",
        SaveOutcome.FromFile => $"'{id}' is the routine in the file {library.Routine(id)?.Origin.File}; choose another id",
        SaveOutcome.Exists => $"you already have a routine '{id}'; {howToReplace}",
        _ => null,
    };
}
