using Unknot.Planning;
using Unknot.Routines;

namespace Unknot.Programmes;

/// <summary>Where a programme stands.</summary>
public enum ProgrammeStatus
{
    /// <summary>Being followed.</summary>
    Active,

    /// <summary>Paused; it goes on where it was when resumed.</summary>
    Paused,

    /// <summary>Its last week was done: nothing more is planned.</summary>
    Completed,

    /// <summary>Stopped or switched for another before its end.</summary>
    Stopped,
}

/// <summary>One planned session of a programme week.</summary>
/// <param name="Day">The local day it is planned on (for a carried session, the day it is offered on).</param>
/// <param name="Kind">Which of the programme's sessions (its index).</param>
/// <param name="Routine">The routine to play, at the week's sets.</param>
/// <param name="Done">True once a session of that routine was played to the end on its day (or on the day it was carried to).</param>
/// <param name="CarriedFrom">For a missed session offered again, the day it was planned on.</param>
public sealed record PlannedSession(DateOnly Day, int Kind, Routine Routine, bool Done, DateOnly? CarriedFrom = null)
{
    /// <summary>Done, missed (its day is past), due (today) or ahead, as of <paramref name="today"/>.</summary>
    public PlannedState StateOn(DateOnly today) =>
        Done ? PlannedState.Done : Day < today ? PlannedState.Missed : Day == today ? PlannedState.Due : PlannedState.Ahead;
}

/// <summary>Where a planned session stands on a day.</summary>
public enum PlannedState
{
    /// <summary>Played to the end on its day (or the day it was carried to).</summary>
    Done,

    /// <summary>Its day is past and it was not played.</summary>
    Missed,

    /// <summary>It is today's.</summary>
    Due,

    /// <summary>Its day is still to come.</summary>
    Ahead,
}

/// <summary>Minutes of stretching that reach one area in a week: what the week plans and what was done.</summary>
public sealed record AreaMinutes(FocusArea Area, double Planned, double Done);

/// <summary>
/// One week of a programme as it was played: seven of the person's active days (a pause moves the rest of the week on),
/// its programme week and dose, what was planned and what was done, and the line that says why it has that dose.
/// </summary>
/// <param name="Number">Which week of following it (1 for the first seven days, counting repeats).</param>
/// <param name="Week">Which programme week it plays (a repeated week plays the same one again).</param>
/// <param name="Days">Its seven active days, in order.</param>
/// <param name="Dose">Its dose.</param>
/// <param name="Easier">True for a lighter week the programme plans.</param>
/// <param name="Sessions">Every session it plans, carried ones on the day they are offered.</param>
/// <param name="Areas">Minutes per area: planned and done.</param>
/// <param name="Ended">True once its last day is past.</param>
/// <param name="Why">Why it has this dose, in one line ("Week 3: holds 25 s → 30 s, because you did 5 of 5 sessions and pain went 5 → 3").</param>
public sealed record ProgrammeWeek(
    int Number,
    int Week,
    IReadOnlyList<DateOnly> Days,
    ProgrammeDose Dose,
    bool Easier,
    IReadOnlyList<PlannedSession> Sessions,
    IReadOnlyList<AreaMinutes> Areas,
    bool Ended,
    string Why)
{
    /// <summary>Sessions planned, carried ones not counted twice.</summary>
    public int Planned => Sessions.Count(s => s.CarriedFrom is null);

    /// <summary>Planned sessions done, on their day or the day they were carried to.</summary>
    public int Done => Sessions.Count(s => s.Done);

    /// <summary>The days with a planned session, in order (a carried session's day not counted).</summary>
    public IReadOnlyList<DateOnly> PlannedDays => Sessions.Where(s => s.CarriedFrom is null).Select(s => s.Day).Distinct().Order().ToArray();
}

/// <summary>Today in a programme: the week, which of its sessions today is, and what to play.</summary>
/// <param name="Day">Today's local day.</param>
/// <param name="Week">The week it is in.</param>
/// <param name="Sessions">Today's sessions (a carried one included); empty on a day off.</param>
/// <param name="Ordinal">Which of the week's days with a session today is (1-based); 0 on a day off.</param>
/// <param name="Next">On a day off, the next day with a session; null when none is left this week.</param>
public sealed record ProgrammeToday(DateOnly Day, ProgrammeWeek Week, IReadOnlyList<PlannedSession> Sessions, int Ordinal, DateOnly? Next);

/// <summary>Where one person's programme stands on one day: its weeks so far, today, and its status.</summary>
/// <param name="Enrolment">The programme as they follow it.</param>
/// <param name="Status">Active, paused, completed or stopped.</param>
/// <param name="Weeks">Every week so far, the current one last (with its days to come).</param>
/// <param name="Today">Today, while it is active; null when paused, completed or stopped.</param>
/// <param name="Changes">Each change of dose or week with its reason, oldest first.</param>
/// <param name="On">The local day it was evaluated on.</param>
public sealed record ProgrammeReport(ProgrammeEnrolment Enrolment, ProgrammeStatus Status, IReadOnlyList<ProgrammeWeek> Weeks, ProgrammeToday? Today, IReadOnlyList<string> Changes, DateOnly On)
{
    /// <summary>The week being played (or the last one played).</summary>
    public ProgrammeWeek Current => Weeks[^1];
}
