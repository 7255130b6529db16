namespace Unknot.Programmes;

/// <summary>A pause of a programme: from the local day it was paused to the local day it resumed (not included), open while it lasts.</summary>
public sealed record ProgrammePause(DateOnly From, DateOnly? Until);

/// <summary>
/// One person following one programme: the programme as it was when they started it (later edits of its file do not
/// rewrite their weeks), the local day they started, their pauses and the day they stopped. Every day here is a local
/// day of the person, so a change to or from summer time, or a move to another zone, keeps their days their own.
/// </summary>
/// <param name="Id">Unique id.</param>
/// <param name="Programme">The programme as started.</param>
/// <param name="StartedOn">The local day of its first week's first day.</param>
/// <param name="Pauses">Its pauses, oldest first; the last may still be open.</param>
/// <param name="StoppedOn">The local day it was stopped or switched for another (its last day: a session done that day still counts); null while it is current.</param>
public sealed record ProgrammeEnrolment(Guid Id, Programme Programme, DateOnly StartedOn, IReadOnlyList<ProgrammePause> Pauses, DateOnly? StoppedOn = null)
{
    /// <summary>True while a pause is open.</summary>
    public bool IsPaused => StoppedOn is null && Pauses.Count > 0 && Pauses[^1].Until is null;

    /// <summary>True until it is stopped.</summary>
    public bool IsCurrent => StoppedOn is null;

    /// <summary>True when <paramref name="day"/> counts towards the programme: on or after its start, not after the day it stopped, in no pause.</summary>
    public bool IsActiveOn(DateOnly day) =>
        day >= StartedOn && (StoppedOn is not { } stopped || day <= stopped)
        && !Pauses.Any(p => day >= p.From && (p.Until is not { } until || day < until));

    /// <summary>Why it cannot be paused now; null when it can.</summary>
    public string? PauseProblem => StoppedOn is not null ? "the programme has been stopped"
        : IsPaused ? $"the programme is already paused (since {Show(Pauses[^1].From)})"
        : null;

    /// <summary>Why it cannot be resumed now; null when it can.</summary>
    public string? ResumeProblem => StoppedOn is not null ? "the programme has been stopped" : !IsPaused ? "the programme is not paused" : null;

    /// <summary>Why it cannot be stopped now; null when it can.</summary>
    public string? StopProblem => StoppedOn is not null ? "the programme has already been stopped" : null;

    /// <summary>Paused from <paramref name="today"/> on; only when <see cref="PauseProblem"/> is null.</summary>
    public ProgrammeEnrolment Pause(DateOnly today) => PauseProblem is { } problem
        ? throw new InvalidOperationException(problem)
        : this with { Pauses = [.. Pauses, new ProgrammePause(Max(today, StartedOn), null)] };

    /// <summary>Going on from <paramref name="today"/>, where it was; only when <see cref="ResumeProblem"/> is null.</summary>
    public ProgrammeEnrolment Resume(DateOnly today) => ResumeProblem is { } problem
        ? throw new InvalidOperationException(problem)
        : this with { Pauses = Closed(today) };

    /// <summary>Stopped on <paramref name="today"/> (its last day); only when <see cref="StopProblem"/> is null.</summary>
    public ProgrammeEnrolment Stop(DateOnly today) => StopProblem is { } problem
        ? throw new InvalidOperationException(problem)
        : this with { StoppedOn = Max(today, StartedOn), Pauses = IsPaused ? Closed(today) : Pauses };

    private IReadOnlyList<ProgrammePause> Closed(DateOnly today) =>
        [.. Pauses.Take(Pauses.Count - 1), Pauses[^1] with { Until = Max(today, Pauses[^1].From) }];

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Show(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
