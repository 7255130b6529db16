namespace Unknot.Testing;

/// <summary>Small real pictures for tests.</summary>
public static class TestPictures
{
    /// <summary>The smallest valid PNG: one transparent pixel.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /// <summary>An SVG that would run a script if it were opened as a page.</summary>
    public const string ScriptedSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>document.title='ran'</script><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";
}
