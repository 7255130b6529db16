using System.Text.Json;
using Unknot.App.Fields;

namespace Unknot.App.Exchange;

/// <summary>
/// Walks a JSON object read from a stream without holding the whole of it: each top-level field is handed over as
/// one small document, except the one long array named when walking, whose entries are handed over one at a time.
/// Memory stays that of the largest single entry, however long the array.
/// </summary>
internal static class JsonWalker
{
    /// <summary>The largest single field or entry.</summary>
    public const int MaxEntryBytes = 16 * 1024 * 1024;

    private static readonly JsonElement EmptyArray = JsonDocument.Parse("[]").RootElement.Clone();

    private enum Phase
    {
        Start,
        Fields,
        Entries,
        Done,
    }

    /// <summary>
    /// Calls <paramref name="field"/> for each top-level field, and <paramref name="entry"/> for each entry of
    /// <paramref name="streamed"/>, in file order. When <paramref name="streamed"/> is an array, <paramref name="field"/>
    /// gets it as an empty array and its entries go to <paramref name="entry"/>.
    /// Broken JSON is a <see cref="FieldException"/> naming the line and byte.
    /// </summary>
    public static void Walk(Stream stream, string streamed, Action<string, JsonElement> field, Action<int, JsonElement> entry)
    {
        var buffer = new byte[1 << 16];
        var length = 0;
        var final = false;
        var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        var phase = Phase.Start;
        var index = 0;
        while (true)
        {
            if (!final && length < buffer.Length)
            {
                var read = stream.Read(buffer, length, buffer.Length - length);
                length += read;
                final = read == 0;
                if (!final)
                {
                    continue;
                }
            }
            int consumed;
            try
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
                phase = Step(ref reader, phase, streamed, field, entry, ref index);
                consumed = (int)reader.BytesConsumed;
                state = reader.CurrentState;
            }
            catch (JsonException e)
            {
                throw new FieldException("(file)", $"not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
            }
            if (phase == Phase.Done)
            {
                return;
            }
            if (final)
            {
                throw new FieldException("(file)", "the file ends before its JSON does");
            }
            if (consumed == 0 && length == buffer.Length)
            {
                if (buffer.Length >= MaxEntryBytes)
                {
                    throw new FieldException(phase == Phase.Entries ? $"{streamed}[{index}]" : "(file)", $"an entry is larger than {MaxEntryBytes / (1024 * 1024)} MB");
                }
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
        }
    }

    /// <summary>Handles every complete unit in the buffer; stops before one that is cut off, leaving the reader there.</summary>
    private static Phase Step(ref Utf8JsonReader reader, Phase phase, string streamed, Action<string, JsonElement> field, Action<int, JsonElement> entry, ref int index)
    {
        while (true)
        {
            var mark = reader;
            switch (phase)
            {
                case Phase.Start:
                    if (!reader.Read())
                    {
                        return phase;
                    }
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new FieldException("(file)", "must be a JSON object, as 'unknot export' writes it");
                    }
                    phase = Phase.Fields;
                    break;
                case Phase.Fields:
                    if (!reader.Read())
                    {
                        reader = mark;
                        return phase;
                    }
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        // Nothing may follow but white space.
                        if (reader.Read())
                        {
                            throw new FieldException("(file)", "has more after the end of its JSON object");
                        }
                        return Phase.Done;
                    }
                    var name = reader.GetString()!;
                    if (!reader.Read())
                    {
                        reader = mark;
                        return phase;
                    }
                    if (name == streamed && reader.TokenType == JsonTokenType.StartArray)
                    {
                        // The field is there; its entries follow one by one.
                        field(name, EmptyArray);
                        phase = Phase.Entries;
                        break;
                    }
                    if (!Value(ref reader, out var value))
                    {
                        reader = mark;
                        return phase;
                    }
                    field(name, value);
                    break;
                case Phase.Entries:
                    if (!reader.Read())
                    {
                        reader = mark;
                        return phase;
                    }
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        phase = Phase.Fields;
                        break;
                    }
                    if (!Value(ref reader, out var item))
                    {
                        reader = mark;
                        return phase;
                    }
                    entry(index++, item);
                    break;
                default:
                    return phase;
            }
        }
    }

    /// <summary>The value starting at the reader's token, when all of it is in the buffer; the reader ends after it.</summary>
    private static bool Value(ref Utf8JsonReader reader, out JsonElement value)
    {
        var start = reader;
        if (!reader.TrySkip())
        {
            value = default;
            return false;
        }
        using var document = JsonDocument.ParseValue(ref start);
        value = document.RootElement.Clone();
        return true;
    }
}
