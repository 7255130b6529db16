using System.Text.RegularExpressions;

namespace Unknot.App.Fields;

/// <summary>One thing wrong with what a user sent: the field, and what is wrong and what would be right.</summary>
/// <param name="Field">The field path as the request names it: <c>minutes</c>, <c>items[2].exercise</c>.</param>
/// <param name="Message">What is wrong and what would be right, in words any surface can show.</param>
public sealed partial record FieldProblem(string Field, string Message)
{
    /// <summary>The <see cref="Field"/> of a problem with the request as a whole rather than one of its fields.</summary>
    public const string Request = "(request)";

    private string? _template;

    /// <summary>
    /// A problem whose message names fields, written <c>{painAfter}</c> in <paramref name="template"/>: the message
    /// names them as the request does (<c>painAfter</c>), and <see cref="Render"/> lets a surface name them its own
    /// way (the command line's <c>--pain-after</c>).
    /// </summary>
    public static FieldProblem Naming(string field, string template) =>
        new(field, Placeholder().Replace(template, m => m.Groups[1].Value)) { _template = template };

    /// <summary>The message with each field it names as <paramref name="name"/> gives it.</summary>
    public string Render(Func<string, string> name) =>
        _template is null ? Message : Placeholder().Replace(_template, m => name(m.Groups[1].Value));

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();

    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>Raised inside a reader at the first problem; readers hand it out as a <see cref="ReadResult{T}"/>.</summary>
public sealed class FieldException(FieldProblem problem) : Exception(problem.ToString())
{
    /// <summary>The problem.</summary>
    public FieldProblem Problem { get; } = problem;

    /// <summary>A problem with <paramref name="field"/>.</summary>
    public FieldException(string field, string message) : this(new FieldProblem(field, message))
    {
    }
}
