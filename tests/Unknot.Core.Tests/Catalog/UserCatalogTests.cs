using Unknot.Catalog;
using Unknot.Testing;

namespace Unknot.Core.Tests.Catalog;

public sealed class UserCatalogTests
{
    [Fact]
    public void A_user_file_adds_an_exercise()
    {
        using var home = new TempHome();
        new ExerciseYaml(Id: "doorway-stretch").WriteTo(home.Path);

        var load = CatalogLoader.Load(home.Path);

        load.Problems.ShouldBeEmpty();
        load.Catalog.All.Count.ShouldBe(13);
        load.Catalog.Find("doorway-stretch")!.Origin.ShouldBe("exercises/doorway-stretch.yaml");
    }

    [Fact]
    public void A_user_file_with_a_builtin_id_replaces_the_builtin()
    {
        using var home = new TempHome();
        new ExerciseYaml(Id: "chest-stretch", Blocks: "    - kind: hold\n      seconds: 45\n      cue: Longer.\n").WriteTo(home.Path);

        var catalog = CatalogLoader.Load(home.Path).Catalog;

        catalog.All.Count.ShouldBe(12);
        catalog.Find("chest-stretch")!.Dose.Blocks[0].Phases[0].Seconds.Min.ShouldBe(45);
    }

    [Fact]
    public void A_bad_seconds_value_is_reported_with_path_line_and_field_and_the_rest_still_loads()
    {
        using var home = new TempHome();
        new ExerciseYaml(Id: "foo", Blocks: "    - kind: hold\n      seconds: 0\n      cue: Hold it.\n").WriteTo(home.Path);
        new ExerciseYaml(Id: "bar").WriteTo(home.Path);
        var lineOfSeconds = File.ReadAllLines(Path.Combine(home.Path, "exercises", "foo.yaml")).ToList().FindIndex(l => l.Contains("seconds: 0")) + 1;

        var load = CatalogLoader.Load(home.Path);

        load.Problems.Select(p => p.ToString()).ShouldBe([$"exercises/foo.yaml:{lineOfSeconds}: dose.blocks[0].seconds: must be between 1 and 600, got 0"]);
        load.Catalog.Find("foo").ShouldBeNull();
        load.Catalog.Find("bar").ShouldNotBeNull();
        load.Catalog.All.Count.ShouldBe(13);
    }

    [Fact]
    public void Brackets_inside_quotes_and_comments_do_not_count_as_nesting()
    {
        using var home = new TempHome();
        home.Write("exercises/quoted.yaml", new ExerciseYaml(Id: "quoted").Text() + "# " + new string('[', 200) + "\n");

        var load = CatalogLoader.Load(home.Path);

        load.Problems.ShouldBeEmpty();
        load.Catalog.Find("quoted").ShouldNotBeNull();
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line()
    {
        using var home = new TempHome();
        home.Write("exercises/broken.yaml", "id: broken\nname: [unclosed\nsummary: x\n");

        var problem = CatalogLoader.Load(home.Path).Problems.ShouldHaveSingleItem();

        problem.File.ShouldBe("exercises/broken.yaml");
        problem.Line.ShouldBeGreaterThanOrEqualTo(2);
        problem.Message.ShouldStartWith("not valid YAML");
    }

    [Fact]
    public void A_misspelt_field_gets_a_suggestion()
    {
        using var home = new TempHome();
        home.Write("exercises/typo.yaml", new ExerciseYaml(Id: "typo").Text().Replace("targets:", "tagrets:"));

        var messages = CatalogLoader.Load(home.Path).Problems.Select(p => p.ToString()).ToArray();

        messages.ShouldContain(m => m.Contains("tagrets: unknown field — did you mean 'targets'?"));
        messages.ShouldContain(m => m.Contains("targets: is required"));
    }

    [Theory]
    [InlineData("kind: stretchy", "kind: unknown value 'stretchy' — known: static-hold, dynamic, self-massage")]
    [InlineData("positions: [handstand]", "positions[0]: unknown value 'handstand'")]
    [InlineData("id: Not Kebab", "id: must be kebab-case")]
    public void Wrong_values_name_what_would_be_right(string replacement, string expected)
    {
        using var home = new TempHome();
        var text = new ExerciseYaml(Id: "bad").Text();
        var field = replacement[..replacement.IndexOf(':')];
        var lines = text.Split('\n').Select(l => l.StartsWith(field + ":") ? replacement : l);
        home.Write("exercises/bad.yaml", string.Join('\n', lines));

        CatalogLoader.Load(home.Path).Problems.ShouldContain(p => p.ToString().Contains(expected));
    }

    [Fact]
    public void A_target_band_gives_the_neck_angle_a_hold_aims_for_on_each_side()
    {
        using var home = new TempHome();
        new ExerciseYaml(Id: "ear-down", Blocks: "    - kind: hold\n      seconds: 20\n      perSide: true\n      cue: Ear down.\n      band: {move: tilt, degrees: 25-40}\n").WriteTo(home.Path);

        var load = CatalogLoader.Load(home.Path);

        load.Problems.ShouldBeEmpty();
        var band = load.Catalog.Find("ear-down")!.Dose.Blocks[0].Phases[0].Band!;
        (band.Direction(Unknot.Timelines.Side.Left), band.Direction(Unknot.Timelines.Side.Right), band.Degrees.Min, band.Degrees.Max)
            .ShouldBe(("tiltLeft", "tiltRight", 25, 40));
    }

    [Theory]
    [InlineData("perSide: true", "band: {move: shrug, degrees: 20-40}", "band.move: unknown move 'shrug' — known: rotation, tilt, flexion, extension")]
    [InlineData("perSide: false", "band: {move: tilt, degrees: 20-40}", "band.move: a tilt goes left or right, so its band belongs in a block with perSide: true")]
    [InlineData("perSide: true", "band: {move: tilt, degrees: 40-20}", "band.degrees: the range must go from low to high, got '40-20'")]
    [InlineData("perSide: true", "band: {move: tilt, degrees: 20-200}", "band.degrees: must be between 1 and 180, got 200")]
    public void A_wrong_target_band_is_named_with_what_would_be_right(string sides, string band, string expected)
    {
        using var home = new TempHome();
        new ExerciseYaml(Id: "ear-down", Blocks: $"    - kind: hold\n      seconds: 20\n      {sides}\n      cue: Ear down.\n      {band}\n").WriteTo(home.Path);

        var load = CatalogLoader.Load(home.Path);

        load.Problems.ShouldHaveSingleItem().ToString().ShouldEndWith($"dose.blocks[0].{expected}");
        load.Catalog.Find("ear-down").ShouldBeNull();
    }

    [Fact]
    public void A_range_must_go_from_low_to_high()
    {
        using var home = new TempHome();
        new ExerciseYaml(Id: "backwards", Blocks: "    - kind: hold\n      seconds: 20-10\n      cue: Hold it.\n").WriteTo(home.Path);

        CatalogLoader.Load(home.Path).Problems.ShouldHaveSingleItem().Message.ShouldContain("from low to high");
    }

    [Fact]
    public void Two_user_files_with_one_id_keep_the_first_and_report_the_second()
    {
        using var home = new TempHome();
        new ExerciseYaml(Id: "twin").WriteTo(home.Path, "a.yaml");
        new ExerciseYaml(Id: "twin").WriteTo(home.Path, "b.yaml");

        var load = CatalogLoader.Load(home.Path);

        load.Problems.ShouldHaveSingleItem().File.ShouldBe("exercises/b.yaml");
        load.Catalog.Find("twin")!.Origin.ShouldBe("exercises/a.yaml");
    }
}
