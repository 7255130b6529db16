using Unknot.Programmes;

namespace Unknot.App.Programmes;

/// <summary>Why a programme could not be started, paused, resumed or stopped.</summary>
public enum ProgrammeRefusal
{
    /// <summary>It could: nothing refused.</summary>
    None,

    /// <summary>No programme has the id asked for (a shell answers it as an unknown id: 404, exit code 2).</summary>
    Unknown,

    /// <summary>No programme is being followed.</summary>
    NoneCurrent,

    /// <summary>The programme is not in a state that allows it (already paused, not paused); a conflict.</summary>
    NotNow,
}

/// <summary>
/// What became of a change to a person's programme: where it stands now, or why it was refused, in the words every
/// surface says.
/// </summary>
/// <param name="Report">Where the programme stands after the change; null when refused.</param>
/// <param name="Refusal">Why it was refused, or <see cref="ProgrammeRefusal.None"/>.</param>
/// <param name="Message">The refusal in one line, or what was done ("Paused Desk worker, 4 weeks: resume it to go on where you were.").</param>
public sealed record ProgrammeChange(ProgrammeReport? Report, ProgrammeRefusal Refusal, string Message)
{
    /// <summary>A change that was made.</summary>
    public static ProgrammeChange Done(ProgrammeReport report, string message) => new(report, ProgrammeRefusal.None, message);

    /// <summary>A change that was refused.</summary>
    public static ProgrammeChange Refused(ProgrammeRefusal refusal, string message) => new(null, refusal, message);
}
