using System.Net;

namespace Unknot.Web.Tests;

/// <summary>Every page renders, and a page at a bad address answers 4xx.</summary>
public sealed class PageTests : IDisposable
{
    private readonly TestApi _api = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/library")]
    [InlineData("/library?target=neck&equipment=none")]
    [InlineData("/library/childs-pose")]
    [InlineData("/routines")]
    [InlineData("/routines?minutes=5&place=desk&focus=neck")]
    [InlineData("/routines/new")]
    [InlineData("/routines/desk-break/print")]
    [InlineData("/play/desk-break")]
    [InlineData("/play/plan?minutes=4&place=desk")]
    [InlineData("/history")]
    [InlineData("/settings")]
    [InlineData("/programs")]
    public async Task Every_page_renders(string url)
    {
        using var response = await _api.Http.GetAsync(url, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("<main id=\"main\">");
    }

    [Theory]
    [InlineData("/library/nope", 404)]
    [InlineData("/play/nope", 404)]
    [InlineData("/library?target=elbow", 400)]
    [InlineData("/play/desk-break?level=extreme", 400)]
    [InlineData("/play/plan?minutes=500&place=desk", 400)]
    [InlineData("/routines?minutes=5&place=desk&focus=lats", 400)]
    [InlineData("/play/program?kind=0", 404)]
    [InlineData("/play/program", 404)]
    public async Task Pages_answer_bad_addresses_with_4xx(string url, int status)
    {
        using var response = await _api.Http.GetAsync(url, Cancel);

        ((int)response.StatusCode).ShouldBe(status);
    }
}
