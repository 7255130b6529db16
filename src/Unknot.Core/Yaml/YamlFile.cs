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

    /// <summary>The deepest nesting of brackets and braces taken: the parser recurses once per level.</summary>
    public const int MaxDepth = 64;

    /// <summary>The root mapping, or null with a problem recorded when the text is not a YAML mapping.</summary>
    public static YamlFields? Open(string file, string text, List<LoadProblem> problems)
    {
        // Bounded before parsing: YamlDotNet's parser recurses on nesting, and 40,000 '[' overflow the stack,
        // which no catch can handle.
        if (text.Length > MaxLength)
        {
            problems.Add(new LoadProblem(file, 1, "(yaml)", $"the file is {text.Length / 1024} KB; at most {MaxLength / 1024} KB is read"));
            return null;
        }
        if (TooDeep(text) is { } deepLine)
        {
            problems.Add(new LoadProblem(file, deepLine, "(yaml)", $"brackets or braces nest deeper than {MaxDepth} levels"));
            return null;
        }
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

    /// <summary>The line where '[' and '{' (outside quotes and comments) first nest deeper than <see cref="MaxDepth"/>, or null.</summary>
    private static int? TooDeep(string text)
    {
        var (depth, line, quote, comment) = (0, 1, '\0', false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, comment) = (line + 1, false);
                continue;
            }
            if (comment)
            {
                continue;
            }
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }
            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    comment = true;
                    break;
                case '"' or '\'' when depth > 0 || i == 0 || text[i - 1] is ' ' or ':' or '\n':
                    quote = c;
                    break;
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return line;
                    }
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return null;
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
