using Unknot.App.Fields;

namespace Unknot.Web.Pages.Shared;

/// <summary>
/// A labelled drop-down with an "any" choice, for the filter and settings forms: each option sends its word
/// (<see cref="Options"/>) and shows its words (<see cref="Shown"/>, the same when absent); a sentence of
/// <see cref="Problem"/> shows beside it.
/// </summary>
public sealed record SelectModel(string Name, string Label, IReadOnlyList<string> Options, string? Selected, bool AllowAny = true)
{
    /// <summary>What each option shows, beside <see cref="Options"/>.</summary>
    public IReadOnlyList<string>? Shown { get; init; }

    /// <summary>Why the chosen value was refused, as a sentence; null when it is fine.</summary>
    public string? Problem { get; init; }

    /// <summary>A drop-down of an enum's members: kebab-case words sent, plain words shown.</summary>
    public static SelectModel Of<TEnum>(string name, string label, string? selected, bool allowAny = true, FormProblems? problems = null)
        where TEnum : struct, Enum
    {
        var all = Text.Plain.All<TEnum>();
        return new SelectModel(name, label, all.Select(a => a.Word).ToArray(), selected, allowAny)
        {
            Shown = all.Select(a => a.Words).ToArray(),
            Problem = problems?.For(name),
        };
    }
}
