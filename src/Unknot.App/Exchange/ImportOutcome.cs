using Unknot.App.Fields;
using Unknot.Storage.Exchange;

namespace Unknot.App.Exchange;

/// <summary>
/// What became of an import: what it brought in, or why nothing was — in the words every shell shows, so
/// <c>unknot import</c>, the Settings page and <c>POST /api/import</c> say the same thing.
/// </summary>
public sealed class ImportOutcome
{
    private ImportOutcome(ImportResult? imported, FieldProblem? problem, bool replacesBuiltIns)
    {
        Imported = imported;
        Problem = problem;
        ReplacesBuiltIns = replacesBuiltIns;
    }

    /// <summary>An import that was written.</summary>
    public static ImportOutcome Done(ImportResult imported) => new(imported, null, false);

    /// <summary>A file with a mistake in it: nothing was written.</summary>
    public static ImportOutcome Refused(FieldProblem problem) => new(null, problem with { Message = problem.Message + Importer.NothingImported }, false);

    /// <summary>A file that would replace built-in exercises or routines, which the user did not allow.</summary>
    public static ImportOutcome WouldReplace(IReadOnlyList<FieldProblem> replacements)
    {
        var first = replacements[0];
        var more = replacements.Count > 1 ? $" (and {replacements.Count - 1} more)" : "";
        return new(null, first with { Message = first.Message + more + Importer.NothingImported }, true);
    }

    /// <summary>What was imported; null when nothing was.</summary>
    public ImportResult? Imported { get; }

    /// <summary>Why nothing was imported, ending in "— nothing was imported"; null when the import was written.</summary>
    public FieldProblem? Problem { get; }

    /// <summary>True when the only thing in the way was files that would replace built-ins, which the user can allow.</summary>
    public bool ReplacesBuiltIns { get; }

    /// <summary>
    /// The sentence a shell shows when nothing was imported: the problem, and where it is only built-ins being
    /// replaced, how to allow that in the shell's own words (<paramref name="letItReplace"/>, e.g.
    /// "--allow-override lets it replace the built-in ones").
    /// </summary>
    public string Refusal(string letItReplace) => Problem is null
        ? throw new InvalidOperationException("the import was written")
        : ReplacesBuiltIns ? $"{Problem}; {letItReplace}" : Problem.ToString();

    /// <summary>
    /// What was brought in: the summary line, then one line per programme of the file added as stopped and one per
    /// file of the user's that was kept as it was.
    /// </summary>
    public IReadOnlyList<string> Report() => Imported is null ? [] :
        [Importer.Summary(Imported), .. (Imported.ProgrammesStopped ?? []).Select(Importer.Stopped), .. Imported.FilesKept.Select(Importer.Kept)];
}
