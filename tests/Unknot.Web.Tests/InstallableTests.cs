using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Unknot.Web.Tests;

/// <summary>What a browser needs to install Unknot and show it well: the manifest, its icons, the favicon, and a description on every page.</summary>
public sealed partial class InstallableTests : IDisposable
{
    private readonly TestApp _app = new();
    private readonly HttpClient _http;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public InstallableTests() => _http = _app.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    /// <summary>The width and height a PNG's header states, after checking its signature.</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        png.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "a PNG file");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public async Task The_manifest_names_the_app_and_its_icons_are_pngs_of_the_sizes_it_states()
    {
        using var response = await _http.GetAsync("/manifest.webmanifest", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/manifest+json");
        var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        manifest.GetProperty("short_name").GetString().ShouldBe("Unknot");
        manifest.GetProperty("name").GetString()!.ShouldStartWith("Unknot");
        manifest.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        manifest.GetProperty("display").GetString().ShouldBe("standalone");
        manifest.GetProperty("start_url").GetString().ShouldBe("/");
        manifest.GetProperty("theme_color").GetString()!.ShouldMatch("^#[0-9a-f]{6}$");
        manifest.GetProperty("background_color").GetString()!.ShouldMatch("^#[0-9a-f]{6}$");
        var icons = manifest.GetProperty("icons").EnumerateArray().ToArray();
        icons.Select(i => (i.GetProperty("sizes").GetString(), i.GetProperty("purpose").GetString()))
            .ShouldBe([("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")], ignoreOrder: true);
        foreach (var icon in icons)
        {
            var bytes = await _http.GetByteArrayAsync(icon.GetProperty("src").GetString(), Cancel);
            var (width, height) = PngSize(bytes);
            $"{width}x{height}".ShouldBe(icon.GetProperty("sizes").GetString(), icon.GetProperty("src").GetString());
        }
    }

    [Fact]
    public async Task The_favicon_is_an_icon_and_no_longer_a_404()
    {
        using var response = await _http.GetAsync("/favicon.ico", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ico = await response.Content.ReadAsByteArrayAsync(Cancel);
        BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(2)).ShouldBe((ushort)1, "an icon file");
        var offset = BinaryPrimitives.ReadInt32LittleEndian(ico.AsSpan(18));
        PngSize(ico[offset..]).ShouldBe((48, 48));
    }

    [GeneratedRegex("<meta name=\"description\" content=\"([^\"]+)\">")]
    private static partial Regex Description();

    [Theory]
    [InlineData("/")]
    [InlineData("/library")]
    [InlineData("/library/chest-stretch")]
    [InlineData("/routines")]
    [InlineData("/routines/desk-break/print")]
    [InlineData("/routines/new")]
    [InlineData("/play/desk-break")]
    [InlineData("/history")]
    [InlineData("/settings")]
    public async Task Every_page_links_the_manifest_and_icons_and_describes_itself(string path)
    {
        var html = await _http.GetStringAsync(path, Cancel);

        html.ShouldContain("<link rel=\"manifest\" href=\"/manifest.webmanifest\">");
        html.ShouldContain("<link rel=\"icon\" href=\"/favicon.ico\"");
        html.ShouldContain("<meta name=\"theme-color\"");
        var description = Description().Match(html);
        description.Success.ShouldBeTrue(path);
        WebUtility.HtmlDecode(description.Groups[1].Value).Length.ShouldBeInRange(30, 170, "what a search result shows");
    }

    [Fact]
    public async Task The_pages_describe_themselves_differently()
    {
        string[] paths = ["/", "/library", "/library/chest-stretch", "/routines", "/history", "/settings", "/play/desk-break"];
        var descriptions = new List<string>();
        foreach (var path in paths)
        {
            descriptions.Add(Description().Match(await _http.GetStringAsync(path, Cancel)).Groups[1].Value);
        }

        descriptions.Distinct().Count().ShouldBe(paths.Length);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(/css/site.css\\?v=[^\"]+)\"")]
    private static partial Regex Stylesheet();

    private async Task<HttpResponseMessage> Get(string path, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await _http.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task Styles_scripts_and_the_manifest_go_out_compressed_and_a_versioned_address_is_kept_for_a_year()
    {
        var versioned = Stylesheet().Match(await _http.GetStringAsync("/", Cancel)).Groups[1].Value;
        versioned.ShouldNotBeEmpty("the page links its stylesheet with its version in the address");

        using var style = await Get(versioned, "br, gzip");
        using var plain = await Get("/css/site.css", "gzip");
        using var script = await Get("/js/player.js", "gzip");
        using var manifest = await Get("/manifest.webmanifest", "br");

        style.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        style.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        var css = await _http.GetByteArrayAsync("/css/site.css", Cancel);
        (await style.Content.ReadAsByteArrayAsync(Cancel)).Length.ShouldBeLessThan(css.Length / 2, "brotli shrinks the stylesheet");
        plain.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        plain.Headers.CacheControl!.NoCache.ShouldBeTrue("an address without a version is checked before each use");
        script.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        manifest.Content.Headers.ContentEncoding.ShouldBe(["br"]);
    }

    [Theory]
    [InlineData("/settings")]
    [InlineData("/api/exercises")]
    public async Task Pages_and_api_answers_are_not_compressed_since_they_can_carry_secrets(string path)
    {
        using var response = await Get(path, "br, gzip");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }
}
