using Unknot.Programmes;
using Unknot.Progress;

namespace Unknot.Storage;

/// <summary>An export read back all or nothing, and the files that come with it.</summary>
public interface IImportStore
{
    /// <summary>
    /// Adds sessions whose ids are not stored yet and sets the settings, all in one transaction: either
    /// everything is written or nothing. <paramref name="files"/>, when given,
    /// is recorded in the same transaction as an import whose files still have to be moved into place.
    /// <paramref name="stored"/> are files kept in the database (where <see cref="HoldsFiles"/>); one the user has
    /// already under that name is left as it is. A programme whose id the user has already is left as it is; a current
    /// one, when the user already follows another, is added as <see cref="ImportedProgramme.WhenAnotherIsCurrent"/>, so
    /// no user ends up with two current programmes.
    /// </summary>
    StoredImport Import(IEnumerable<SessionRecord> sessions, IReadOnlyDictionary<string, string> settings, IReadOnlyList<Routines.Routine>? routines = null,
        PendingImport? files = null, IReadOnlyList<ReminderRecord>? reminders = null, IReadOnlyList<ActiveDay>? activeDays = null,
        IReadOnlyList<StoredFile>? stored = null, IReadOnlyList<ImportedProgramme>? programmes = null);


    /// <summary>True when the user's own exercise files and pictures live in the database (hosted mode), not in a home folder.</summary>
    bool HoldsFiles { get; }


    /// <summary>The user's files kept in the database, by folder and name (none where <see cref="HoldsFiles"/> is false).</summary>
    IReadOnlyList<StoredFile> Files();


    /// <summary>Imports committed in the database whose files may not all be in place yet.</summary>
    IReadOnlyList<PendingImport> PendingImports();


    /// <summary>Forgets a pending import once its files are in place.</summary>
    void ImportFinished(Guid id);

}

/// <summary>A programme read from an export, and how it is kept when the user already follows another.</summary>
/// <param name="Enrolment">The programme as the file has it.</param>
/// <param name="WhenAnotherIsCurrent">
/// What is kept instead when <paramref name="Enrolment"/> is current and the user already follows another programme:
/// the same programme stopped (the importer says on which day). For a programme already stopped, the same as <paramref name="Enrolment"/>.
/// </param>
public sealed record ImportedProgramme(ProgrammeEnrolment Enrolment, ProgrammeEnrolment WhenAnotherIsCurrent);

/// <summary>What the store wrote of an import.</summary>
/// <param name="SessionsAdded">Sessions that were not stored yet.</param>
/// <param name="ProgrammesAdded">Programmes that were not stored yet.</param>
/// <param name="ProgrammesStopped">Of those, the ones current in the file that were kept stopped, as they were kept.</param>
public sealed record StoredImport(int SessionsAdded, int ProgrammesAdded, IReadOnlyList<ProgrammeEnrolment> ProgrammesStopped);
