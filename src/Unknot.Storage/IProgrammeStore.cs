using Unknot.Programmes;

namespace Unknot.Storage;

/// <summary>The programmes one user has followed: the current one and the history of past ones.</summary>
public interface IProgrammeStore
{
    /// <summary>
    /// Every programme the user started, newest first (the current one, if any, first). A row that cannot be read is
    /// left out (and listed by <see cref="UnreadableProgrammes"/>), so one damaged row never breaks the others.
    /// </summary>
    IReadOnlyList<ProgrammeEnrolment> Programmes();

    /// <summary>The user's programmes that are stored but cannot be read back, and why.</summary>
    IReadOnlyList<UnreadableProgramme> UnreadableProgrammes();

    /// <summary>Inserts or replaces one of the user's programmes, whole.</summary>
    void SaveProgramme(ProgrammeEnrolment enrolment);

    /// <summary>
    /// Writes the pauses and stop day of <paramref name="changed"/> over the stored programme while it is still current;
    /// false, with nothing written, when it was stopped meanwhile (another start switched it), so a pause or a stop
    /// never brings a switched programme back.
    /// </summary>
    bool ChangeCurrentProgramme(ProgrammeEnrolment changed);

    /// <summary>
    /// Starts <paramref name="started"/> and stops every other current programme of the user on its start day (or on
    /// that programme's own first day, when it began later), closing an open pause as stopping does, in one transaction,
    /// so a user never has two current programmes. Programmes already stopped are left as they were.
    /// </summary>
    void StartProgramme(ProgrammeEnrolment started);
}

/// <summary>A stored programme that could not be read back, and why.</summary>
public sealed record UnreadableProgramme(string Id, string Reason);
