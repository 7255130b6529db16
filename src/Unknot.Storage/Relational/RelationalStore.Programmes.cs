using Unknot.Programmes;

namespace Unknot.Storage.Relational;

/// <summary>The programmes facet: the programmes a user started, current and past.</summary>
public abstract partial class RelationalStore
{
    /// <inheritdoc />
    public IReadOnlyList<ProgrammeEnrolment> Programmes() => Salvaged(() =>
        Connection.Query<ProgrammeRow>(StoreSql.Programmes, new { UserId })
            .Select(r => new ProgrammeEnrolment(Guid.Parse(r.Id), ProgrammeSnapshot.Deserialize(r.ProgrammeJson), Day(r.StartedOn),
                ProgrammeSnapshot.DeserializePauses(r.Pauses), r.StoppedOn is { } stopped ? Day(stopped) : null))
            .OrderBy(e => e.IsCurrent ? 0 : 1)
            .ToArray(), [], "programmes");

    /// <inheritdoc />
    public void SaveProgramme(ProgrammeEnrolment enrolment) => Connection.Execute(StoreSql.SaveProgramme, RowOf(enrolment));

    /// <inheritdoc />
    public void StartProgramme(ProgrammeEnrolment started)
    {
        using var transaction = Connection.BeginTransaction();
        LockUser(UserId, transaction);
        Connection.Execute(StoreSql.StopOtherProgrammes, new { UserId, Id = started.Id.ToString(), StoppedOn = Show(started.StartedOn) }, transaction);
        Connection.Execute(StoreSql.SaveProgramme, RowOf(started), transaction);
        transaction.Commit();
    }

    private ProgrammeWriteRow RowOf(ProgrammeEnrolment e) => new()
    {
        UserId = UserId, Id = e.Id.ToString(), ProgrammeJson = ProgrammeSnapshot.Serialize(e.Programme), StartedOn = Show(e.StartedOn),
        Pauses = ProgrammeSnapshot.SerializePauses(e.Pauses), StoppedOn = e.StoppedOn is { } stopped ? Show(stopped) : null,
    };

    private static string Show(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
}
