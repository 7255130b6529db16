using Unknot.Dosing;
using Unknot.Programmes;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Core.Tests.Programmes;

/// <summary>
/// One person following a programme on a fake clock. Their sessions are stored as the app stores them (a
/// <see cref="SessionRecord"/> at the clock's instant, in the zone they are in) and read back through
/// <see cref="PlayedSession.From"/>; today is the local day of the clock in that zone.
/// </summary>
internal sealed class Follower
{
    /// <summary>Monday 5 January 2026, 09:00 in Berlin.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly List<SessionRecord> _sessions = [];

    /// <summary>Starts <paramref name="programme"/> on the local day of <paramref name="start"/> (Monday 5 January 2026 by default).</summary>
    public Follower(Programme programme, string zone = "Europe/Berlin", DateTimeOffset? start = null)
    {
        Zone = zone;
        Clock = new FakeTimeProvider(start ?? MondayMorning);
        Enrolment = new ProgrammeEnrolment(Guid.NewGuid(), programme, Today, []);
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The zone they are in now; a move changes it for the sessions played after.</summary>
    public string Zone { get; set; }

    public ProgrammeEnrolment Enrolment { get; private set; }

    public DateOnly Today => TimeZones.LocalDay(Clock.GetUtcNow(), TimeZones.Find(Zone));

    public IReadOnlyList<SessionRecord> Sessions => _sessions;

    /// <summary>Where the programme stands now, as the app would show it.</summary>
    public ProgrammeReport Report() =>
        ProgrammeProgress.Evaluate(Enrolment, _sessions.Select(PlayedSession.From), Today, Builtins.Catalog);

    /// <summary>Plays <paramref name="routine"/> now, to the end or (not <paramref name="finished"/>) stopped halfway, rating pain when given.</summary>
    public void Play(Routine routine, int? before = null, int? after = null, Level level = Level.Gentle, bool finished = true)
    {
        var timeline = TimelineCompiler.Compile(routine, Builtins.Catalog, level);
        var started = Clock.GetUtcNow();
        var played = finished ? timeline.Segments.Count : timeline.Segments.Count / 2;
        var record = SessionRecord.Begin(Guid.NewGuid(), "local", routine, timeline, started, Zone)
            .WithOutcomes(Enumerable.Repeat(SegmentOutcome.Done, played).ToArray()) with
        {
            Completed = finished,
            Checkpoint = null,
            EndedAt = started + (finished ? timeline.Total : timeline.Total / 2),
            PainBefore = before is { } b ? new PainScore(b) : null,
            PainAfter = after is { } a ? new PainScore(a) : null,
        };
        _sessions.Add(record);
    }

    /// <summary>Plays every session today offers (a carried one included), each with the same pain.</summary>
    public void PlayToday(int? before = null, int? after = null)
    {
        var today = Report().Today ?? throw new InvalidOperationException($"nothing is offered on {Today}");
        foreach (var session in today.Sessions)
        {
            Play(session.Routine, before, after, today.Week.Dose.Level);
        }
    }

    /// <summary>Moves the clock to <paramref name="time"/> (local) on the next day.</summary>
    public void NextDay(int hour = 9, int minute = 0) => MoveTo(Today.AddDays(1), hour, minute);

    /// <summary>Moves the clock forward to <paramref name="hour"/>:<paramref name="minute"/> local on <paramref name="day"/>.</summary>
    public void MoveTo(DateOnly day, int hour = 9, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified);
        var utc = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, TimeZones.Find(Zone)), TimeSpan.Zero);
        Clock.Advance(utc - Clock.GetUtcNow());
    }

    /// <summary>
    /// Plays out the current week from today: the first <paramref name="done"/> of its planned sessions still to come,
    /// each on its day, with the pain <paramref name="pain"/> gives for it (by its place among those played); then moves
    /// the clock to the morning after the week's last day.
    /// </summary>
    public void PlayWeek(int done, Func<int, (int? Before, int? After)>? pain = null)
    {
        var week = Report().Current;
        var today = Today;
        var played = 0;
        foreach (var session in week.Sessions.Where(s => s.CarriedFrom is null && s.Day >= today).Take(done))
        {
            // A second session on one day is played half an hour after the first.
            var earlier = week.Sessions.Count(s => s.CarriedFrom is null && s.Day == session.Day && s.Kind < session.Kind);
            MoveTo(session.Day, 9, earlier * 30);
            var (before, after) = pain?.Invoke(played) ?? (null, null);
            Play(session.Routine, before, after, week.Dose.Level);
            played++;
        }
        MoveTo(week.Days[^1].AddDays(1));
    }

    /// <summary>Plays out the current week with every session at the same pain before and after.</summary>
    public void PlayWeek(int done, int? before, int? after) => PlayWeek(done, _ => (before, after));

    public void Pause() => Enrolment = Enrolment.Pause(Today);

    /// <summary>Pauses from <paramref name="from"/> (as the app does when today's session is already done).</summary>
    public void Pause(DateOnly from) => Enrolment = Enrolment.Pause(from);

    public void Resume() => Enrolment = Enrolment.Resume(Today);

    public void Stop() => Enrolment = Enrolment.Stop(Today);
}
