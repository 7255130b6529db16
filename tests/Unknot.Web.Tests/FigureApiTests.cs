using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>Figures and pictures over HTTP: in the exercise, as standalone SVG, and the user's own pictures, safely.</summary>
public sealed class FigureApiTests : IDisposable
{
    private readonly TestApp _app = new();
    private readonly HttpClient _http;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public FigureApiTests() => _http = _app.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task An_exercise_carries_its_figure_with_views_props_and_key_poses()
    {
        var body = JsonDocument.Parse(await _http.GetStringAsync("/api/exercises/traps-lacrosse-ball", Cancel)).RootElement;

        var figure = body.GetProperty("figure");
        figure.GetProperty("views").EnumerateArray().Select(v => v.GetString()).ShouldBe(["side", "back"]);
        figure.GetProperty("props").EnumerateArray().Select(v => v.GetString()).ShouldBe(["wall-behind", "ball-upper-back"]);
        var poses = figure.GetProperty("poses");
        poses.GetArrayLength().ShouldBe(2);
        poses[1].GetProperty("label").GetString().ShouldBe("hold");
        poses[1].GetProperty("perSide").GetBoolean().ShouldBeTrue();
        poses[1].GetProperty("angles").GetProperty("lean").GetDouble().ShouldBe(-8);
        poses[1].GetProperty("picture").GetString().ShouldBe("/api/exercises/traps-lacrosse-ball/figure.svg?pose=1");
    }

    [Fact]
    public async Task A_key_pose_is_drawn_as_well_formed_standalone_svg_and_the_right_side_is_its_mirror()
    {
        using var left = await _http.GetAsync("/api/exercises/lateral-neck-stretch/figure.svg?pose=1&side=left", Cancel);
        using var right = await _http.GetAsync("/api/exercises/lateral-neck-stretch/figure.svg?pose=1&side=right", Cancel);

        left.StatusCode.ShouldBe(HttpStatusCode.OK);
        left.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var l = XDocument.Parse(await left.Content.ReadAsStringAsync(Cancel));
        var r = XDocument.Parse(await right.Content.ReadAsStringAsync(Cancel));
        XNamespace svg = "http://www.w3.org/2000/svg";
        l.Root!.Element(svg + "title")!.Value.ShouldContain("left ear");
        r.Root!.Element(svg + "title")!.Value.ShouldContain("right ear");
        var width = double.Parse(l.Root.Attribute("viewBox")!.Value.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        double HeadX(XDocument d) => double.Parse(d.Root!.Elements(svg + "circle").First(c => c.Attribute("data-id")!.Value == "head").Attribute("cx")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        HeadX(l).ShouldBeGreaterThan(width / 2 + 3, "tilted to the figure's left, the viewer's right");
        HeadX(r).ShouldBe(width - HeadX(l), 0.2);
    }

    [Theory]
    [InlineData("/api/exercises/cat-cow/figure.svg?pose=3", 400, "pose", "must be a whole number from 0 to 2, got '3'")]
    [InlineData("/api/exercises/cat-cow/figure.svg?pose=-1", 400, "pose", "must be a whole number from 0 to 2, got '-1'")]
    [InlineData("/api/exercises/cat-cow/figure.svg?side=middle", 400, "side", "must be left or right, got 'middle'")]
    [InlineData("/api/exercises/cat-cows/figure.svg", 404, null, "unknown exercise 'cat-cows' — did you mean 'cat-cow'?")]
    public async Task A_wrong_pose_side_or_exercise_gets_a_problem_naming_it(string url, int status, string? field, string detail)
    {
        using var response = await _http.GetAsync(url, Cancel);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

        ((int)response.StatusCode).ShouldBe(status);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
        if (field is not null)
        {
            problem.GetProperty("field").GetString().ShouldBe(field);
        }
    }

    [Fact]
    public async Task A_users_picture_is_served_with_its_type_and_an_exercise_without_a_figure_says_where_its_picture_is()
    {
        new ExerciseYaml(Id: "physio-stretch", Extra: "image: physio.png\n").WriteTo(_app.Home.Path);
        File.WriteAllBytes(Path.Combine(_app.Home.Path, "exercises", "physio.png"), TestPictures.Png);

        using var image = await _http.GetAsync("/api/exercises/physio-stretch/image", Cancel);
        using var figure = await _http.GetAsync("/api/exercises/physio-stretch/figure.svg", Cancel);
        var exercise = JsonDocument.Parse(await _http.GetStringAsync("/api/exercises/physio-stretch", Cancel)).RootElement;

        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        image.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await image.Content.ReadAsByteArrayAsync(Cancel)).ShouldBe(TestPictures.Png);
        exercise.GetProperty("image").GetString().ShouldBe("/api/exercises/physio-stretch/image");
        exercise.TryGetProperty("figure", out _).ShouldBeFalse();
        figure.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await figure.Content.ReadAsStringAsync(Cancel)).ShouldContain("has no figure; its picture is at /api/exercises/physio-stretch/image");
    }

