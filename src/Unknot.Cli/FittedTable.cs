using Spectre.Console;

namespace Unknot.Cli;

/// <summary>
/// A table fitted to the console's width so that no word is ever split: every column is at least as wide as its
/// longest word, the room left goes to the columns with more to say, and when even the longest words do not fit,
/// the least needed columns are left out and a line under the table names them.
/// </summary>
/// <remarks>
/// Spectre.Console shrinks columns below their longest word when a table is too wide and then breaks words
/// mid-letter ("stati / c-hol / d"); widths set here keep it from having to.
/// </remarks>
internal sealed class FittedTable(TableBorder border)
{
    // Each column costs its padding (one space either side) and one border line; the table one more.
    private const int ColumnChrome = 3;

    private readonly List<ColumnSpec> _columns = [];
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a column; <paramref name="drop"/> above 0 lets it go when the width is short, the highest first.</summary>
    public FittedTable Column(string header, int drop = 0, bool noWrap = false)
    {
        _columns.Add(new ColumnSpec(header, drop, noWrap));
        return this;
    }

    /// <summary>Adds a row of cells in Spectre markup, one per column.</summary>
    public FittedTable Row(params string[] cells)
    {
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"a row needs {_columns.Count} cells, got {cells.Length}", nameof(cells));
        }
        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the table at the host's table width (<see cref="CliHost.TableColumns"/>), else at the console's.</summary>
    public void Write(CliHost host) => Write(host.Console, host.TableColumns ?? host.Console.Profile.Width);

    private void Write(IAnsiConsole console, int width)
    {
        var kept = Enumerable.Range(0, _columns.Count).ToList();
        var least = kept.Select(Least).ToArray();
        while (kept.Sum(i => least[i] + ColumnChrome) + 1 > width)
        {
            var droppable = kept.Where(i => _columns[i].Drop > 0).ToArray();
            if (droppable.Length == 0)
            {
                break;
            }
            kept.Remove(droppable.MaxBy(i => _columns[i].Drop));
        }
        var widths = Widths(kept, least, width);
        var table = new Table().Border(border);
        foreach (var i in kept)
        {
            var column = new TableColumn(_columns[i].Header) { Width = widths[i], NoWrap = _columns[i].NoWrap };
            table.AddColumn(column);
        }
        foreach (var row in _rows)
        {
            table.AddRow(kept.Select(i => row[i]).ToArray());
        }
        if (console.Profile.Capabilities.Ansi)
        {
            console.Write(table);
        }
        else
        {
            WritePlain(console, table, width);
        }
        var dropped = Enumerable.Range(0, _columns.Count).Except(kept).Select(i => _columns[i].Header).ToArray();
        if (dropped.Length > 0)
        {
            console.WriteLine($"({string.Join(", ", dropped)} hidden at {width} columns; --json has every field.)");
        }
    }

    // Through a pipe or to a dumb terminal: no padding at the ends of lines and no border line made only of spaces.
    private static void WritePlain(IAnsiConsole console, Table table, int width)
    {
        var text = new StringWriter();
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(text),
            Interactive = InteractionSupport.No,
        });
        plain.Profile.Width = width;
        plain.Write(table);
        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        foreach (var line in lines)
        {
            console.Profile.Out.Writer.WriteLine(line);
        }
    }

    // The narrowest a column can be without splitting a word: its longest word, or its whole text when it never wraps.
    private int Least(int column)
    {
        var texts = _rows.Select(r => Markup.Remove(r[column])).Prepend(_columns[column].Header);
        return _columns[column].NoWrap
            ? texts.Max(t => t.Length)
            : texts.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Length).DefaultIfEmpty(1).Max();
    }

    // Each kept column its least; the room left is shared out evenly among the columns with more to say, and a column
    // that needs less than its share takes only what it needs, leaving the rest to the others (so short names are
    // shown whole and long prose takes what remains).
    private Dictionary<int, int> Widths(List<int> kept, int[] least, int width)
    {
        var widths = kept.ToDictionary(i => i, i => least[i]);
        var most = kept.ToDictionary(i => i, i => Math.Max(least[i], _rows.Select(r => Markup.Remove(r[i]).Length).Prepend(_columns[i].Header.Length).Max()));
        var room = width - 1 - kept.Sum(i => widths[i] + ColumnChrome);
        var wanting = kept.Where(i => widths[i] < most[i]).OrderBy(i => most[i] - widths[i]).ToList();
        while (room > 0 && wanting.Count > 0)
        {
            var share = Math.Max(1, room / wanting.Count);
            var next = wanting[0];
            var step = Math.Min(Math.Min(share, room), most[next] - widths[next]);
            widths[next] += step;
            room -= step;
            wanting.RemoveAt(0);
            if (widths[next] < most[next])
            {
                wanting.Add(next);
            }
        }
        return widths;
    }

    private sealed record ColumnSpec(string Header, int Drop, bool NoWrap);
}
