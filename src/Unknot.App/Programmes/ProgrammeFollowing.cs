using Unknot.App.Workspaces;
using Unknot.Progress;
using Unknot.Programmes;

namespace Unknot.App.Programmes;

/// <summary>
/// One person's programmes, as both shells use them: where the current one stands today, and starting, pausing,
/// resuming and stopping it. Days are the person's local days in their time zone as it is now; each session counts on
/// the local day of the zone it was played in.
/// </summary>
public static class ProgrammeFollowing
{
    /// <summary>What to say when nothing is being followed.</summary>
    public const string NoneCurrent = "no programme is being followed; pick one from the programmes and start it";

    /// <summary>Where a refusal that names no programme points the terminal.</summary>
    public const string NoneCurrentInTerminal = NoneCurrent + " ('unknot programs' lists them)";

    /// <summary>The person's local day now.</summary>
    public static DateOnly Today(UserContext user) => TimeZones.LocalDay(user.Time.GetUtcNow(), user.Zone);

    /// <summary>The programme being followed (paused or completed included), or null.</summary>
    public static ProgrammeEnrolment? CurrentEnrolment(UserContext user) => user.Exists ? CurrentIn(user.Store) : null;

    /// <summary>Where the current programme stands today, or null when none is being followed.</summary>
    public static ProgrammeReport? Current(UserContext user) =>
        CurrentEnrolment(user) is { } enrolment ? Evaluate(user, enrolment) : null;

    private static ProgrammeEnrolment? CurrentIn(Storage.IUnknotStore store) => store.Programmes().FirstOrDefault(e => e.IsCurrent);

    /// <summary>The programmes followed before, newest first, each as it ended.</summary>
    public static IReadOnlyList<ProgrammeReport> Past(UserContext user) =>
        user.Exists ? user.Store.Programmes().Where(e => !e.IsCurrent).Select(e => Evaluate(user, e)).ToArray() : [];

    /// <summary>Where <paramref name="enrolment"/> stands today, from the sessions played since it started.</summary>
    public static ProgrammeReport Evaluate(UserContext user, ProgrammeEnrolment enrolment) =>
        Evaluate(user.Store, enrolment, user.Catalog, Today(user));

    /// <summary>Where the current programme in <paramref name="store"/> stands on <paramref name="today"/>, or null when none is being followed.</summary>
    public static ProgrammeReport? Current(Storage.IUnknotStore store, Catalog.ExerciseCatalog catalog, DateOnly today) =>
        CurrentIn(store) is { } enrolment ? Evaluate(store, enrolment, catalog, today) : null;

