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
public sealed record ImportResult(int SessionsAdded, int SessionsKnown, int FilesWritten, IReadOnlyList<string> FilesKept);

/// <summary>What an export wrote.</summary>
/// <param name="Sessions">Sessions written.</param>
/// <param name="Routines">Routine files written.</param>
/// <param name="Exercises">Exercise files written.</param>
/// <param name="Settings">Settings written.</param>
public sealed record ExportSummary(int Sessions, int Routines, int Exercises, int Settings)
{
    /// <summary>"3 sessions, 1 routine, 0 exercises and 4 settings".</summary>
    public override string ToString() =>
        $"{Counted.Of(Sessions, "session")}, {Counted.Of(Routines, "routine")}, {Counted.Of(Exercises, "exercise")} and {Counted.Of(Settings, "setting")}";
}
