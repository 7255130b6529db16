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
        p.Steps, p.EasierWeeks.Order().ToArray(), p.DoneShare, p.Missed, p.Basis, p.Source);

    /// <summary>
    /// The programme back from its JSON object; a <see cref="JsonException"/> naming the field when a value is out of
    /// the bounds every programme keeps (a hand edit or a damaged file).
    /// </summary>
    public static Programme FromDocument(ProgrammeDocument d)
    {
        if (d.Weeks is < 1 or > Programme.MaxWeeks || d.Sessions is not { Count: > 0 } || d.Start is null
            || d.Start.Sets is < 1 or > ProgrammeDose.MaxSets || d.Start.Days is < 1 or > 7
            || (d.Steps?.Count ?? 0) > d.Weeks || d.DoneShare is <= 0 or > 1 || string.IsNullOrWhiteSpace(d.Id) || string.IsNullOrWhiteSpace(d.Name))
        {
            throw new JsonException($"programme '{d.Id}': a value is out of bounds (weeks 1–{Programme.MaxWeeks}, at least one session, sets 1–{ProgrammeDose.MaxSets}, days 1–7, share 0–1)");
        }
        var sessions = d.Sessions.Select(s => new ProgrammeSession(
            RoutineSnapshot.FromDocument(s.Routine ?? throw new JsonException($"programme '{d.Id}': a session has no routine")) with { Origin = Routines.RoutineOrigin.Planned },
            ReminderValues.Days(s.Days ?? "") ?? throw new JsonException($"programme '{d.Id}': days must be {ReminderValues.DaysExpected}, got '{s.Days}'"),
            s.When ?? "")).ToArray();
        return new Programme(d.Id, d.Name, d.Description ?? "", d.Weeks, sessions, new ProgrammeDose(d.Start.Level, d.Start.Sets, d.Start.Days),
            d.Steps ?? [], (d.EasierWeeks ?? []).Where(w => w >= 2 && w <= d.Weeks).ToHashSet(), d.DoneShare, d.Missed, d.Basis ?? "", d.Source);
    }

    /// <summary>Serializes a programme.</summary>
    public static string Serialize(Programme programme) => JsonSerializer.Serialize(ToDocument(programme), StorageJson.Compact.Info<ProgrammeDocument>());

    /// <summary>Deserializes a programme written by <see cref="Serialize"/>.</summary>
    public static Programme Deserialize(string json) =>
        FromDocument(JsonSerializer.Deserialize(json, StorageJson.Compact.Info<ProgrammeDocument>()) ?? throw new JsonException("empty programme"));

    /// <summary>The pauses as JSON.</summary>
    public static string SerializePauses(IReadOnlyList<ProgrammePause> pauses) =>
        JsonSerializer.Serialize(pauses.Select(p => new ProgrammePauseDocument(p.From, p.Until)).ToArray(), StorageJson.Compact.Info<ProgrammePauseDocument[]>());

    /// <summary>The pauses back from JSON, oldest first.</summary>
    public static IReadOnlyList<ProgrammePause> DeserializePauses(string json) =>
        (JsonSerializer.Deserialize(json, StorageJson.Compact.Info<ProgrammePauseDocument[]>()) ?? [])
        .Select(p => new ProgrammePause(p.From, p.Until)).OrderBy(p => p.From).ToArray();
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
    ProgrammeSource Source);

/// <summary>One kind of session of a stored programme: its routine, its days as written (<c>mon-fri</c>) and when in the day.</summary>
public sealed record ProgrammeSessionDocument(RoutineDocument Routine, string Days, string? When);

/// <summary>A stored programme's first dose.</summary>
public sealed record ProgrammeDoseDocument(Level Level, int Sets, int Days);

/// <summary>A pause as stored and exported: its first local day and the day it ended (not included), null while open.</summary>
public sealed record ProgrammePauseDocument(DateOnly From, DateOnly? Until);
