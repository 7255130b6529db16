using System.Text;

namespace Unknot.Text;

/// <summary>Maps enum members to the kebab-case words users type and read (<c>FloorKneeling</c> ↔ <c>floor-kneeling</c>).</summary>
public static class Kebab
{
    /// <summary>The kebab-case word for an enum member.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Words<TEnum>.ByValue.TryGetValue(value, out var word) ? word : Build(value.ToString());

    /// <summary>Every word the enum accepts, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => Words<TEnum>.All;

    /// <summary>Parses a kebab-case word; accepts any letter case.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        if (text is not null && Words<TEnum>.ByWord.TryGetValue(text.Trim(), out value))
        {
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>What is wrong with <paramref name="text"/> as a word of <typeparamref name="TEnum"/>, with the word most likely meant.</summary>
    public static string OneOf<TEnum>(string? text) where TEnum : struct, Enum => OneOf(All<TEnum>(), text);

    /// <summary>What is wrong with <paramref name="text"/> as one of <paramref name="known"/>, with the word most likely meant.</summary>
    public static string OneOf(IReadOnlyList<string> known, string? text) =>
        $"must be one of {string.Join(", ", known)}, got '{text}'{(DidYouMean.Suggest(text ?? "", known) is { } hint ? $" — did you mean '{hint}'?" : "")}";

    private static string Build(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The words of one enum, worked out once: stored sessions and every request read them many times.</summary>
    private static class Words<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> All = Enum.GetValues<TEnum>().Select(v => Build(v.ToString())).ToArray();

        public static readonly Dictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, v => Build(v.ToString()));

        public static readonly Dictionary<string, TEnum> ByWord = Enum.GetValues<TEnum>()
            .GroupBy(v => Build(v.ToString()), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }
}
