using Unknot.Programmes;
using Unknot.Text;

namespace Unknot.App.Views;

/// <summary>
/// A programme followed before, as <c>unknot program history --json</c> gives it: which, from when to when, how it
/// ended (completed or stopped), the last programme week reached and the sessions done against planned.
/// </summary>
public sealed record ProgrammeEnrolmentView(Guid Id, string Program, string Name, DateOnly StartedOn, DateOnly? StoppedOn, string Status,
    int Week, int Weeks, int Done, int Planned)
{
    /// <summary>The view of <paramref name="report"/>.</summary>
    public static ProgrammeEnrolmentView From(ProgrammeReport report) => new(
        report.Enrolment.Id, report.Enrolment.Programme.Id, report.Enrolment.Programme.Name, report.Enrolment.StartedOn, report.Enrolment.StoppedOn,
        Kebab.Of(report.Status), report.Current.Week, report.Enrolment.Programme.Weeks, report.Weeks.Sum(w => w.Done), report.Weeks.Sum(w => w.Planned));
}