    private static ProgrammeReport Evaluate(Storage.IUnknotStore store, ProgrammeEnrolment enrolment, Catalog.ExerciseCatalog catalog, DateOnly today)
    {
        // A day either side of its local days in UTC covers every zone the person may have played in; a stopped
        // programme reads no session after its last day, however long ago that was.
        var since = new DateTimeOffset(enrolment.StartedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);
        DateTimeOffset? until = enrolment.StoppedOn is { } stopped ? new DateTimeOffset(stopped.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(2) : null;
        return ProgrammeProgress.Evaluate(enrolment, SessionsBetween(store, since, until).Select(PlayedSession.From), today, catalog);
    }

    /// <summary>Every session started from <paramref name="since"/> (and before <paramref name="until"/>), a page at a time, however many there are.</summary>
    private static IEnumerable<SessionRecord> SessionsBetween(Storage.IUnknotStore store, DateTimeOffset since, DateTimeOffset? until)
    {
        SessionCursor? before = null;
        while (true)
        {
            var page = store.Sessions(new SessionQuery(SessionQuery.MaxLimit, Since: since, Until: until, Before: before));
            foreach (var session in page)
            {
                yield return session;
            }
            if (page.Count < SessionQuery.MaxLimit)
            {
                yield break;
            }
            before = SessionCursor.After(page[^1]);
        }
    }

    /// <summary>The session of today to play next: the first not done yet, else (to play it again) the first; null on a day off.</summary>
    public static PlannedSession? Due(ProgrammeReport report) =>
        report.Today?.Sessions.FirstOrDefault(s => !s.Done) ?? report.Today?.Sessions.FirstOrDefault();

    /// <summary>
    /// <paramref name="session"/>'s routine with only the exercises the catalog still has (one of the person's own may
    /// be gone since the programme began); null when none is left to play.
    /// </summary>
    public static Routines.Routine? Playable(PlannedSession session, Catalog.ExerciseCatalog catalog) =>
        ProgrammeLines.Known(session.Routine, catalog) is { Items.Count: > 0 } routine ? routine : null;

    /// <summary>Why today's session cannot be played, in one line: a day off, paused, or its exercises gone.</summary>
    public static string NothingToPlay(ProgrammeReport report, Catalog.ExerciseCatalog catalog) =>
        Due(report) is { } due
            ? $"none of the exercises of {due.Routine.Name} is in your catalog any more; start another programme or routine"
            : $"nothing to play today: {ProgrammeLines.Today(report, catalog)}";

    /// <summary>
    /// Today's session of kind <paramref name="kind"/> of the current programme, as it is to be played: the routine at
    /// the week's sets, the week's level, and today's line; null when there is none today (a day off, paused, or no
    /// programme).
    /// </summary>
    public static (Routines.Routine Routine, Dosing.Level Level, string Line)? TodaySession(UserContext user, int kind) =>
        Current(user) is { Today: { } today } report && today.Sessions.FirstOrDefault(s => s.Kind == kind) is { } session
            && Playable(session, user.Catalog) is { } routine
            ? (routine, report.Current.Dose.Level, ProgrammeLines.Today(report, user.Catalog))
            : null;

    /// <summary>The routine for the moment when no programme is followed (home's suggestion).</summary>
    public static Planning.Suggestion Suggestion(UserContext user)
    {
        var now = TimeZoneInfo.ConvertTime(user.Time.GetUtcNow(), user.Zone);
        var first = !user.Exists || user.Store.Sessions(SessionQuery.Latest(1)).Count == 0;
        return Planning.TodaySuggestion.For(now, user.Routines, user.Catalog, user.Level, user.Preferences.Focus, first);
    }

    /// <summary>
    /// Why <see cref="TodaySession"/> found nothing, in the words every surface says: nothing is followed, or where the
    /// programme stands today ("Week 2 · a day off — next: Wednesday").
    /// </summary>
    public static string NothingToPlay(UserContext user) => Current(user) is { } report
        ? $"your programme has no such session today: {ProgrammeLines.Today(report, user.Catalog)}"
        : NoneCurrent;

    /// <summary>Starts the programme with id <paramref name="id"/> today, stopping the one before (it stays in the history).</summary>
    public static ProgrammeChange Start(UserContext user, string id) =>
        user.Library.Programmes.Find(id) is { } programme
            ? Start(user, programme)
            : ProgrammeChange.Refused(ProgrammeRefusal.Unknown, user.Library.UnknownProgramme(id));

    /// <summary>Starts <paramref name="programme"/> today (a planned one too), stopping the one before.</summary>
    public static ProgrammeChange Start(UserContext user, Programme programme)
    {
        var before = CurrentEnrolment(user);
        var enrolment = new ProgrammeEnrolment(Guid.NewGuid(), programme, Today(user), []);
        user.Store.StartProgramme(enrolment);
        var report = Evaluate(user, enrolment);
        var switched = before is null ? "" : $" {before.Programme.Name} is stopped and stays in your history.";
        return ProgrammeChange.Done(report, $"Started {programme.Name}.{switched}");
    }

    /// <summary>Pauses the current programme from today.</summary>
    /// <remarks>When today's session is already done, the pause begins tomorrow, so today still counts.</remarks>
    public static ProgrammeChange Pause(UserContext user) => Change(user, e => e.PauseProblem,
        e => e.Pause(Evaluate(user, e).Today?.Sessions.Any(s => s.Done) == true ? Today(user).AddDays(1) : Today(user)),
        e => $"Paused {e.Programme.Name}: resume it to go on where you were.");

    /// <summary>Resumes the current programme today, where it was.</summary>
    public static ProgrammeChange Resume(UserContext user) => Change(user, e => e.ResumeProblem, e => e.Resume(Today(user)),
        e => $"Resumed {e.Programme.Name} where you were.");

    /// <summary>Stops the current programme today; it stays in the history.</summary>
    public static ProgrammeChange Stop(UserContext user) => Change(user, e => e.StopProblem, e => e.Stop(Today(user)),
        e => $"Stopped {e.Programme.Name}; it stays in your history.");

    private static ProgrammeChange Change(UserContext user, Func<ProgrammeEnrolment, string?> problem,
        Func<ProgrammeEnrolment, ProgrammeEnrolment> change, Func<ProgrammeEnrolment, string> said)
    {
        if (CurrentEnrolment(user) is not { } enrolment)
        {
            return ProgrammeChange.Refused(ProgrammeRefusal.NoneCurrent, NoneCurrent);
        }
        if (problem(enrolment) is { } refused)
        {
            return ProgrammeChange.Refused(ProgrammeRefusal.NotNow, refused);
        }
        var changed = change(enrolment);
        if (!user.Store.ChangeCurrentProgramme(changed))
        {
            return ProgrammeChange.Refused(ProgrammeRefusal.NotNow, "the programme was switched for another meanwhile; look at it again");
        }
        return ProgrammeChange.Done(Evaluate(user, changed), said(changed));
    }
}
