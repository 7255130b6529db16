using Unknot.Dosing;
using Unknot.Routines;

namespace Unknot.Programmes;

/// <summary>What one week of a programme adds to the dose before it, when the week before was done without a flare.</summary>
public enum ProgrammeStep
{
    /// <summary>The next level: gentle, then standard, then deep (longer holds, more repetitions within each range).</summary>
    Level,

    /// <summary>Each stretch played one more time in a row, up to <see cref="ProgrammeDose.MaxSets"/>.</summary>
    Sets,

    /// <summary>One more session a week, up to every day a session is planned on.</summary>
    Days,
}

/// <summary>What becomes of a planned session that was not played on its day.</summary>
public enum MissedSessions
{
    /// <summary>It is gone; the week counts it as not done.</summary>
    Drop,

    /// <summary>It is offered on the next day of the same week that has no session of its own; one at a time, never piled up.</summary>
    Carry,
}

/// <summary>One kind of session in a programme: a routine and the days of the week it is played on.</summary>
/// <param name="Routine">The routine, resolved when the programme was read (so a stored programme is whole).</param>
/// <param name="Days">Every day of the week it may fall on; the week's dose says on how many of them it does.</param>
/// <param name="When">A few words on when in the day ("before your workout"); empty when any time suits.</param>
public sealed record ProgrammeSession(Routine Routine, IReadOnlySet<DayOfWeek> Days, string When = "");

/// <summary>Where a programme comes from.</summary>
public enum ProgrammeSource
{
    /// <summary>Shipped with Unknot.</summary>
    BuiltIn,

    /// <summary>A YAML file in the user's <c>programs/</c> folder.</summary>
    File,

    /// <summary>Made by the planner (<c>unknot program plan</c>).</summary>
    Planned,
}

/// <summary>
/// Weeks of sessions that carry a person from one good session to a recovery: which routines on which days, the dose
/// of the first week, and what each later week adds when the week before was done without a flare.
/// </summary>
/// <param name="Id">Kebab-case id.</param>
/// <param name="Name">Display name ("Desk worker, 4 weeks").</param>
/// <param name="Description">One or two sentences on whom it is for.</param>
/// <param name="Weeks">How many weeks it lasts when every week is done.</param>
/// <param name="Sessions">The kinds of session, each with its days.</param>
/// <param name="Start">The first week's dose.</param>
/// <param name="Steps">What each following week adds, in order; a week past the last step keeps the last dose.</param>
/// <param name="EasierWeeks">Weeks played one step below the week before them (a lighter week to recover).</param>
/// <param name="DoneShare">The share of a week's planned sessions that must be done for the next week to step up.</param>
/// <param name="Missed">What becomes of a session not played on its day.</param>
/// <param name="Basis">Where its numbers come from, in a sentence or two.</param>
/// <param name="Source">Built in, a user file or planned.</param>
/// <param name="File">For a user file, its path relative to the Unknot home.</param>
public sealed record Programme(
    string Id,
    string Name,
    string Description,
    int Weeks,
    IReadOnlyList<ProgrammeSession> Sessions,
    ProgrammeDose Start,
    IReadOnlyList<ProgrammeStep> Steps,
    IReadOnlySet<int> EasierWeeks,
    double DoneShare,
    MissedSessions Missed,
    string Basis,
    ProgrammeSource Source,
    string? File = null)
{
    /// <summary>The longest programme, in weeks (Unknot's own bound: a season; a longer plan is a new programme).</summary>
    public const int MaxWeeks = 26;

    /// <summary>
    /// The share of a week's sessions that counts as done when a programme does not say (Unknot's own choice: four of
    /// five, so one missed break does not hold a week back).
    /// </summary>
    public const double DefaultDoneShare = 0.8;

    /// <summary>Why <paramref name="steps"/> steps are too many for a programme of <paramref name="weeks"/> weeks; null when they are not.</summary>
    public static string? StepsProblem(int weeks, int steps) => steps > Math.Max(0, weeks - 1)
        ? $"a programme of {weeks} weeks takes at most {Math.Max(0, weeks - 1)} steps (one a week after the first), got {steps}"
        : null;

    /// <summary>
    /// The dose of programme week <paramref name="week"/> (1-based): the start with the first <c>week − 1</c> steps
    /// taken; an easier week one step below the week before it. No step goes past the deep level or the caps of sets and days.
    /// </summary>
    public ProgrammeDose DoseOf(int week)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        // An easier week is one step below the week before it, so it is lighter than what came just before.
        var taken = EasierWeeks.Contains(week) ? Math.Max(0, Math.Min(week - 2, Steps.Count) - 1) : Math.Min(week - 1, Steps.Count);
        var dose = Start;
        foreach (var step in Steps.Take(taken))
        {
            dose = dose.After(step, this);
        }
        return dose;
    }

    /// <summary>The dose of the last week: what a programme done week after week ends on.</summary>
    public ProgrammeDose FinalDose => DoseOf(Weeks);

    /// <summary>The most days in a week any of its sessions may fall on.</summary>
    public int MostDays => Sessions.Max(s => s.Days.Count);
}
