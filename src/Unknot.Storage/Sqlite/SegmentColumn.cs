using System.Buffers;
using System.Text.Json;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Storage.Sqlite;

/// <summary>
/// A session's segments as its row keeps them: a JSON array of <c>[index, kind, exercise, side, seconds, outcome]</c>,
/// for instance <c>[[0,"prepare","chest-stretch","none",5,"done"]]</c>.
/// </summary>
internal static class SegmentColumn
{
    /// <summary>The column text of <paramref name="segments"/>.</summary>
    public static string Write(IReadOnlyList<SegmentRecord> segments)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + segments.Count * 48);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var g in segments)
            {
                json.WriteStartArray();
                json.WriteNumberValue(g.Index);
                json.WriteStringValue(Kebab.Of(g.Kind));
                json.WriteStringValue(g.Exercise);
                json.WriteStringValue(Kebab.Of(g.Side));
                json.WriteNumberValue(g.DurationSeconds);
                json.WriteStringValue(Kebab.Of(g.Outcome));
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The segments in the column text; a value that is not what <see cref="Write"/> writes is a <see cref="StoreException"/>.</summary>
    public static IReadOnlyList<SegmentRecord> Read(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var segments = new SegmentRecord[document.RootElement.GetArrayLength()];
            var i = 0;
            foreach (var row in document.RootElement.EnumerateArray())
            {
                segments[i++] = new SegmentRecord(row[0].GetInt32(), Word<SegmentKind>(row[1]), row[2].GetString()!, Word<Side>(row[3]),
                    row[4].GetInt32(), Word<SegmentOutcome>(row[5]));
            }
            return segments;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            throw new StoreException($"a session's segments in the database are not readable ({e.Message})", e);
        }
    }

    private static T Word<T>(JsonElement element) where T : struct, Enum =>
        Kebab.TryParse<T>(element.GetString()!, out var value) ? value : throw new StoreException($"unexpected value '{element.GetString()}' for {typeof(T).Name} in the database");
}
