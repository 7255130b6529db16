using System.Diagnostics;
using System.Text;
using Unknot.Catalog;
using Unknot.Testing;

namespace Unknot.Core.Tests.Catalog;

/// <summary>
/// YAML written to hurt: nesting in every style deep enough to overflow the stack (which kills the process, past any
/// catch), aliases that expand to millions of values, and an alias as a field name, which the document model hashes by
/// walking all of it. Each is one problem with its line, and the rest of the library still loads.
/// </summary>
public sealed class HostileYamlTests
{
    private static LoadProblem Refused(string text, out CatalogLoad load)
    {
        using var home = new TempHome();
        home.Write("exercises/hostile.yaml", text);
        home.Write("exercises/fine.yaml", new ExerciseYaml(Id: "fine").Text());

        load = CatalogLoader.Load(home.Path);

        load.Catalog.Find("fine").ShouldNotBeNull();
        load.Catalog.Find("chest-stretch").ShouldNotBeNull();
        return load.Problems.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_hundred_thousand_nested_dashes_are_refused_with_their_line()
    {
        // 200 KB: within the size limit, and 100,000 levels of block lists on one line.
        var problem = Refused("id: x\ntags:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "v\n", out _);

        (problem.File, problem.Line, problem.Field).ShouldBe(("exercises/hostile.yaml", 3, "(yaml)"));
        problem.Message.ShouldBe("lists and mappings nest deeper than 64 levels");
    }

    [Fact]
    public void An_alias_before_its_anchor_is_refused_so_it_cannot_escape_the_count()
    {
        // Before: YamlDotNet filled forward aliases in at the end of the document, after the count: 9,000 aliases to a
        // list of 9,000 aliases passed as ~18,000 values and became 81 million phases.
        var blocks = string.Join(", ", Enumerable.Repeat("*b", 9_000));
        var phases = string.Join(", ", Enumerable.Repeat("*p", 9_000));
        var problem = Refused($"id: x\ndose: {{blocks: [{blocks}]}}\nz: &b {{kind: repeat, phases: [{phases}]}}\nw: &p {{seconds: 5}}\n", out _);

        (problem.Line, problem.Message).ShouldBe((2, "the alias *b comes before its anchor &b is complete; an anchor must come first"));
    }

    [Theory]
    [InlineData("id: x\ntags: &a [*a]\n")]
    [InlineData("id: x\nl: &a [v]\ntags: &a [*a, *a]\n")]
    public void An_alias_inside_its_own_anchor_is_refused(string text)
    {
        var problem = Refused(text, out _);

        problem.Message.ShouldBe("the alias *a comes before its anchor &a is complete; an anchor must come first");
    }

    [Fact]
    public void Forty_thousand_brackets_are_refused_with_their_line()
    {
        var problem = Refused("id: deep\nname: x\nsummary: " + new string('[', 40_000) + "\n", out _);

        (problem.Line, problem.Message).ShouldBe((3, "lists and mappings nest deeper than 64 levels"));
    }

    [Fact]
    public void Indented_mappings_nested_past_the_limit_are_refused_at_the_first_level_too_deep()
    {
        var text = new StringBuilder("id: x\n");
        for (var level = 0; level < 100; level++)
        {
            text.Append(' ', level * 2).Append("k:\n");
        }

        // The root mapping is level 1, and the mapping under line 2's key (line 3) is level 2: line 66 opens level 65.
        Refused(text.Append(' ', 200).Append("v\n").ToString(), out _).Line.ShouldBe(66);
    }

    [Fact]
    public void Flow_and_block_nesting_add_up()
    {
        var text = "id: x\ntags:\n" + string.Concat(Enumerable.Repeat("- ", 40)) + new string('[', 40) + new string(']', 40) + "\n";

        Refused(text, out _).Message.ShouldBe("lists and mappings nest deeper than 64 levels");
    }

    [Fact]
    public void Nesting_just_within_the_limit_is_read_as_usual()
    {
        // The root mapping and 'summary' make two levels; 62 brackets more make 64.
        using var home = new TempHome();
        home.Write("exercises/deep.yaml", new ExerciseYaml(Id: "deep").Text() + "extra: " + new string('[', 62) + new string(']', 62) + "\n");

        var problems = CatalogLoader.Load(home.Path).Problems;

        // Read to the end: the only complaint is about the field, not the nesting.
        problems.ShouldHaveSingleItem().Field.ShouldBe("extra");
    }

    [Fact]
    public void Nine_levels_of_aliases_are_refused_at_once_by_the_number_of_values_they_stand_for()
    {
        // 9^9 values once expanded; as a mapping key, the document model took 17 s to hash it.
        var text = new StringBuilder("id: x\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append($"a{level}: &a{level} [").AppendJoin(", ", Enumerable.Repeat($"*a{level - 1}", 9)).Append("]\n");
        }
        text.Append("? *a9\n: v\n");
        var clock = Stopwatch.StartNew();

        var problem = Refused(text.ToString(), out _);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        // a3 stands for 1 + 9 × 820 = 7,381 values: 8,310 in all up to there, and a4's second alias passes 20,000.
        (problem.Line, problem.Message).ShouldBe((6, "the document holds more than 20,000 values once its aliases are expanded"));
    }

    [Fact]
    public void An_alias_as_a_field_name_is_refused()
    {
        var problem = Refused("id: x\nlist: &names [a, b]\n? *names\n: v\n", out _);

        (problem.Line, problem.Message).ShouldBe((3, "a field name must be plain text such as 'name', not a list, a mapping or an alias"));
    }

    [Fact]
    public void Aliases_nested_past_the_limit_once_expanded_are_refused()
    {
        // Each anchor is one level deeper than the one before: 70 lines, each shallow as written.
        var text = new StringBuilder("id: x\nd0: &d0 [x]\n");
        for (var level = 1; level < 70; level++)
        {
            text.Append($"d{level}: &d{level} [*d{level - 1}]\n");
        }

        Refused(text.ToString(), out _).Message.ShouldStartWith("lists and mappings nest deeper than 64 levels once the alias *d");
    }

    [Fact]
    public void An_ordinary_anchor_and_alias_still_load()
    {
        using var home = new TempHome();
        home.Write("exercises/aliased.yaml", new ExerciseYaml(Id: "aliased").Text().Replace("targets: [neck]", "targets: &t [neck]\nx-same: *t"));

        var problems = CatalogLoader.Load(home.Path).Problems;

        // The alias was expanded and read: the only complaint is the unknown field it sits in.
        problems.ShouldHaveSingleItem().Field.ShouldBe("x-same");
    }
}
