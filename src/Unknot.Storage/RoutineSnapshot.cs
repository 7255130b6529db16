using System.Text.Json;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Text;

namespace Unknot.Storage;

/// <summary>The routine as played, stored with its session as JSON so later edits of the routine do not rewrite history.</summary>
public static class RoutineSnapshot
{

    /// <summary>The routine as a JSON object.</summary>
    public static RoutineDocument ToDocument(Routine routine) => new(
        routine.Id, routine.Name, routine.Description,
        routine.Items.Select(i => new RoutineItemDocument(i.Exercise.Value, i.Level, i.RestAfterSeconds == 0 ? null : i.RestAfterSeconds)).ToArray());

    /// <summary>The routine back from its JSON object.</summary>
    public static Routine FromDocument(RoutineDocument document) => new(
        document.Id, document.Name, document.Description ?? "",
        document.Items.Select(i => new RoutineItem(new ExerciseId(i.Exercise), i.Level, i.RestAfter ?? 0)).ToArray(),
        RoutineOrigin.History);

    /// <summary>Serializes a routine.</summary>
    public static string Serialize(Routine routine) => JsonSerializer.Serialize(ToDocument(routine), StorageJson.Compact.Info<RoutineDocument>());

    /// <summary>
    /// Deserializes a routine written by <see cref="Serialize"/>. Most sessions were played from one of a few
    /// routines, so the last ones read are kept (a routine is immutable) and a history page parses each once.
    /// </summary>
    public static Routine Deserialize(string json) => Recent.Get(json);

    private static readonly RecentlyParsed<Routine> Recent = new(json =>
        FromDocument(JsonSerializer.Deserialize(json, StorageJson.Compact.Info<RoutineDocument>()) ?? throw new JsonException("empty routine")));
}

/// <summary>A routine as stored and exported.</summary>
public sealed record RoutineDocument(string Id, string Name, string? Description, IReadOnlyList<RoutineItemDocument> Items);

/// <summary>A routine item as stored and exported.</summary>
public sealed record RoutineItemDocument(string Exercise, Level? Level, int? RestAfter);
