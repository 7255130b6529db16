using Unknot.App.Fields;
using Unknot.Catalog;
using Unknot.Preferences;

namespace Unknot.App.Readers;

/// <summary>What to start: a programme by its id, or one planned for the person's own request.</summary>
/// <param name="Id">The programme's id; null when <paramref name="Plan"/> is given.</param>
/// <param name="Plan">The request for a programme of one's own; null when <paramref name="Id"/> is given.</param>
public sealed record ProgrammeStartRequest(string? Id, ProgrammePlanRequest? Plan);

/// <summary>
/// Reads <c>POST /api/program</c>: <c>{"program": "desk-worker-4-weeks"}</c>, or <c>{"plan": {weeks, days, minutes,
/// place, focus…}}</c> read by <see cref="ProgrammePlanReader"/> (its fields named <c>plan.minutes</c> and so on).
/// </summary>
public static class ProgrammeStartReader
{
    /// <summary>The request, or the first problem with its field.</summary>
    public static ReadResult<ProgrammeStartRequest> Read(Input input, ExerciseCatalog catalog, UserPreferences preferences) =>
        ReadResult<ProgrammeStartRequest>.From(() =>
        {
            var id = input.Optional("program");
            var plan = input.Optional("plan");
            if ((id is null) == (plan is null))
            {
                throw input.Problem("give either \"program\" (a programme's id) or \"plan\" (weeks, days, minutes, place…), not both and not neither");
            }
            return id is not null
                ? new ProgrammeStartRequest(id.String(80), null)
                : new ProgrammeStartRequest(null, ProgrammePlanReader.Read(plan!, catalog, preferences).GetValueOrThrow());
        });
}
