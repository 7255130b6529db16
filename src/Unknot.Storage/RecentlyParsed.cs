using System.Collections.Concurrent;

namespace Unknot.Storage;

/// <summary>
/// The values last parsed from stored text, by that text. Stored sessions repeat themselves (the same routine
/// played to the end gives the same routine and segment columns), so a page of history parses each text once.
/// The values must be immutable; the memory is bounded by forgetting everything when it is full.
/// </summary>
internal sealed class RecentlyParsed<T>(Func<string, T> parse, int limit = 256)
{
    private readonly ConcurrentDictionary<string, T> _values = new(StringComparer.Ordinal);

    /// <summary>The value of <paramref name="text"/>, parsed now or earlier.</summary>
    public T Get(string text)
    {
        if (_values.TryGetValue(text, out var known))
        {
            return known;
        }
        var value = parse(text);
        if (_values.Count >= limit)
        {
            _values.Clear();
        }
        _values[text] = value;
        return value;
    }
}
