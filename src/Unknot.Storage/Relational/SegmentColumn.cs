using System.Buffers;
using System.Text.Json;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Storage.Relational;

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
    public static IReadOnlyList<SegmentRecord> Read(string text) => Recent.Get(text);

    // Sessions played to the end from the same routine have the same text.
    private static readonly RecentlyParsed<SegmentRecord[]> Recent = new(Parse);

    private static SegmentRecord[] Parse(string text)
    {
        try
        {
            // Read token by token: a history page reads dozens of these per request.
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
            var segments = new List<SegmentRecord>(32);
            Next(ref reader, JsonTokenType.StartArray);
            while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                var index = Number(ref reader);
                var kind = Word<SegmentKind>(ref reader);
                var exercise = Text(ref reader);
                var side = Word<Side>(ref reader);
                var seconds = Number(ref reader);
                var outcome = Word<SegmentOutcome>(ref reader);
                Next(ref reader, JsonTokenType.EndArray);
                segments.Add(new SegmentRecord(index, kind, exercise, side, seconds, outcome));
            }
            return reader.TokenType == JsonTokenType.EndArray ? segments.ToArray() : throw new FormatException("the list does not end where it should");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new StoreException($"a session's segments in the database are not readable ({e.Message})", e);
        }
    }

    private static void Next(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read() || reader.TokenType != expected)
        {
            throw new FormatException($"expected {expected}, found {reader.TokenType}");
        }
    }

    private static int Number(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.Number);
        return reader.GetInt32();
    }

    private static string Text(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static T Word<T>(ref Utf8JsonReader reader) where T : struct, Enum
    {
        var text = Text(ref reader);
        return Kebab.TryParse<T>(text, out var value) ? value : throw new FormatException($"unexpected value '{text}' for {typeof(T).Name}");
    }
}
