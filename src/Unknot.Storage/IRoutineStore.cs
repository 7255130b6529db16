using Unknot.Progress;

namespace Unknot.Storage;

/// <summary>The routines one user built.</summary>
public interface IRoutineStore
{
    /// <summary>The routines the user built, by id.</summary>
    IReadOnlyList<Routines.Routine> Routines();


    /// <summary>Inserts or replaces one of the user's routines.</summary>
    void SaveRoutine(Routines.Routine routine);


    /// <summary>Deletes one of the user's routines; false when there was none with that id.</summary>
    bool DeleteRoutine(string id);

}
