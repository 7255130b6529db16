namespace Unknot.Catalog;

/// <summary>Something wrong in a catalog or routine file, located well enough to fix it.</summary>
/// <param name="File">The file, relative to the Unknot home for user files (<c>exercises/foo.yaml</c>).</param>
/// <param name="Line">1-based line of the offending value.</param>
/// <param name="Field">The field path, such as <c>dose.blocks[0].seconds</c>.</param>
/// <param name="Message">What is wrong and what would be right.</param>
/// <param name="Partial">True when the file still loaded, without the part named (an exercise without its figure or picture).</param>
public sealed record LoadProblem(string File, int Line, string Field, string Message, bool Partial = false)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
