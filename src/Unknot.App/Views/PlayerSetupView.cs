using Unknot.Figures;
using Unknot.Preferences;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Timelines;

namespace Unknot.App.Views;

/// <summary>
/// What the browser player (wwwroot/js/player.js) takes from its page: the timeline it plays, the figures and how
/// they move in each segment, the engine's moments and back rule, the user's sound settings, and the unfinished
/// session it may continue. The page writes it into a script element; the player only plays it.
/// </summary>
/// <param name="Figures">Each exercise's figure animation (wwwroot/js/figure.js), by exercise id.</param>
/// <param name="Motions">What the figure does in each segment, by segment index; null where no figure is shown.</param>
/// <param name="Routine">The routine played.</param>
/// <param name="Timeline">Its compiled timeline.</param>
/// <param name="Directions">What each neck direction is called, for the form check's gauge.</param>
/// <param name="Moments">When a segment marks halfway and counts down, and what "back" does.</param>
/// <param name="Settings">The voice and the beeps.</param>
/// <param name="Resume">The unfinished session this page offers to continue, if any.</param>
public sealed record PlayerSetupView(IReadOnlyDictionary<string, FigureAnimationView> Figures, IReadOnlyList<SegmentMotionView?> Motions,
    PlayerRoutineView Routine, TimelineView Timeline, IReadOnlyDictionary<string, string> Directions, PlayerMomentsView Moments,
    PlayerSettingsView Settings, PlayerResumeView? Resume)
{
    /// <summary>
    /// The setup for playing <paramref name="timeline"/> of <paramref name="routine"/>, continuing <paramref name="unfinished"/>
    /// when given; <paramref name="known"/> are the routines the server finds by id (a report of any other carries its items).
    /// </summary>
    public static PlayerSetupView For(Routine routine, Timeline timeline, IReadOnlyDictionary<string, FigureAnimationView> figures,
        IEnumerable<SegmentMotion?> motions, UserPreferences preferences, SessionRecord? unfinished, RoutineSet known) => new(
        figures,
        motions.Select(m => m is null ? null : SegmentMotionView.Of(m)).ToArray(),
        PlayerRoutineView.Of(routine, known),
        TimelineView.From(timeline),
        NeckMeasurement.Names,
        PlayerMomentsView.Engine,
        new PlayerSettingsView(preferences.Voice, preferences.VoiceName, preferences.BeepVolume),
        unfinished is null ? null : PlayerResumeView.Of(unfinished));
}

/// <summary>The routine as the player reports it: its id and name, its items in order, and whether it was made for this session.</summary>
/// <param name="Id">The routine's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Items">Its items in order, each an exercise with its own level and rest (a report of a planned routine carries them, since no file holds it).</param>
/// <param name="Planned">
/// True for a routine made for this session, which the server cannot find by its id as it is played: a plan, a
/// programme's routine of its own, or a routine played more than once in a row in a programme week.
/// </param>
public sealed record PlayerRoutineView(string Id, string Name, IReadOnlyList<RoutineItemView> Items, bool Planned)
{
    /// <summary>The view of <paramref name="routine"/>; planned unless <paramref name="known"/> holds it as it is.</summary>
    public static PlayerRoutineView Of(Routine routine, RoutineSet known) =>
        new(routine.Id, routine.Name, routine.Items.Select(i => new RoutineItemView(i.Exercise.Value, i.Level, i.RestAfterSeconds)).ToArray(),
            known.Find(routine.Id) is not { } same || !same.Items.SequenceEqual(routine.Items));
}

/// <summary>The session engine's moments and back rule (<see cref="SessionMoments"/>), so the browser plays as the terminal does.</summary>
/// <param name="HalfwayFromSeconds">A segment at least this long has a halfway moment.</param>
/// <param name="CountdownFromSeconds">A segment at least this long counts down before it ends.</param>
/// <param name="CountdownSeconds">How many seconds the countdown counts.</param>
/// <param name="BackRestartsAfterSeconds">Seconds into a segment after which "back" restarts it rather than going to the previous one.</param>
public sealed record PlayerMomentsView(int HalfwayFromSeconds, int CountdownFromSeconds, int CountdownSeconds, double BackRestartsAfterSeconds)
{
    /// <summary>The engine's own values.</summary>
    public static PlayerMomentsView Engine { get; } = new(SessionMoments.HalfwayFromSeconds, SessionMoments.CountdownFromSeconds,
        SessionMoments.CountdownSeconds, SessionMoments.BackRestartsAfterSeconds);
}

/// <summary>The user's settings the player uses.</summary>
/// <param name="Voice">Whether cues are read aloud.</param>
/// <param name="VoiceName">The browser voice asked for, if any.</param>
/// <param name="BeepVolume">The beeps' volume, 0 to 100.</param>
public sealed record PlayerSettingsView(bool Voice, string? VoiceName, int BeepVolume);

/// <summary>Where an unfinished session stopped, for the player to continue it.</summary>
/// <param name="SessionId">The session's id: continuing it reports under the same id.</param>
/// <param name="StartedAt">When it was started.</param>
/// <param name="Index">The segment that was playing.</param>
/// <param name="SecondsInto">How far into that segment.</param>
/// <param name="Outcomes">What became of each segment so far.</param>
/// <param name="PainBefore">The rating given before it started, if any.</param>
public sealed record PlayerResumeView(Guid SessionId, DateTimeOffset StartedAt, int Index, double SecondsInto, IReadOnlyList<SegmentOutcome> Outcomes, int? PainBefore)
{
    /// <summary>The view of <paramref name="unfinished"/>, which has a checkpoint.</summary>
    public static PlayerResumeView Of(SessionRecord unfinished) => new(unfinished.Id, unfinished.StartedAt, unfinished.Checkpoint!.SegmentIndex,
        unfinished.Checkpoint.SecondsInto, unfinished.Segments.Select(g => g.Outcome).ToArray(), unfinished.PainBefore?.Value);
}
