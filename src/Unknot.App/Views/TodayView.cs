using Unknot.App.Programmes;
using Unknot.App.Workspaces;
using Unknot.Programmes;

namespace Unknot.App.Views;

/// <summary>
/// What <c>unknot today --json</c> gives: today in one line, and either the programme being followed (as <c>GET
/// /api/program</c> gives it) or, with none, the routine for the moment.
/// </summary>
public sealed record TodayView(string Line, ProgrammeStatusView? Program, SuggestionView? Suggestion)
{
    /// <summary>Today for <paramref name="user"/>, given where their programme stands (null when none is followed).</summary>
    public static TodayView From(UserContext user, ProgrammeReport? report)
    {
        if (report is not null)
        {
            var program = ProgrammeStatusView.From(report, user.Catalog);
            return new TodayView(program.Line, program, null);
        }
        var suggestion = ProgrammeFollowing.Suggestion(user);
        return new TodayView($"No programme: {suggestion.Routine.Name}, about {suggestion.Minutes} min — {suggestion.Why}", null,
            new SuggestionView(suggestion.Routine.Id, suggestion.Routine.Name, suggestion.Minutes, suggestion.Why));
    }
}

/// <summary>The routine for the moment: its id, name, whole minutes and why it was chosen.</summary>
public sealed record SuggestionView(string Routine, string Name, int Minutes, string Why);
