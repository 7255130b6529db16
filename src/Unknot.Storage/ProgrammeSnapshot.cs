using System.Globalization;
using System.Text.Json;
using Unknot.Dosing;
using Unknot.Programmes;
using Unknot.Reminders;

namespace Unknot.Storage;

/// <summary>
/// A programme as a person started it, kept whole as JSON (with its routines) so later edits of its file or of a
/// routine do not rewrite their weeks; the same shape goes into the export.
/// </summary>
public static class ProgrammeSnapshot
{
    /// <summary>The programme as a JSON object.</summary>
    public static ProgrammeDocument ToDocument(Programme p) => new(
        p.Id, p.Name, p.Description, p.Weeks,
        p.Sessions.Select(s => new ProgrammeSessionDocument(RoutineSnapshot.ToDocument(s.Routine), ReminderValues.Show(s.Days), s.When)).ToArray(),
        new ProgrammeDoseDocument(p.Start.Level, p.Start.Sets, p.Start.Days),
        p.Steps, p.EasierWeeks.Order().ToArray(), p.DoneShare, p.Missed, p.Basis, p.Source, p.File);

    /// <summary>
    /// The programme back from its JSON object; a <see cref="JsonException"/> naming the field when a value is out of
    /// the bounds every programme keeps (a hand edit, a damaged row or a newer Unknot's words).
    /// </summary>
    public static Programme FromDocument(ProgrammeDocument d)
    {
        var problem = (string message) => new JsonException($"programme '{d.Id}': {message}");
        if (string.IsNullOrWhiteSpace(d.Id) || string.IsNullOrWhiteSpace(d.Name))
        {
            throw problem("it has no id or no name");
        }
        if (d.Weeks is < 1 or > Programme.MaxWeeks)
        {
            throw problem($"weeks must be from 1 to {Programme.MaxWeeks}, got {d.Weeks}");
        }
        if (d.Sessions is not { Count: > 0 })
        {
            throw problem("it has no sessions");
        }
        var sessions = d.Sessions.Select(s => new ProgrammeSession(
            RoutineSnapshot.FromDocument(s?.Routine ?? throw problem("a session has no routine")) with { Origin = Routines.RoutineOrigin.Planned },
            ReminderValues.Days(s.Days ?? "") ?? throw problem($"days must be {ReminderValues.DaysExpected}, got '{s.Days}'"),
            s.When ?? "")).ToArray();
        var most = sessions.Max(s => s.Days.Count);
        if (d.Start is null || !Enum.IsDefined(d.Start.Level) || d.Start.Sets is < 1 or > ProgrammeDose.MaxSets || d.Start.Days < 1 || d.Start.Days > most)
        {
            throw problem($"start must be a level, sets from 1 to {ProgrammeDose.MaxSets} and days from 1 to {most}");
        }
        if (sessions.SelectMany(s => s.Routine.Items).Any(i => i.Level is { } level && !Enum.IsDefined(level)))
        {
            throw problem("a routine item's level is not one of gentle, standard, deep");
        }
        var steps = d.Steps ?? [];
        if (Programme.StepsProblem(d.Weeks, steps.Count) is { } tooMany)
        {
            throw problem($"steps: {tooMany}");
        }
        if (steps.Any(s => !Enum.IsDefined(s)))
        {
            throw problem("steps must each be one of level, sets, days");
        }
        if (d.DoneShare is not (> 0 and <= 1))
        {
            throw problem($"doneShare must be more than 0 and at most 1, got {d.DoneShare.ToString(CultureInfo.InvariantCulture)}");
        }
        if (!Enum.IsDefined(d.Missed) || !Enum.IsDefined(d.Source))
        {
            throw problem("missed or source is not a word Unknot knows");
        }
        return new Programme(d.Id, d.Name, d.Description ?? "", d.Weeks, sessions, new ProgrammeDose(d.Start.Level, d.Start.Sets, d.Start.Days),
            steps, (d.EasierWeeks ?? []).Where(w => w >= 2 && w <= d.Weeks).ToHashSet(), d.DoneShare, d.Missed, d.Basis ?? "", d.Source,
            d.Source == ProgrammeSource.File ? d.File : null);
    }

