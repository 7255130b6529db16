using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Unknot.Text;

/// <summary>
/// The one JSON configuration of Unknot, used by <c>--json</c>, <c>/api</c>, the export and the player's setup:
/// camelCase names, enums as kebab-case words, absent values left out, instants in UTC ending in <c>Z</c>, and
/// non-ASCII text written as itself (only characters that matter to HTML are escaped, so it is safe in a page).
/// </summary>
public static class UnknotJson
{
    private static JsonSerializerOptions? _options, _compact;

    /// <summary>The options, indented, reading any type by reflection (the web app's own objects; not for compiled-ahead code).</summary>
    public static JsonSerializerOptions Options
    {
        [RequiresUnreferencedCode("Reads types by reflection; use For(resolver) with a source-generated context instead.")]
        [RequiresDynamicCode("Reads types by reflection; use For(resolver) with a source-generated context instead.")]
        get => _options ??= Create(indented: true);
    }

    /// <summary>The same options without indentation, for the network.</summary>
    public static JsonSerializerOptions Compact
    {
        [RequiresUnreferencedCode("Reads types by reflection; use For(resolver) with a source-generated context instead.")]
        [RequiresDynamicCode("Reads types by reflection; use For(resolver) with a source-generated context instead.")]
        get => _compact ??= Create(indented: false);
    }

    /// <summary>
    /// The same configuration over a source-generated <paramref name="resolver"/> (a <c>JsonSerializerContext</c>):
    /// no reflection, so it works in code compiled ahead of time.
    /// </summary>
    public static JsonSerializerOptions For(IJsonTypeInfoResolver resolver, bool indented = true)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented, TypeInfoResolver = resolver };
        Configure(options);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The metadata of <typeparamref name="T"/> in <paramref name="options"/> made by <see cref="For"/>.</summary>
    public static JsonTypeInfo<T> Info<T>(this JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>Applies the configuration to <paramref name="options"/> (for ASP.NET Core's own instance).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        // One converter per enum (not the reflective factory), so that it works compiled ahead of time too.
        foreach (var words in new JsonConverter[]
        {
            Words<Catalog.Equipment>(), Words<Catalog.ExerciseContext>(), Words<Catalog.ExerciseKind>(), Words<Planning.Goal>(),
            Words<Dosing.Level>(), Words<Planning.Place>(), Words<Catalog.Position>(), Words<Routines.RoutineSource>(),
            Words<Timelines.SegmentKind>(), Words<Sessions.SegmentOutcome>(), Words<Sessions.SessionState>(), Words<Timelines.Side>(),
            Words<Catalog.Target>(), Words<Figures.Viewpoint>(), Words<Figures.Prop>(), Words<Figures.Stance>(), Words<Figures.Shape>(),
            Words<Figures.Tone>(), Words<Reminders.ReminderOutcome>(), Words<Reminders.ActivityState>(), Words<Progress.SessionStatus>(),
            Words<Programmes.ProgrammeStep>(), Words<Programmes.MissedSessions>(), Words<Programmes.ProgrammeSource>(),
        })
        {
            options.Converters.Add(words);
        }
        options.Converters.Add(new UtcInstantConverter());
        options.Converters.Add(new NullableUtcInstantConverter());
    }

    /// <summary>An instant as Unknot writes it: UTC, whole seconds unless there are milliseconds, ending in Z.</summary>
    public static string Instant(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.ToString(utc.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    private static JsonStringEnumConverter<T> Words<T>() where T : struct, Enum => new(JsonNamingPolicy.KebabCaseLower);

    [RequiresUnreferencedCode("Reads types by reflection.")]
    [RequiresDynamicCode("Reads types by reflection.")]
    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented };
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Instant(value));
    }

    private sealed class NullableUtcInstantConverter : JsonConverter<DateTimeOffset?>
    {
        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null
                : DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value is { } instant)
            {
                writer.WriteStringValue(Instant(instant));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
