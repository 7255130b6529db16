using System.Text.Json;
using System.Text.Json.Serialization;
using Unknot.Catalog;
using Unknot.Files;
using Unknot.Progress;
using Unknot.Text;

namespace Unknot.Storage.Exchange;

/// <summary>What an import did.</summary>
/// <param name="SessionsAdded">Sessions that were not stored yet.</param>
/// <param name="SessionsKnown">Sessions already stored (left as they were).</param>
/// <param name="FilesWritten">User files written.</param>
/// <param name="FilesKept">User files already present: identical ones skipped, different ones kept as they were.</param>
/// <param name="ProgrammesAdded">Programmes that were not stored yet.</param>
/// <param name="ProgrammesKnown">Programmes already stored (left as they were).</param>
/// <param name="ProgrammesStopped">Programmes current in the file that were added stopped, because the user already follows one.</param>
public sealed record ImportResult(int SessionsAdded, int SessionsKnown, int FilesWritten, IReadOnlyList<string> FilesKept,
    int ProgrammesAdded = 0, int ProgrammesKnown = 0, IReadOnlyList<StoppedProgramme>? ProgrammesStopped = null);

/// <summary>A programme current in an imported file, added as stopped because the user already follows another.</summary>
/// <param name="Id">The enrolment's id.</param>
/// <param name="Name">The programme's name.</param>
/// <param name="StoppedOn">The local day it was stopped on: the day after the file was exported.</param>
public sealed record StoppedProgramme(Guid Id, string Name, DateOnly StoppedOn);

/// <summary>What an export wrote.</summary>
/// <param name="Sessions">Sessions written.</param>
/// <param name="Routines">Routine files written.</param>
/// <param name="Exercises">Exercise files written.</param>
/// <param name="Settings">Settings written.</param>
/// <param name="Programmes">Programmes followed, current and past, written.</param>
public sealed record ExportSummary(int Sessions, int Routines, int Exercises, int Settings, int Programmes)
{
    /// <summary>"3 sessions, 1 routine, 0 exercises, 4 settings and 1 programme".</summary>
    public override string ToString() =>
        $"{Counted.Of(Sessions, "session")}, {Counted.Of(Routines, "routine")}, {Counted.Of(Exercises, "exercise")}, " +
        $"{Counted.Of(Settings, "setting")} and {Counted.Of(Programmes, "programme")}";
}
