using Unknot.Programmes;

namespace Unknot.Storage.Relational;

/// <summary>The programmes facet: the programmes a user started, current and past.</summary>
public abstract partial class RelationalStore
{
    private const string ProgrammesTable = "programmes";

    /// <inheritdoc />
    public IReadOnlyList<ProgrammeEnrolment> Programmes() => ReadProgrammes().Read
        .OrderBy(e => e.IsCurrent ? 0 : 1)
        .ToArray();

    /// <inheritdoc />
    public IReadOnlyList<UnreadableProgramme> UnreadableProgrammes() => ReadProgrammes().Unreadable;

    /// <summary>
    /// Every programme row of the user, each read on its own: one that cannot be read, or breaks the rules every
    /// programme keeps, is set aside with the reason, so it never breaks a read. In a salvage each such row is one lost line.
    /// </summary>
    private (List<ProgrammeEnrolment> Read, List<UnreadableProgramme> Unreadable) ReadProgrammes()
    {
        var read = new List<ProgrammeEnrolment>();
        var unreadable = new List<UnreadableProgramme>();
        // A damaged database older than the programmes has no such table: there is nothing of them to lose.
        var rows = _salvage && !HasTable(ProgrammesTable)
            ? []
            : Salvaged(() => Connection.Query<ProgrammeRow>(StoreSql.Programmes, new { UserId }).ToArray(), [], ProgrammesTable);
        foreach (var row in rows)
        {
            string reason;
            try
            {
                var enrolment = ToEnrolment(row);
                if (ProgrammeSnapshot.DaysProblem(enrolment.StartedOn, enrolment.Pauses, enrolment.StoppedOn) is not { } problem)
                {
                    read.Add(enrolment);
                    continue;
                }
                reason = $"{problem.Field}: {problem.Message}";
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or ArgumentException or OverflowException
                or InvalidOperationException or KeyNotFoundException or NullReferenceException or IndexOutOfRangeException)
            {
                reason = e.Message;
            }
            unreadable.Add(new UnreadableProgramme(row.Id, reason));
            if (_salvage)
            {
                SalvageLost.Add($"programme {row.Id}: {reason}");
            }
        }
        return (read, unreadable);
    }

    private static ProgrammeEnrolment ToEnrolment(ProgrammeRow r) => new(
        Guid.Parse(r.Id), ProgrammeSnapshot.Deserialize(r.ProgrammeJson), Day(r.StartedOn),
        ProgrammeSnapshot.DeserializePauses(r.Pauses), r.StoppedOn is { } stopped ? Day(stopped) : null);

    /// <summary>True when the database has the table <paramref name="name"/>; asked only in a salvage, which migrates nothing.</summary>
    private protected virtual bool HasTable(string name) => true;

    /// <inheritdoc />
    public void SaveProgramme(ProgrammeEnrolment enrolment) => Connection.Execute(StoreSql.SaveProgramme, RowOf(enrolment));

    /// <inheritdoc />
    public bool ChangeCurrentProgramme(ProgrammeEnrolment changed) => Connection.Execute(StoreSql.ChangeCurrentProgramme, RowOf(changed)) == 1;

    /// <inheritdoc />
    public void StartProgramme(ProgrammeEnrolment started)
    {
        using var transaction = Connection.BeginTransaction();
        LockUser(UserId, transaction);
        StopOtherProgrammes(started.Id, started.StartedOn, transaction);
        Connection.Execute(StoreSql.SaveProgramme, RowOf(started), transaction);
        transaction.Commit();
    }

    /// <summary>
    /// Stops every current programme of the user but <paramref name="id"/> on <paramref name="day"/>, as
    /// <see cref="ProgrammeEnrolment.Stop"/> does: never before its own first day, and an open pause closed that day.
    /// Only the days are read, so a row whose programme cannot be read is stopped all the same.
    /// </summary>
    private void StopOtherProgrammes(Guid id, DateOnly day, DbTransaction transaction)
    {
        foreach (var other in Connection.Query<CurrentProgrammeRow>(StoreSql.OtherCurrentProgrammes, new { UserId, Id = id.ToString() }, transaction).ToArray())
        {
            var stoppedOn = DateOnly.TryParseExact(other.StartedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) && first > day ? first : day;
            var pauses = other.Pauses;
            try
            {
                var kept = ProgrammeSnapshot.DeserializePauses(other.Pauses);
                if (kept.Count > 0 && kept[^1] is { Until: null } open)
                {
                    pauses = ProgrammeSnapshot.SerializePauses([.. kept.Take(kept.Count - 1), open with { Until = open.From > stoppedOn ? open.From : stoppedOn }]);
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Pauses that cannot be read are kept as they are; the stop day alone makes the programme a past one.
            }
            Connection.Execute(StoreSql.StopProgramme, new { UserId, other.Id, StoppedOn = ProgrammeSnapshot.Show(stoppedOn), Pauses = pauses }, transaction);
        }
    }

    /// <summary>
    /// Adds the imported programmes the user does not have yet, in the import's transaction: a current one is added as
    /// it is only while the user follows no other. Returns how many were added and which were kept stopped.
    /// </summary>
    private (int Added, List<ProgrammeEnrolment> Stopped) ImportProgrammes(IReadOnlyList<ImportedProgramme> programmes, DbTransaction transaction)
    {
        var added = 0;
        var stopped = new List<ProgrammeEnrolment>();
        foreach (var imported in programmes)
        {
            var id = imported.Enrolment.Id.ToString();
            if (Connection.ExecuteScalar<long>(StoreSql.ProgrammeExists, new { UserId, Id = id }, transaction) > 0)
            {
                continue;
            }
            var kept = imported.Enrolment;
            if (kept.IsCurrent && Connection.Query<CurrentProgrammeRow>(StoreSql.OtherCurrentProgrammes, new { UserId, Id = id }, transaction).Any())
            {
                kept = imported.WhenAnotherIsCurrent;
                stopped.Add(kept);
            }
            Connection.Execute(StoreSql.SaveProgramme, RowOf(kept), transaction);
            added++;
        }
        return (added, stopped);
    }

    private ProgrammeWriteRow RowOf(ProgrammeEnrolment e) => new()
    {
        UserId = UserId, Id = e.Id.ToString(), ProgrammeJson = ProgrammeSnapshot.Serialize(e.Programme), StartedOn = ProgrammeSnapshot.Show(e.StartedOn),
        Pauses = ProgrammeSnapshot.SerializePauses(e.Pauses), StoppedOn = e.StoppedOn is { } stopped ? ProgrammeSnapshot.Show(stopped) : null,
    };

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal sealed class ProgrammeWriteRow
    {
        public string UserId { get; init; } = "";

        public string Id { get; init; } = "";

        public string ProgrammeJson { get; init; } = "";

        public string StartedOn { get; init; } = "";

        public string Pauses { get; init; } = "[]";

        public string? StoppedOn { get; init; }
    }

    internal sealed class ProgrammeRow
    {
        public string Id { get; init; } = "";

        public string ProgrammeJson { get; init; } = "";

        public string StartedOn { get; init; } = "";

        public string Pauses { get; init; } = "[]";

        public string? StoppedOn { get; init; }
    }

    internal sealed class CurrentProgrammeRow
    {
        public string Id { get; init; } = "";

        public string StartedOn { get; init; } = "";

        public string Pauses { get; init; } = "[]";
    }
}
