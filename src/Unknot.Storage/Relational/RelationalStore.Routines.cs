namespace Unknot.Storage.Relational;

/// <summary>The routines facet: the routines the user built.</summary>
public abstract partial class RelationalStore
{
    /// <inheritdoc />
    public IReadOnlyList<Routines.Routine> Routines() => Salvaged(() => RoutinesOf(UserId), [], "saved routines");

    /// <summary>The saved routines of any user.</summary>
    internal IReadOnlyList<Routines.Routine> RoutinesOf(string userId) =>
        Connection.Query<string>(StoreSql.Routines, new { UserId = userId }).Select(json => RoutineSnapshot.Deserialize(json) with { Origin = RoutineOrigin.Saved }).ToArray();

    /// <inheritdoc />
    public void SaveRoutine(Routines.Routine routine) =>
        Connection.Execute(StoreSql.SaveRoutine, new { UserId, routine.Id, Json = RoutineSnapshot.Serialize(routine), UpdatedAt = Format(_time.GetUtcNow()) });

    /// <inheritdoc />
    public bool DeleteRoutine(string id) => Connection.Execute(StoreSql.DeleteRoutine, new { UserId, Id = id }) == 1;
}
