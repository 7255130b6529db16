using Unknot.Catalog;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Unknot.Yaml;

/// <summary>Opens one YAML document and hands out a field reader for its top-level mapping.</summary>
internal static class YamlFile
{
    /// <summary>The largest file read, in characters: a routine or an exercise is a page or two.</summary>
    public const int MaxLength = 256 * 1024;

    /// <summary>
    /// The deepest nesting of lists and mappings taken, written in any style (indented, '-', '[', '{'), aliases expanded:
    /// the document model recurses once per level.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>The most values (scalars, lists and mappings, every alias counted as what it stands for) one document may hold.</summary>
    public const int MaxValues = 20_000;

    /// <summary>The root mapping, or null with a problem recorded when the text is not a YAML mapping.</summary>
    public static YamlFields? Open(string file, string text, List<LoadProblem> problems)
    {
        if (text.Length > MaxLength)
        {
            problems.Add(new LoadProblem(file, 1, "(yaml)", $"the file is {text.Length / 1024} KB; at most {MaxLength / 1024} KB is read"));
            return null;
        }
        // The events are read and bounded first, by YamlDotNet's parser, which keeps its own stack and never recurses;
        // only a document within the bounds is built into nodes, which recurse on nesting (an overflow kills the process,
        // and no catch can stop it) and hash a key by walking all of it (an alias bomb as a key takes minutes).
        var parser = new Parser(new StringReader(text));
        List<ParsingEvent> events;
        try
        {
            if (YamlBounds.Check(parser, out events) is { } refused)
            {
                problems.Add(new LoadProblem(file, refused.Line, "(yaml)", refused.Message));
                return null;
            }
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            problems.Add(new LoadProblem(file, (int)e.Start.Line, "(yaml)", $"not valid YAML: {reason}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unterminated flow collections.
            var line = parser.Current is { } current ? (int)current.Start.Line : 1;
            problems.Add(new LoadProblem(file, line, "(yaml)", "not valid YAML: a '[', '{' or quote opened here is never closed"));
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new Replay(events));
        }
        catch (YamlException e)
        {
            // Events that parse can still fail to build, for instance a key given twice or an alias to no anchor.
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            problems.Add(new LoadProblem(file, (int)e.Start.Line, "(yaml)", $"not valid YAML: {reason}"));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var line = stream.Documents.Count == 0 ? 1 : (int)stream.Documents[0].RootNode.Start.Line;
            problems.Add(new LoadProblem(file, line, "(root)", "expected a mapping of fields such as 'id: ...' and 'name: ...'"));
            return null;
        }
        return new YamlFields(file, "", root, problems);
    }

    /// <summary>Hands events already read to the document model, as if from the parser.</summary>
    private sealed class Replay(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
