using Unknot.Catalog;
using Unknot.Routines;
using Unknot.Text;

namespace Unknot.Programmes;

/// <summary>What loading the programmes gave: those that loaded and the problems with those that did not.</summary>
public sealed record ProgrammeLoad(ProgrammeSet Programmes, IReadOnlyList<LoadProblem> Problems);

/// <summary>The built-in programmes and the user's own files, by id; a file with a built-in's id replaces it.</summary>
public sealed class ProgrammeSet
{
    private readonly Dictionary<string, Programme> _byId = new(StringComparer.Ordinal);

    /// <summary>Creates a set; a later programme with the same id replaces an earlier one in its place.</summary>
    public ProgrammeSet(IEnumerable<Programme> programmes)
    {
        var order = new List<string>();
        foreach (var programme in programmes)
        {
            if (_byId.TryAdd(programme.Id, programme))
            {
                order.Add(programme.Id);
            }
            _byId[programme.Id] = programme;
        }
        All = order.Select(id => _byId[id]).ToArray();
    }

    /// <summary>Every programme, built-ins first.</summary>
    public IReadOnlyList<Programme> All { get; }

    /// <summary>The programme with this id, or null.</summary>
    public Programme? Find(string? id) => string.IsNullOrEmpty(id) ? null : _byId.GetValueOrDefault(id);

    /// <summary>The id the user most likely meant, or null when none is close.</summary>
    public string? Suggest(string typed) => DidYouMean.Suggest(typed, All.Select(p => p.Id));

    /// <summary>Loads the built-in programmes and, when <paramref name="home"/> is given, its <c>programs/</c> folder.</summary>
    public static ProgrammeLoad Load(ExerciseCatalog catalog, RoutineSet routines, string? home)
    {
        var problems = new List<LoadProblem>();
        var programmes = new List<Programme>();
        foreach (var (file, text) in CatalogSources.Embedded("programs"))
        {
            if (ProgrammeParser.Parse(file, text, ProgrammeSource.BuiltIn, catalog, routines, problems) is { } programme)
            {
                programmes.Add(programme);
            }
        }
        if (home is not null)
        {
            foreach (var (file, text) in CatalogSources.UserFolder(home, "programs", problems))
            {
                if (ProgrammeParser.Parse(file, text, ProgrammeSource.File, catalog, routines, problems) is { } programme)
                {
                    programmes.Add(programme);
                }
            }
        }
        return new ProgrammeLoad(new ProgrammeSet(programmes), problems);
    }
}
