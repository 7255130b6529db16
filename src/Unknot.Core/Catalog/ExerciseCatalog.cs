using Unknot.Text;

namespace Unknot.Catalog;

/// <summary>All exercises known to Unknot: the built-ins, overridden or extended by the user's own files.</summary>
public sealed class ExerciseCatalog
{
    private readonly Dictionary<string, Exercise> _byId;

    /// <summary>Creates a catalog; a later exercise with the same id replaces an earlier one.</summary>
    public ExerciseCatalog(IEnumerable<Exercise> exercises)
    {
        _byId = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var exercise in exercises)
        {
            if (!_byId.ContainsKey(exercise.Id.Value))
            {
                order.Add(exercise.Id.Value);
            }
            _byId[exercise.Id.Value] = exercise;
        }
        All = order.Select(id => _byId[id]).ToArray();
    }

    /// <summary>Every exercise, built-ins first in their shipped order, then the user's.</summary>
    public IReadOnlyList<Exercise> All { get; }

    /// <summary>The exercise with this id or one of its aliases, or null (also for no id at all).</summary>
    public Exercise? Find(string? idOrAlias)
    {
        if (string.IsNullOrEmpty(idOrAlias))
        {
            return null;
        }
        if (_byId.TryGetValue(idOrAlias, out var exercise))
        {
            return exercise;
        }
        return All.FirstOrDefault(e => e.Aliases.Any(a => string.Equals(a, idOrAlias, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The id the user most likely meant, or null when none is close.</summary>
    public string? Suggest(string typed) => DidYouMean.Suggest(typed, All.Select(e => e.Id.Value));
}
