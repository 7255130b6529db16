using Unknot.Programmes;

namespace Unknot.Storage;

/// <summary>The programmes one user has followed: the current one and the history of past ones.</summary>
public interface IProgrammeStore
{
    /// <summary>Every programme the user started, newest first (the current one, if any, first).</summary>
    IReadOnlyList<ProgrammeEnrolment> Programmes();

    /// <summary>Inserts or replaces one of the user's programmes, whole.</summary>
    void SaveProgramme(ProgrammeEnrolment enrolment);

    /// <summary>
    /// Starts <paramref name="started"/> and stops every other current programme of the user on its start day, in one
    /// transaction, so a user never has two current programmes.
    /// </summary>
    void StartProgramme(ProgrammeEnrolment started);
}
