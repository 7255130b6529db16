namespace Unknot.Text;

/// <summary>Finds the known word a user most likely meant when they mistyped one.</summary>
public static class DidYouMean
{
    /// <summary>
    /// The closest candidate, or null when nothing is close. A typed word may also be a mistyped
    /// beginning of a longer id (<c>latteral-neck</c> for <c>lateral-neck-stretch</c>), so each
    /// candidate is compared whole and by its prefix of the typed length.
    /// </summary>
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        var needle = typed.Trim().ToLowerInvariant();
        if (needle.Length == 0)
        {
            return null;
        }
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var hay = candidate.ToLowerInvariant();
            var whole = Distance(needle, hay);
            var prefix = hay.Length > needle.Length ? Distance(needle, hay[..needle.Length]) + 1 : whole;
            var distance = Math.Min(whole, prefix);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        var allowed = Math.Max(2, needle.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
