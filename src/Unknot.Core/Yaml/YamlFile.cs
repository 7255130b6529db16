using Unknot.Catalog;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Unknot.Yaml;

/// <summary>Opens one YAML document and hands out a field reader for its top-level mapping.</summary>
internal static class YamlFile
{
    /// <summary>The root mapping, or null with a problem recorded when the text is not a YAML mapping.</summary>
    public static YamlFields? Open(string file, string text, List<LoadProblem> problems)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
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
            problems.Add(new LoadProblem(file, parser.LastLine, "(yaml)", "not valid YAML: a '[', '{' or quote opened here is never closed"));
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

    /// <summary>Remembers where the last event began, to locate errors the YAML library reports without a position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public int LastLine { get; private set; } = 1;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastLine = (int)current.Start.Line;
            }
            return moved;
        }
    }
}
