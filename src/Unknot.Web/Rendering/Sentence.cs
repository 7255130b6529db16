namespace Unknot.Web.Rendering;

/// <summary>A reason in the API's words ("the programme is not paused") as a page shows it: a capital first, a full stop last.</summary>
public static class Sentence
{
    /// <summary>The sentence of <paramref name="reason"/>.</summary>
    public static string Of(string reason) => reason.Length == 0
        ? reason
        : string.Concat(char.ToUpperInvariant(reason[0]).ToString(), reason[1..], reason.EndsWith('.') ? "" : ".");
}
