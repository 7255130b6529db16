using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Timelines;

namespace Unknot.Storage.Exchange;

/// <summary>Everything a user has, as written by <c>unknot export</c>; the format is described in docs/export-format.md.</summary>
public sealed record ExportDocument(
    string Format,
    int Version,
    DateTimeOffset ExportedAt,
    IEnumerable<SessionDocument> Sessions,
    IReadOnlyList<FileDocument> Routines,
    IReadOnlyList<FileDocument> Exercises,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<RoutineDocument>? SavedRoutines = null,
    IReadOnlyList<ImageDocument>? Images = null,
    IReadOnlyList<ReminderDocument>? Reminders = null,
    IReadOnlyList<ActiveDayDocument>? ActiveDays = null,
    IReadOnlyList<ProgrammeEnrolmentDocument>? Programmes = null)
{
    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "unknot-export";

    /// <summary>The version this program writes and the newest it reads.</summary>
    public const int CurrentVersion = 1;
}

/// <summary>One of the user's own YAML files.</summary>
public sealed record FileDocument(string File, string Yaml);

/// <summary>A break reminder: when, which time it came (0 the first), why, and what became of it.</summary>
public sealed record ReminderDocument(Guid Id, DateTimeOffset At, int Repeat, string Reason, Reminders.ReminderOutcome? Outcome);

/// <summary>Seconds of active time at the computer on one local day.</summary>
public sealed record ActiveDayDocument(DateOnly Day, int Seconds);

/// <summary>A programme the user followed: the programme as they started it, the local days it started and stopped, and its pauses.</summary>
/// <param name="Id">The enrolment's id: importing it again adds nothing.</param>
/// <param name="Programme">The programme whole, with its routines as they were when it started.</param>
/// <param name="StartedOn">The local day of its first week's first day.</param>
/// <param name="Pauses">Its pauses, oldest first; the last may still be open.</param>
/// <param name="StoppedOn">The local day it was stopped (its last day, which still counts); absent while it is current.</param>
public sealed record ProgrammeEnrolmentDocument(Guid Id, ProgrammeDocument Programme, DateOnly StartedOn, IReadOnlyList<ProgrammePauseDocument> Pauses, DateOnly? StoppedOn)
{
    /// <summary>The document of a stored programme.</summary>
    public static ProgrammeEnrolmentDocument From(Programmes.ProgrammeEnrolment e) =>
        new(e.Id, ProgrammeSnapshot.ToDocument(e.Programme), e.StartedOn, ProgrammeSnapshot.ToDocuments(e.Pauses), e.StoppedOn);
}

/// <summary>A picture named by one of the user's exercise files, kept beside it in <c>exercises/</c>.</summary>
/// <param name="File">Its plain file name.</param>
/// <param name="Data">Its bytes, in Base64.</param>
public sealed record ImageDocument(string File, string Data);

/// <summary>A session in the export.</summary>
public sealed record SessionDocument(
    Guid Id,
    RoutineDocument Routine,
    Level Level,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string TimeZone,
    bool Completed,
    int? PainBefore,
    int? PainAfter,
    string? Note,
    CheckpointDocument? Checkpoint,
    IReadOnlyList<SegmentDocument> Segments,
    SessionMeasurements? Measurements = null)
{
    /// <summary>The document of a stored session.</summary>
    public static SessionDocument From(SessionRecord s) => new(
        s.Id, RoutineSnapshot.ToDocument(s.Routine), s.Level, s.StartedAt, s.EndedAt, s.TimeZone, s.Completed,
        s.PainBefore?.Value, s.PainAfter?.Value, s.Note,
        s.Checkpoint is { } c ? new CheckpointDocument(c.SegmentIndex, c.SecondsInto) : null,
        s.Segments.Select(g => new SegmentDocument(g.Index, g.Kind, g.Exercise, g.Side, g.DurationSeconds, g.Outcome)).ToArray(),
        s.Measurements);
}

/// <summary>Where an unfinished session stopped.</summary>
public sealed record CheckpointDocument(int SegmentIndex, double SecondsInto);

/// <summary>One segment's outcome in the export.</summary>
public sealed record SegmentDocument(int Index, SegmentKind Kind, string Exercise, Side Side, int DurationSeconds, SegmentOutcome Outcome);
