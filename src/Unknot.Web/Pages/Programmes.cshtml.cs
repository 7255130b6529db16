using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Unknot.App.Fields;
using Unknot.App.Programmes;
using Unknot.App.Readers;
using Unknot.App.Views;
using Unknot.App.Workspaces;
using Unknot.Programmes;
using Unknot.Web.Api;
using Unknot.Web.Pages.Shared;
using Unknot.Web.Rendering;

namespace Unknot.Web.Pages;

/// <summary>
/// Programmes over weeks: the one followed (today, its weeks, pause, resume, stop), every programme there is with a
/// Start button, a form that plans one of one's own and starts it, and those followed before. Every form works without
/// script; what it says comes from App (<see cref="ProgrammeFollowing"/>) and Core.
/// </summary>
public sealed class ProgrammesModel(UserContext data) : PageModel
{
    /// <summary>Where the programme followed stands today, as the API gives it; null when none is.</summary>
    public ProgrammeStatusView? Status { get; private set; }

    /// <summary>Its weeks as the calendar draws them.</summary>
    public IReadOnlyList<ProgrammeWeekRow> Weeks { get; private set; } = [];

    /// <summary>The week being played, for its minutes per area.</summary>
    public ProgrammeWeek? Week { get; private set; }

    /// <summary>Every programme there is: built-in and the person's files, each beside its view.</summary>
    public IReadOnlyList<(Programme Programme, ProgrammeView View)> All { get; private set; } = [];

    /// <summary>Those followed before, newest first, each with its line ("… was stopped on 2 December.").</summary>
    public IReadOnlyList<(ProgrammeEnrolment Enrolment, string Line)> Past { get; private set; } = [];

    /// <summary>What the last change did, said once after it ("Started Desk worker, 4 weeks.").</summary>
    public string? Said { get; private set; }

    /// <summary>Why a change or a plan was refused, as a sentence.</summary>
    public string? Problem { get; private set; }

    /// <summary>What the plan form sent, shown again when it was refused.</summary>
    public IFormCollection? Sent { get; private set; }

    /// <summary>The days of the week in the order the form lists them, each with the word the form sends.</summary>
    public static IReadOnlyList<(string Word, string Name, DayOfWeek Day)> WeekDays { get; } = Enumerable.Range(1, 7)
        .Select(d => (DayOfWeek)(d % 7))
        .Select(d => (d.ToString()[..3].ToLowerInvariant(), d.ToString(), d))
        .ToArray();

    /// <summary>Days in short names for a sentence: "Mon, Wed and Fri".</summary>
    public static string Days(IReadOnlySet<DayOfWeek> days) =>
        Text.Plain.And(WeekDays.Where(w => days.Contains(w.Day)).Select(w => w.Name[..3]).ToArray());

    public void OnGet() => Load();

    /// <summary>Starts the programme with id <paramref name="program"/> today.</summary>
    public IActionResult OnPostStart(string? program)
    {
        var change = ProgrammeFollowing.Start(data, program ?? "");
        return change.Refusal == ProgrammeRefusal.Unknown ? this.NoSuch(Missing.Programme(data, program ?? "")) : Answer(change);
    }

    /// <summary>Plans a programme for the form's weeks, days, minutes, place and focus, and starts it.</summary>
    public IActionResult OnPostPlan()
    {
        if (Request.Form["days"].All(string.IsNullOrEmpty))
        {
            // Left out, the reader would take the working week: a form with every day unticked asks for none.
            return Refuse(400, "Days: tick at least one day");
        }
        var read = ProgrammePlanReader.Read(PlanForm(Request.Form), data.Catalog, data.Preferences);
        if (!read.TryGetValue(out var request, out var problem))
        {
            return Refuse(400, $"{Label(problem.Field)}: {problem.Message}");
        }
        var (programme, failure) = ProgrammePlanner.Plan(data.Catalog, request.Plan, request.Weeks, request.Days);
        return programme is null ? Refuse(400, Problems.Explain(failure!)) : Answer(ProgrammeFollowing.Start(data, programme));
    }

    public IActionResult OnPostPause() => Answer(ProgrammeFollowing.Pause(data));

    public IActionResult OnPostResume() => Answer(ProgrammeFollowing.Resume(data));

    public IActionResult OnPostStop() => Answer(ProgrammeFollowing.Stop(data));

    /// <summary>A change made goes back to the page, which says it once; a refused one is the page with the reason (404 or 409, as the API answers).</summary>
    private IActionResult Answer(ProgrammeChange change)
    {
        if (change.Refusal != ProgrammeRefusal.None)
        {
            return Refuse(change.Refusal == ProgrammeRefusal.NotNow ? 409 : 404, change.Message);
        }
        TempData[nameof(Said)] = change.Message;
        return Redirect("/programs");
    }

    private PageResult Refuse(int status, string reason)
    {
        Load();
        Problem = Sentence.Of(reason);
        Sent = Request.HasFormContentType ? Request.Form : null;
        Response.StatusCode = status;
        return Page();
    }

    private void Load()
    {
        Said = TempData[nameof(Said)] as string;
        if (ProgrammeFollowing.Current(data) is { } report)
        {
            Status = ProgrammeStatusView.From(report, data.Catalog);
            Weeks = ProgrammeWeekRow.Of(report, ProgrammeFollowing.Today(data));
            Week = report.Current;
        }
        All = data.Library.Programmes.All.Select(p => (p, ProgrammeView.From(p))).ToArray();
        Past = ProgrammeFollowing.Past(data).Select(r => (r.Enrolment, ProgrammeLines.Today(r, data.Catalog))).ToArray();
    }

    /// <summary>The plan form's fields as the reader takes them: the ticked days joined into one list ("mon,wed,fri").</summary>
    private static TextInput PlanForm(IFormCollection form) => TextInput.Of(form
        .Where(f => f.Key is not ("__RequestVerificationToken" or "days"))
        .Select(f => KeyValuePair.Create(f.Key, (IReadOnlyList<string>)f.Value.Where(v => v is not null).Select(v => v!).ToArray()))
        .Append(KeyValuePair.Create("days", (IReadOnlyList<string>)[string.Join(",", form["days"].Where(d => !string.IsNullOrEmpty(d)))])));

    /// <summary>The form's label of a field the reader names (<c>focus[1]</c> is Focus).</summary>
    private static string Label(string field)
    {
        var name = field.Split('[')[0];
        return name.Length == 0 ? "The plan" : char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..];
    }
}
