using Unknot.App.Workspaces;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.App.Views;

/// <summary>
/// What a routine being built would come to before it is saved, as <c>POST /api/routines/preview</c> gives it and the
/// builder shows it: its time compiled by the timeline compiler, so no surface works the dosing out on its own.
/// </summary>
/// <param name="NewId">The id it would be saved under as a new routine (one no routine has yet), or null without a name.</param>
/// <param name="Level">The level the time is compiled at; an item's own level still applies to that item.</param>
/// <param name="TotalSeconds">Every second of it: preparing, the stretches, the moves between them and the rests.</param>
/// <param name="Total">The same, as a clock reads it (<c>4:41</c>).</param>
public sealed record RoutinePreviewView(string? NewId, Level Level, int TotalSeconds, string Total)
{
    /// <summary>The preview of <paramref name="items"/> (at least one, each in the library) under <paramref name="name"/>.</summary>
    public static RoutinePreviewView From(string? name, IReadOnlyList<RoutineItem> items, Library library, Level level)
    {
        var named = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var id = named is null ? null : library.FreeRoutineId(named);
        var draft = new Routine(id ?? "draft", named ?? "Draft", "", items, RoutineOrigin.Saved);
        var seconds = TimelineCompiler.Compile(draft, library.Catalog, level).TotalSeconds;
        return new RoutinePreviewView(id, level, seconds, Durations.Clock(seconds));
    }
}
