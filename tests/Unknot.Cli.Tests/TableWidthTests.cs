using System.Text.RegularExpressions;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>Tables at a pipe's 80 columns: no line wider, no word split, and what is left out named.</summary>
public sealed partial class TableWidthTests
{
    [Theory]
    [InlineData("exercises")]
    [InlineData("routines")]
    [InlineData("timeline desk-break")]
    [InlineData("plan --minutes 10 --place home --focus neck,upper-back")]
    public void Every_table_line_fits_in_80_columns(string command)
    {
        using var cli = new CliRun();

        cli.Run(command).ShouldBe(0);

        TableLines(cli.Out).ShouldNotBeEmpty();
        TableLines(cli.Out).ShouldAllBe(l => l.Length <= 80);
    }

    [Fact]
    public void At_80_columns_no_word_of_the_catalog_is_broken_and_the_columns_left_out_are_named()
    {
        using var cli = new CliRun();

        cli.Run("exercises").ShouldBe(0);

        // Before: "stati / c-hol / d", "upper / -back". Every word in a cell is a whole word of the catalog.
        cli.Run("exercises --json").ShouldBe(0);
        var words = cli.Json().EnumerateArray()
            .SelectMany(e => new[] { e.GetProperty("id").GetString()!, e.GetProperty("name").GetString()! }
                .Concat(e.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)))
            .SelectMany(t => t.Split(' '))
            .ToHashSet();
        var table = cli.Out[..cli.Out.IndexOf("exercises; time is", StringComparison.Ordinal)];
        var cells = TableLines(table).Skip(3).Where(l => l.StartsWith('│')).SelectMany(l => l.Split('│', StringSplitOptions.TrimEntries))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.TrimEnd(','))
            .Where(w => !Clock().IsMatch(w) && !w.StartsWith('(') && !w.EndsWith(')') && w is not ("yours," or "replaces" or "the" or "built-in"));
        cells.ShouldAllBe(w => words.Contains(w));
        cli.Out.ShouldContain("(Kind, Position, Needs hidden at 80 columns; --json has every field.)");
    }

    [Fact]
    public void A_wider_COLUMNS_shows_every_column()
    {
        using var cli = new CliRun { Columns = 200 };

        cli.Run("exercises").ShouldBe(0);

        TableLines(cli.Out)[1].ShouldMatch(@"Id\s+│ Name\s+│ Kind\s+│ Position\s+│ Needs\s+│ Targets\s+│ Time");
        cli.Out.ShouldNotContain("hidden at");
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData(null, 80)]
    [InlineData("", 80)]
    [InlineData("0", 80)]
    [InlineData("eighty", 80)]
    [InlineData("5", 80)]
    public void A_pipe_takes_its_width_from_COLUMNS_when_it_holds_one(string? columns, int expected) =>
        CliHost.PipeColumns(name => name == "COLUMNS" ? columns : null).ShouldBe(expected);

    private static string[] TableLines(string output) =>
        output.Split('\n').Where(l => l.Length > 0 && "╭│├╰─ ".Contains(l[0]) && (l.Contains('│') || l.Contains('─'))).ToArray();

    [GeneratedRegex(@"^\d+:\d\d$")]
    private static partial Regex Clock();
}
