namespace Unknot.Web.Pages.Shared;

/// <summary>A labelled drop-down with an "any" choice, for the filter and settings forms.</summary>
public sealed record SelectModel(string Name, string Label, IReadOnlyList<string> Options, string? Selected, bool AllowAny = true);
