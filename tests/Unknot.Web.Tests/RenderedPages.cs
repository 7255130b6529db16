using System.Text.RegularExpressions;

namespace Unknot.Web.Tests;

/// <summary>
/// The HTML of pages as the server renders them for one client (its cookies kept), named by how they were asked for:
/// <c>GET /history</c>, or <c>POST /settings (a time zone that does not exist)</c> for a form sent with its own token.
/// </summary>
internal sealed partial class RenderedPages(HttpClient client, string mode)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Each page's name and its HTML, in the order they were fetched.</summary>
    public Dictionary<string, string> Html { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Fetches <paramref name="address"/> as a browser does (its Accept), which must answer a page (a 4xx page too)
    /// and not a redirect or JSON.
    /// </summary>
    public async Task Get(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation("Accept", WrongAddressTests.Browser);
        await Keep($"GET {address}", await client.SendAsync(request, Cancel));
    }

    /// <summary>
    /// Sends the form of <paramref name="page"/> to <paramref name="action"/> with <paramref name="fields"/> and the
    /// page's antiforgery token, and keeps the page that answers (after a redirect, the page it leads to).
    /// </summary>
    public async Task Post(string page, string action, string why, params (string Name, string Value)[] fields)
    {
        var form = await client.GetStringAsync(page, Cancel);
        var token = Token().Match(form).Groups[1].Value;
        token.ShouldNotBeEmpty($"{page} has no antiforgery token");
        var values = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
        await Keep($"POST {action} ({why})", await client.PostAsync(action, new FormUrlEncodedContent(values), Cancel));
    }

    private async Task Keep(string name, HttpResponseMessage response)
    {
        using (response)
        {
            var type = response.Content.Headers.ContentType?.MediaType;
            ((int)response.StatusCode < 300 || (int)response.StatusCode >= 400).ShouldBeTrue($"{mode} {name} answered {(int)response.StatusCode}");
            type.ShouldBe("text/html", $"{mode} {name} answered {(int)response.StatusCode} {type}, not a page");
            Html[$"{mode} {name}"] = await response.Content.ReadAsStringAsync(Cancel);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
