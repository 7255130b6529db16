using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Unknot.Yaml;

/// <summary>
/// Reads a YAML text's events and refuses, before any node is built, what would make the document model recurse too deep
/// or walk too much: nesting past <see cref="YamlFile.MaxDepth"/> in any style, more than <see cref="YamlFile.MaxValues"/>
/// values once aliases are expanded, a field name that is a list, a mapping or an alias, and an alias whose anchor is
/// not complete before it (which YamlDotNet would fill in at the end of the document, after this count, or make a
/// cycle of).
/// </summary>
internal static class YamlBounds
{
    /// <summary>What was refused, and where.</summary>
    public sealed record Refusal(int Line, string Message);

    /// <summary>Null with every event in <paramref name="events"/> when the text is within bounds; else the first refusal.</summary>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static Refusal? Check(IParser parser, out List<ParsingEvent> events)
    {
        events = [];
        var open = new Stack<Frame>();
        var anchors = new Dictionary<string, (int Values, int Height)>(StringComparer.Ordinal);
        var values = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            events.Add(current);
            var line = (int)current.Start.Line;
            if (open.TryPeek(out var parent) && parent.IsMapping && parent.Children % 2 == 0 && current is AnchorAlias or MappingStart or SequenceStart)
            {
                return new Refusal(line, "a field name must be plain text such as 'name', not a list, a mapping or an alias");
            }
            switch (current)
            {
                case Scalar scalar:
                    Add(open, Remember(anchors, scalar, 1, 0), ref values);
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        return new Refusal(line, $"the alias *{alias.Value.Value} comes before its anchor &{alias.Value.Value} is complete; an anchor must come first");
                    }
                    var (size, height) = anchored;
                    if (open.Count + height > YamlFile.MaxDepth)
                    {
                        return new Refusal(line, $"lists and mappings nest deeper than {YamlFile.MaxDepth} levels once the alias *{alias.Value.Value} is expanded");
                    }
                    Add(open, (size, height), ref values);
                    break;
                case MappingStart or SequenceStart:
                    if (open.Count == YamlFile.MaxDepth)
                    {
                        return new Refusal(line, $"lists and mappings nest deeper than {YamlFile.MaxDepth} levels");
                    }
                    values++;
                    var anchor = ((NodeEvent)current).Anchor;
                    // An anchor named again stands for the new collection only once it is complete; inside it, it is unknown.
                    if (!anchor.IsEmpty)
                    {
                        anchors.Remove(anchor.Value);
                    }
                    open.Push(new Frame(current is MappingStart, anchor));
                    break;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    // The collection's own value was counted when it opened; its children as they came.
                    Add(open, Remember(anchors, closed.Anchor, 1 + closed.Values, 1 + closed.Height), ref values, counted: true);
                    break;
            }
            if (values > YamlFile.MaxValues)
            {
                return new Refusal(line, $"the document holds more than {YamlFile.MaxValues:N0} values once its aliases are expanded");
            }
        }
        return null;
    }

    private static (int Values, int Height) Remember(Dictionary<string, (int, int)> anchors, NodeEvent node, int values, int height) =>
        Remember(anchors, node.Anchor, values, height);

    private static (int Values, int Height) Remember(Dictionary<string, (int, int)> anchors, AnchorName anchor, int values, int height)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = (values, height);
        }
        return (values, height);
    }

    /// <summary>Adds a finished child to the collection it is in (and to the document's count unless already counted).</summary>
    private static void Add(Stack<Frame> open, (int Values, int Height) child, ref int values, bool counted = false)
    {
        if (!counted)
        {
            values += child.Values;
        }
        if (open.TryPeek(out var parent))
        {
            parent.Children++;
            parent.Values += child.Values;
            parent.Height = Math.Max(parent.Height, child.Height);
        }
    }

    /// <summary>A list or mapping still open: what it holds so far.</summary>
    private sealed class Frame(bool isMapping, AnchorName anchor)
    {
        public bool IsMapping { get; } = isMapping;

        public AnchorName Anchor { get; } = anchor;

        public int Children { get; set; }

        public int Values { get; set; }

        public int Height { get; set; }
    }
}
