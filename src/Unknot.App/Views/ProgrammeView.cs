using Unknot.Catalog;
using Unknot.Programmes;
using Unknot.Reminders;
using Unknot.Text;

namespace Unknot.App.Views;

/// <summary>A programme as <c>unknot programs --json</c> and <c>GET /api/programs</c> give it.</summary>
/// <param name="Source">built-in, file or planned.</param>
/// <param name="Start">The first week's dose.</param>
/// <param name="Final">The dose of the last week when every week is done.</param>
/// <param name="Steps">What each following week adds: level, sets or days.</param>
/// <param name="DoneShare">The share of a week's sessions to do for the next week to step up (0–1).</param>
/// <param name="Missed">drop or carry.</param>
/// <param name="Basis">Where its numbers come from.</param>
public sealed record ProgrammeView(
    string Id, string Name, string Description, int Weeks, IReadOnlyList<ProgrammeSessionView> Sessions, ProgrammeDoseView Start,
    ProgrammeDoseView Final, IReadOnlyList<string> Steps, IReadOnlyList<int> EasierWeeks, double DoneShare, string Missed, string Basis,
    string Source, string? File)
{
    /// <summary>The view of <paramref name="p"/>.</summary>
    public static ProgrammeView From(Programme p) => new(
        p.Id, p.Name, p.Description, p.Weeks,
        p.Sessions.Select(s => new ProgrammeSessionView(s.Routine.Id, s.Routine.Name, ReminderValues.Show(s.Days), s.When)).ToArray(),
        ProgrammeDoseView.From(p.Start, p), ProgrammeDoseView.From(p.FinalDose, p), p.Steps.Select(Kebab.Of).ToArray(), p.EasierWeeks.Order().ToArray(),
        p.DoneShare, Kebab.Of(p.Missed), p.Basis, Kebab.Of(p.Source), p.File);
}

/// <summary>One kind of session of a programme: its routine, the days it may fall on (<c>mon-fri</c>) and when in the day.</summary>
public sealed record ProgrammeSessionView(string Routine, string Name, string Days, string When);

/// <summary>A week's dose: level, times in a row, and sessions a week in all.</summary>
public sealed record ProgrammeDoseView(Dosing.Level Level, int Sets, int SessionsPerWeek, string Words)
{
    /// <summary>The view of <paramref name="dose"/> in <paramref name="programme"/>.</summary>
    public static ProgrammeDoseView From(ProgrammeDose dose, Programme programme) =>
        new(dose.Level, dose.Sets, dose.SessionsPerWeek(programme), dose.Describe(programme));
}

/// <summary>
/// Where the person's programme stands, as <c>unknot program status --json</c> and <c>GET /api/program</c> give it:
/// today in one line and what to play, every week so far with what was planned and done, and each change with its reason.
/// </summary>
/// <param name="Id">This following of the programme (a programme started twice has two).</param>
/// <param name="Status">active, paused, completed or stopped.</param>
/// <param name="Line">Today in one line ("Week 2 · day 3 of 5 — Desk break, 6 min").</param>
/// <param name="Week">The programme week being played.</param>
/// <param name="PausedSince">The local day a pause began, while paused.</param>
public sealed record ProgrammeStatusView(
    Guid Id, ProgrammeView Program, string Status, string Line, DateOnly StartedOn, DateOnly? PausedSince, DateOnly? StoppedOn, int Week,
    ProgrammeTodayView? Today, IReadOnlyList<ProgrammeWeekView> Weeks, IReadOnlyList<string> Changes)
{
    /// <summary>The view of <paramref name="report"/>.</summary>
    public static ProgrammeStatusView From(ProgrammeReport report, ExerciseCatalog catalog)
    {
        var e = report.Enrolment;
        return new(e.Id, ProgrammeView.From(e.Programme), Kebab.Of(report.Status), ProgrammeLines.Today(report, catalog), e.StartedOn,
            e.IsPaused ? e.Pauses[^1].From : null, e.StoppedOn, report.Current.Week,
            report.Today is { } today ? ProgrammeTodayView.From(today, report.On, catalog) : null,
            report.Weeks.Select(w => ProgrammeWeekView.From(w, e.Programme, report.On, catalog)).ToArray(), report.Changes);
    }
}

/// <summary>Today: which of the week's days with a session it is (<c>ordinal</c> of <c>days</c>; 0 on a day off), what to play, and the next day with a session.</summary>
public sealed record ProgrammeTodayView(DateOnly Day, int Ordinal, int Days, IReadOnlyList<PlannedSessionView> Sessions, DateOnly? Next)
{
    /// <summary>The view of <paramref name="today"/>.</summary>
    public static ProgrammeTodayView From(ProgrammeToday today, DateOnly on, ExerciseCatalog catalog) =>
        new(today.Day, today.Ordinal, today.Week.PlannedDays.Count, today.Sessions.Select(s => PlannedSessionView.From(s, today.Week, on, catalog)).ToArray(), today.Next);
}

/// <summary>
/// One planned session: its day, its routine (the id to play), its level and times in a row, its minutes, whether it
/// is done, its state (done, missed, due or ahead), and for a carried one the day it was planned on. <c>play</c> is
/// the web player's address for it.
/// </summary>
public sealed record PlannedSessionView(DateOnly Day, string Routine, string Name, Dosing.Level Level, int Sets, int Minutes, bool Done, string State,
    DateOnly? CarriedFrom, string Play)
{
    /// <summary>The view of <paramref name="s"/>, played in <paramref name="week"/>, as of <paramref name="on"/>.</summary>
    public static PlannedSessionView From(PlannedSession s, ProgrammeWeek week, DateOnly on, ExerciseCatalog catalog) =>
        new(s.Day, s.Routine.Id, s.Routine.Name, week.Dose.Level, week.Dose.Sets, ProgrammeLines.Minutes(s, week, catalog), s.Done,
            Kebab.Of(s.StateOn(on)), s.CarriedFrom, $"/play/program?kind={s.Kind}");
}

/// <summary>
/// One week: <c>number</c> counts the weeks followed (repeats included), <c>week</c> is the programme week it played,
/// <c>why</c> the line that explains its dose; minutes per area planned (the programme's aim) and done.
/// </summary>
public sealed record ProgrammeWeekView(
    int Number, int Week, DateOnly First, DateOnly Last, ProgrammeDoseView Dose, bool Easier, int Planned, int Done, bool Ended, string Why,
    IReadOnlyList<PlannedSessionView> Sessions, IReadOnlyList<AreaMinutesView> Areas)
{
    /// <summary>The view of <paramref name="w"/>.</summary>
    public static ProgrammeWeekView From(ProgrammeWeek w, Programme programme, DateOnly on, ExerciseCatalog catalog) => new(
        w.Number, w.Week, w.Days.Count > 0 ? w.Days[0] : on, w.Days.Count > 0 ? w.Days[^1] : on, ProgrammeDoseView.From(w.Dose, programme),
        w.Easier, w.Planned, w.Done, w.Ended, w.Why,
        w.Sessions.Select(s => PlannedSessionView.From(s, w, on, catalog)).ToArray(),
        w.Areas.Select(a => new AreaMinutesView(Kebab.Of(a.Area), a.Planned, a.Done)).ToArray());
}

/// <summary>Minutes that reach one area in a week: planned (the aim) and done.</summary>
public sealed record AreaMinutesView(string Area, double Planned, double Done);

/// <summary>What a change to a programme answered: the message every surface prints, and where the programme stands.</summary>
public sealed record ProgrammeChangeView(string Message, ProgrammeStatusView Program);
