namespace Unknot.Storage.Relational;

/// <summary>The imports facet: an export read back all or nothing, with the files it brings.</summary>
public abstract partial class RelationalStore
{
    /// <inheritdoc />
    public virtual bool HoldsFiles => false;

    /// <inheritdoc />
    public virtual IReadOnlyList<StoredFile> Files() => [];

    /// <summary>Writes files the user does not have yet, in the import's transaction; only where <see cref="HoldsFiles"/>.</summary>
    private protected virtual void AddFiles(IReadOnlyList<StoredFile> files, DbTransaction transaction) =>
        throw new StoreException("this database keeps no files; they belong in the home folder");

    /// <inheritdoc />
    public StoredImport Import(IEnumerable<SessionRecord> sessions, IReadOnlyDictionary<string, string> settings, IReadOnlyList<Routines.Routine>? routines = null,
        PendingImport? files = null, IReadOnlyList<ReminderRecord>? reminders = null, IReadOnlyList<ActiveDay>? activeDays = null,
        IReadOnlyList<StoredFile>? stored = null, IReadOnlyList<ImportedProgramme>? programmes = null)
    {
        using var transaction = Connection.BeginTransaction();
        LockUser(UserId, transaction);
        if (stored is { Count: > 0 })
        {
            AddFiles(stored, transaction);
        }
        if (files is { Files.Count: > 0 })
        {
            Connection.Execute(StoreSql.InsertPendingImport, new
            {
                Id = files.Id.ToString(), UserId, Files = System.Text.Json.JsonSerializer.Serialize(files.Files.ToArray(), StorageJson.Compact.Info<string[]>()), CreatedAt = Format(_time.GetUtcNow()),
            }, transaction);
        }
        foreach (var routine in routines ?? [])
        {
            Connection.Execute(StoreSql.InsertRoutineIfNew, new { UserId, routine.Id, Json = RoutineSnapshot.Serialize(routine), UpdatedAt = Format(_time.GetUtcNow()) }, transaction);
        }
        var added = sessions.Count(session => AddIn(session, UserId, transaction));
        foreach (var (key, value) in settings)
        {
            Connection.Execute(StoreSql.SetSetting, new { UserId, Key = key, Value = value }, transaction);
        }
        foreach (var r in reminders ?? [])
        {
            Connection.Execute(StoreSql.AddReminder, new
            {
                Id = r.Id.ToString(), UserId, At = Format(r.At), r.Repeat, r.Reason, Outcome = r.Outcome is { } o ? Kebab.Of(o) : null,
            }, transaction);
        }
        foreach (var day in activeDays ?? [])
        {
            Connection.Execute(StoreSql.ImportActiveDay, new { UserId, Day = day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Seconds }, transaction);
        }
        var (programmesAdded, stopped) = ImportProgrammes(programmes ?? [], transaction);
        transaction.Commit();
        return new StoredImport(added, programmesAdded, stopped);
    }

    /// <inheritdoc />
    public IReadOnlyList<PendingImport> PendingImports() =>
        Connection.Query<PendingRow>(StoreSql.PendingImports, new { UserId })
            .Select(r => new PendingImport(Guid.Parse(r.Id), System.Text.Json.JsonSerializer.Deserialize(r.Files, StorageJson.Compact.Info<string[]>()) ?? []))
            .ToArray();

    internal sealed class PendingRow
    {
        public string Id { get; init; } = "";

        public string Files { get; init; } = "";
    }

    /// <inheritdoc />
    public void ImportFinished(Guid id) => Connection.Execute(StoreSql.DeletePendingImport, new { Id = id.ToString(), UserId });
}
