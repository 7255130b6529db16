using Unknot.Catalog;
using Unknot.Testing;

namespace Unknot.Core.Tests.Figures;

/// <summary>A user's own picture beside an exercise file: only from the exercises folder, of the kind its name says, and not too large.</summary>
public sealed class ExerciseImageTests
{
    private static readonly byte[] Png = TestPictures.Png;

    private static CatalogLoad LoadWith(TempHome home, string image)
    {
        new ExerciseYaml(Id: "with-picture", Extra: $"image: {image}\n").WriteTo(home.Path);
        return CatalogLoader.Load(home.Path);
    }

    [Fact]
    public void A_picture_beside_the_file_is_read_with_its_content_type()
    {
        using var home = new TempHome();
        Directory.CreateDirectory(Path.Combine(home.Path, "exercises"));
        File.WriteAllBytes(Path.Combine(home.Path, "exercises", "shoulder.png"), Png);

        var load = LoadWith(home, "shoulder.png");

        load.Problems.ShouldBeEmpty();
        load.Catalog.Find("with-picture")!.Image.ShouldBe("shoulder.png");
        var image = ExerciseImages.Read(home.Path, "shoulder.png", out var problem).ShouldNotBeNull(problem);
        image.ContentType.ShouldBe("image/png");
        image.Bytes.ShouldBe(Png);
    }

    [Theory]
    [InlineData("../secret.png", "plain name")]
    [InlineData("sub/photo.png", "plain name")]
    [InlineData("photo.exe", "must end in one of")]
    [InlineData("missing.png", "not in the exercises folder")]
    public void A_picture_that_is_not_a_plain_file_in_the_folder_is_refused_and_the_exercise_loads_without_it(string name, string says)
    {
        using var home = new TempHome();
        File.WriteAllBytes(home.Write("secret.png", "x"), Png);

        var load = LoadWith(home, name);

        var problem = load.Problems.ShouldHaveSingleItem();
        problem.Field.ShouldBe("image");
        problem.Line.ShouldBe(Array.FindIndex(File.ReadAllLines(Path.Combine(home.Path, "exercises", "with-picture.yaml")), l => l.StartsWith("image:")) + 1);
        problem.Message.ShouldContain(says);
        problem.Partial.ShouldBeTrue();
        load.Catalog.Find("with-picture")!.Image.ShouldBeNull();
    }

    [Fact]
    public void A_symbolic_link_that_leads_out_of_the_folder_is_refused()
    {
        using var home = new TempHome();
        var outside = Path.Combine(home.Path, "private.png");
        File.WriteAllBytes(outside, Png);
        Directory.CreateDirectory(Path.Combine(home.Path, "exercises"));
        File.CreateSymbolicLink(Path.Combine(home.Path, "exercises", "link.png"), outside);

        ExerciseImages.Read(home.Path, "link.png", out var problem).ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("leads outside the exercises folder");
        LoadWith(home, "link.png").Catalog.Find("with-picture")!.Image.ShouldBeNull();
    }

    [Fact]
    public void Content_that_is_not_what_the_name_says_or_too_large_is_refused()
    {
        ExerciseImages.ContentProblem("photo.jpg", Png).ShouldNotBeNull().ShouldContain("is not a JPEG picture");
        ExerciseImages.ContentProblem("photo.png", Png).ShouldBeNull();
        ExerciseImages.ContentProblem("page.svg", "<html><script>alert(1)</script></html>"u8).ShouldNotBeNull();
        ExerciseImages.ContentProblem("page.svg", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8).ShouldBeNull();
        ExerciseImages.ContentProblem("big.png", new byte[ExerciseImages.MaxBytes + 1]).ShouldNotBeNull().ShouldContain("at most 2048 KiB");
    }
}

