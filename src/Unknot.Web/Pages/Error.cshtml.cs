using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Unknot.Web.Pages;

/// <summary>
/// What a person sees for an error response that has no body of its own (WrongAddress re-executes this page in its
/// place): what was not found, the nearest match, and ways back. It shows no data of its own, so anyone may see it,
/// and it takes the form of whatever was posted (a delete of a session already gone) without asking for a token again.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The status of the answer: the original one, or 404 for the page asked for by its own address.</summary>
    public int Status { get; private set; }

    /// <summary>The address that was asked for.</summary>
    public string Address { get; private set; } = "";

    /// <summary>What the page asked for looked for and did not find; null for an address no page answers.</summary>
    public Missing? Missing { get; private set; }

    /// <summary>The status's name, for an error other than 404.</summary>
    public string Reason => ReasonPhrases.GetReasonPhrase(Status);

    public void OnGet() => Read();

    public void OnPost() => Read();

    private void Read()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Status = original?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Address = original is null ? Request.Path + Request.QueryString : original.OriginalPath + original.OriginalQueryString;
        Missing = HttpContext.Features.Get<Missing>();
        Response.StatusCode = Status;
        // The answer is for this request only: not to be kept by the browser (or the offline copy) as the page asked for.
        Response.Headers.CacheControl = "no-store";
    }
}