    /// <summary>
    /// What is wrong with the days of a programme a person followed, as the field that holds it (<c>stoppedOn</c>,
    /// <c>pauses[1].until</c>) and what would be right; null when nothing is. These are the rules every enrolment keeps:
    /// it stops no earlier than it started; each pause starts on or after its first day and ends no earlier than it
    /// began; only the last pause may still be open, and none once it is stopped.
    /// </summary>
    public static (string Field, string Message)? DaysProblem(DateOnly startedOn, IReadOnlyList<ProgrammePause> pauses, DateOnly? stoppedOn)
    {
        if (stoppedOn is { } stopped && stopped < startedOn)
        {
            return ("stoppedOn", $"must not be before startedOn ({Show(startedOn)}), got {Show(stopped)}");
        }
        for (var i = 0; i < pauses.Count; i++)
        {
            var pause = pauses[i];
            if (pause.From < startedOn)
            {
                return ($"pauses[{i}].from", $"must not be before startedOn ({Show(startedOn)}), got {Show(pause.From)}");
            }
            if (pause.Until is { } until && until < pause.From)
            {
                return ($"pauses[{i}].until", $"must not be before from ({Show(pause.From)}), got {Show(until)}");
            }
            if (pause.Until is null && i < pauses.Count - 1)
            {
                return ($"pauses[{i}].until", "is required: only the last pause may still be open");
            }
            if (pause.Until is null && stoppedOn is not null)
            {
                return ($"pauses[{i}].until", "is required: a stopped programme has no open pause");
            }
        }
        return null;
    }

    /// <summary>A local day as stored and exported: 2026-11-23.</summary>
    public static string Show(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Serializes a programme.</summary>
    public static string Serialize(Programme programme) => JsonSerializer.Serialize(ToDocument(programme), StorageJson.Compact.Info<ProgrammeDocument>());

    /// <summary>Deserializes a programme written by <see cref="Serialize"/>.</summary>
    public static Programme Deserialize(string json) =>
        FromDocument(JsonSerializer.Deserialize(json, StorageJson.Compact.Info<ProgrammeDocument>()) ?? throw new JsonException("the programme is null"));

    /// <summary>The pauses as JSON.</summary>
    public static string SerializePauses(IReadOnlyList<ProgrammePause> pauses) =>
        JsonSerializer.Serialize(ToDocuments(pauses), StorageJson.Compact.Info<ProgrammePauseDocument[]>());

    /// <summary>The pauses back from JSON, in the order they were kept (oldest first).</summary>
    public static IReadOnlyList<ProgrammePause> DeserializePauses(string json) =>
        FromDocuments(JsonSerializer.Deserialize(json, StorageJson.Compact.Info<ProgrammePauseDocument[]>()) ?? throw new JsonException("the pauses are null"));

    /// <summary>The pauses as JSON objects.</summary>
    public static ProgrammePauseDocument[] ToDocuments(IReadOnlyList<ProgrammePause> pauses) =>
        pauses.Select(p => new ProgrammePauseDocument(p.From, p.Until)).ToArray();

    /// <summary>
    /// The pauses back from their JSON objects, in the order given: a pause made after a move to a zone behind may
    /// start a day before the one it follows, and sorting them would take the open one from its place at the end.
    /// </summary>
    public static IReadOnlyList<ProgrammePause> FromDocuments(IEnumerable<ProgrammePauseDocument?> pauses) =>
        pauses.Select(p => p is null ? throw new JsonException("a pause is null") : new ProgrammePause(p.From, p.Until)).ToArray();
}

/// <summary>A programme as stored and exported.</summary>
public sealed record ProgrammeDocument(
    string Id,
    string Name,
    string? Description,
    int Weeks,
    IReadOnlyList<ProgrammeSessionDocument> Sessions,
    ProgrammeDoseDocument Start,
    IReadOnlyList<ProgrammeStep>? Steps,
    IReadOnlyList<int>? EasierWeeks,
    double DoneShare,
    MissedSessions Missed,
    string? Basis,
    ProgrammeSource Source,
    string? File = null);

/// <summary>One kind of session of a stored programme: its routine, its days as written (<c>mon-fri</c>) and when in the day.</summary>
public sealed record ProgrammeSessionDocument(RoutineDocument Routine, string Days, string? When);

/// <summary>A stored programme's first dose.</summary>
public sealed record ProgrammeDoseDocument(Level Level, int Sets, int Days);

/// <summary>A pause as stored and exported: its first local day and the day it ended (not included), null while open.</summary>
public sealed record ProgrammePauseDocument(DateOnly From, DateOnly? Until);
