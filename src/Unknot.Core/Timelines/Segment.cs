using Unknot.Catalog;

namespace Unknot.Timelines;

/// <summary>One contiguous stretch of a compiled timeline.</summary>
/// <param name="Index">Position in the timeline, from 0.</param>
/// <param name="StartSeconds">Offset from the routine's start.</param>
/// <param name="DurationSeconds">Length, at least 1.</param>
/// <param name="Kind">Prepare, work, hold, switch, transition or rest.</param>
/// <param name="Item">Index of the routine item this segment belongs to (for a transition: the one coming up).</param>
/// <param name="Exercise">The exercise being done or, for prepare and transition, the one coming up.</param>
/// <param name="ExerciseName">Its display name.</param>
/// <param name="Side">Left, right or none.</param>
/// <param name="Rep">Repetition number from 1, or null outside repetitions.</param>
/// <param name="RepCount">How many repetitions the block has, or null.</param>
/// <param name="Phase">The phase name ("cat", "elbows back"), or null.</param>
/// <param name="Cue">What to show and say.</param>
public sealed record Segment(
    int Index,
    int StartSeconds,
    int DurationSeconds,
    SegmentKind Kind,
    int Item,
    ExerciseId Exercise,
    string ExerciseName,
    Side Side,
    int? Rep,
    int? RepCount,
    string? Phase,
    string Cue)
{
    /// <summary>
    /// For work and holds, which phase of the exercise's dose this is, counting the phases of all its blocks from 0
    /// (its figure's key pose <c>PhaseIndex + 1</c> is where the phase ends); null for the other kinds.
    /// </summary>
    public int? PhaseIndex { get; init; }

    /// <summary>
    /// For work and holds whose phase aims for a neck angle: the direction (as <see cref="Progress.NeckMeasurement.Directions"/>
    /// names it, the side already applied) and the band of degrees the camera's form check holds it to; else null.
    /// </summary>
    public SegmentBand? Band { get; init; }

    /// <summary>For work and holds, the caution that belongs to this phase (<see cref="Exercise.CautionDuring"/>); else null.</summary>
    public string? Caution { get; init; }

    /// <summary>
    /// What a voice says as the segment starts. The cue, except in the repetitions after the first: their cues were
    /// said once, so a voice counts ("2. Cat.") and names each later phase ("Cow.") instead of reading them again.
    /// Defaults to the cue.
    /// </summary>
    public string Spoken
    {
        get => _spoken ?? Cue;
        init => _spoken = value;
    }

    private readonly string? _spoken;

    /// <summary>Offset where the segment ends and the next begins.</summary>
    public int EndSeconds => StartSeconds + DurationSeconds;

    /// <summary>The start as a time span.</summary>
    public TimeSpan Start => TimeSpan.FromSeconds(StartSeconds);

    /// <summary>The end as a time span.</summary>
    public TimeSpan End => TimeSpan.FromSeconds(EndSeconds);

    /// <summary>The length as a time span.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(DurationSeconds);

    /// <summary>True for the segments where the user is stretching, not moving between things.</summary>
    public bool IsExercise => Kind is SegmentKind.Work or SegmentKind.Hold;
}

/// <summary>The neck angle a segment aims for: <c>tiltLeft</c> between 20° and 45°.</summary>
/// <param name="Direction">One of <see cref="Progress.NeckMeasurement.Directions"/>.</param>
/// <param name="From">The low end, in degrees.</param>
/// <param name="To">The high end, in degrees.</param>
public sealed record SegmentBand(string Direction, int From, int To);
