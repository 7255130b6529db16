using System.Text.Json;
using System.Text.Json.Serialization;
using Unknot.Storage.Exchange;
using Unknot.Text;

namespace Unknot.Storage;

/// <summary>
/// The JSON shapes Storage writes and reads (the export, stored routines, a pending import's files), generated
/// at build time; the settings are Unknot's one configuration (<see cref="UnknotJson"/>), applied by <see cref="Indented"/> and <see cref="Compact"/>.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ExportDocument))]
[JsonSerializable(typeof(RoutineDocument))]
[JsonSerializable(typeof(ProgrammeDocument))]
[JsonSerializable(typeof(ProgrammePauseDocument[]))]
[JsonSerializable(typeof(ImportResult))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Unknot.Progress.SessionMeasurements))]
public sealed partial class StorageJson : JsonSerializerContext
{
    private static JsonSerializerOptions? _indented, _compact;

    /// <summary>Unknot's configuration over these shapes, indented (exports).</summary>
    public static JsonSerializerOptions Indented => _indented ??= UnknotJson.For(Default);

    /// <summary>The same without indentation (values stored in the database).</summary>
    public static JsonSerializerOptions Compact => _compact ??= UnknotJson.For(Default, indented: false);
}