    [Fact]
    public async Task An_svg_picture_is_served_so_that_no_script_in_it_can_run()
    {
        new ExerciseYaml(Id: "drawn-stretch", Extra: "image: drawn.svg\n").WriteTo(_app.Home.Path);
        File.WriteAllText(Path.Combine(_app.Home.Path, "exercises", "drawn.svg"), TestPictures.ScriptedSvg);

        using var response = await _http.GetAsync("/api/exercises/drawn-stretch/image", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.ShouldContain("default-src 'none'");
        policy.ShouldContain("sandbox");
        policy.ShouldNotContain("script-src");
    }

    [Fact]
    public async Task A_picture_path_that_leaves_the_exercises_folder_is_refused()
    {
        File.WriteAllBytes(Path.Combine(_app.Home.Path, "private.png"), TestPictures.Png);
        new ExerciseYaml(Id: "sneaky", Extra: "image: ../private.png\n").WriteTo(_app.Home.Path);
        new ExerciseYaml(Id: "linked", Extra: "image: linked.png\n").WriteTo(_app.Home.Path);
        File.CreateSymbolicLink(Path.Combine(_app.Home.Path, "exercises", "linked.png"), Path.Combine(_app.Home.Path, "private.png"));

        using var sneaky = await _http.GetAsync("/api/exercises/sneaky/image", Cancel);
        using var linked = await _http.GetAsync("/api/exercises/linked/image", Cancel);
        using var traversal = await _http.GetAsync("/api/exercises/..%2F..%2Fprivate.png/image", Cancel);

        sneaky.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await sneaky.Content.ReadAsStringAsync(Cancel)).ShouldContain("has no picture of its own");
        linked.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        traversal.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _http.GetStringAsync("/api/exercises/sneaky", Cancel)).ShouldNotContain("private");
    }

    [Fact]
    public async Task A_users_exercise_name_and_cue_cannot_break_out_of_the_figures_written_raw_into_the_pages()
    {
        const string Evil = "</script><script>alert(1)</script><svg onload=alert(2)>";
        new ExerciseYaml(Id: "evil-stretch", Blocks: $"    - kind: hold\n      seconds: 30\n      cue: \"{Evil.Replace("\"", "\\\"")}\"\n",
            Extra: "figure:\n  view: front\n  stance: standing\n  poses:\n    - neck.tilt: 20\n").WriteTo(_app.Home.Path);
        var yaml = Path.Combine(_app.Home.Path, "exercises", "evil-stretch.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("name: Test evil-stretch", $"name: \"{Evil.Replace("\"", "\\\"")}\""));
        _app.Home.Write("routines/evil.yaml", "id: evil\nname: Evil\nitems:\n  - exercise: evil-stretch\n");

        foreach (var url in new[] { "/library/evil-stretch", "/play/evil", "/api/exercises/evil-stretch/figure.svg?pose=1" })
        {
            var page = await _http.GetStringAsync(url, Cancel);
            page.ShouldNotContain("<script>alert", Case.Insensitive, url);
            page.ShouldNotContain("<svg onload", Case.Insensitive, url);
            page.ShouldContain("alert(1)", Case.Sensitive, $"{url}: the text is there, encoded");
        }
    }

    [Fact]
    public async Task The_pages_show_figures_where_a_stretch_is_described()
    {
        var exercise = await _http.GetStringAsync("/library/cat-cow", Cancel);
        var library = await _http.GetStringAsync("/library", Cancel);
        var routines = await _http.GetStringAsync("/routines", Cancel);
        var print = await _http.GetStringAsync("/routines/desk-break/print", Cancel);
        var builder = await _http.GetStringAsync("/routines/new", Cancel);

        exercise.ShouldContain("data-figure-demo");
        exercise.ShouldContain("Cat-cow, cow: Cow. Let your navel sink");
        library.ShouldContain("src=\"/api/exercises/cat-cow/figure.svg?pose=1\"");
        routines.ShouldContain("src=\"/api/exercises/neck-rotations-and-tilts/figure.svg?pose=1\"");
        print.ShouldContain("class=\"figure print-pose\"");
        print.ShouldContain("Draw your elbows back as if they could meet behind you.");
        builder.ShouldContain("/figure.svg?pose=");
    }
}
