using System.Globalization;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.Dosing;
using Unknot.Programmes;
using Unknot.Reminders;
using Unknot.Routines;
using Unknot.Storage;

namespace Unknot.App.Exchange;

/// <summary>The programmes of an export file, each checked whole before anything is written.</summary>
public static partial class ImportReader
{
    private const string ProgrammesField = "programmes";

    /// <summary>Most programmes one file may carry.</summary>
    public const int MaxProgrammes = 1000;

    /// <summary>
    /// The programmes of the file, each with the stopped copy kept instead when it is current and the user already
    /// follows another: stopped on <paramref name="stopOn"/>, the day after the file was exported, so every day it ran
    /// until then still counts. Two programmes of one id, or two current ones, are refused.
    /// </summary>
    private static IReadOnlyList<ImportedProgramme> Programmes(Input? array, DateOnly stopOn)
    {
        var programmes = new List<ImportedProgramme>();
        var ids = new HashSet<Guid>();
        string? current = null;
        foreach (var item in array?.List(MaxProgrammes) ?? [])
        {
            var idField = item.Required("id");
            var id = idField.Guid();
            if (!ids.Add(id))
            {
                throw idField.Problem($"the id {id} appears more than once");
            }
            var programme = Programme(item.Required("programme"));
            var startedOn = Day(item.Required("startedOn"));
            var pauses = item.Optional("pauses")?.List(1000)
                .Select(p => new ProgrammePause(Day(p.Required("from")), p.Optional("until") is { } until ? Day(until) : null))
                .ToArray() ?? [];
            var stoppedOn = item.Optional("stoppedOn") is { } stopped ? Day(stopped) : (DateOnly?)null;
            if (ProgrammeSnapshot.DaysProblem(startedOn, pauses, stoppedOn) is { } problem)
            {
                throw new FieldException($"{item.Path}.{problem.Field}", problem.Message);
            }
            if (stoppedOn is null)
            {
                if (current is not null)
                {
                    throw new FieldException($"{item.Path}.stoppedOn", $"is required: {current} is current too, and only one programme is current at a time");
                }
                current = item.Path;
            }
            var enrolment = new ProgrammeEnrolment(id, programme, startedOn, pauses, stoppedOn);
            programmes.Add(new ImportedProgramme(enrolment, enrolment.IsCurrent ? enrolment.Stop(stopOn) : enrolment));
        }
        return programmes;
    }

    /// <summary>A programme as the export writes it: the same bounds as a programme file, with its routines whole.</summary>
    private static Programme Programme(Input node)
    {
        var id = node.Required("id").Id();
        var name = NotEmpty(node.Required("name"), 200);
        var weeks = node.Required("weeks").Int(1, Unknot.Programmes.Programme.MaxWeeks);
        var sessions = node.Required("sessions").List(50).Select(s =>
        {
            // A programme keeps its routines as they were when it started: their exercises may since have gone.
            var routine = RoutineDraftReader.Routine(s.Required("routine"), null) with { Origin = RoutineOrigin.Planned };
            var daysField = s.Required("days");
            var text = daysField.String(100);
            var days = ReminderValues.Days(text) ?? throw daysField.Problem(ReminderValues.DaysProblem(text)!);
            return new ProgrammeSession(routine, days, s.Optional("when")?.String(200) ?? "");
        }).ToArray();
        if (sessions.Length == 0)
        {
            throw node.Required("sessions").Problem("must list at least one session");
        }
        var start = node.Required("start");
        var dose = new ProgrammeDose(start.Required("level").Word<Level>(), start.Required("sets").Int(1, ProgrammeDose.MaxSets),
            start.Required("days").Int(1, sessions.Max(s => s.Days.Count)));
        var stepsField = node.Optional("steps");
        var steps = stepsField?.List(Unknot.Programmes.Programme.MaxWeeks).Select(s => s.Word<ProgrammeStep>()).ToArray() ?? [];
        if (Unknot.Programmes.Programme.StepsProblem(weeks, steps.Length) is { } tooMany)
        {
            throw stepsField!.Problem(tooMany);
        }
        var easierField = node.Optional("easierWeeks");
        var easier = easierField?.List(Unknot.Programmes.Programme.MaxWeeks).Select(w => weeks >= 2
            ? w.Int(2, weeks)
            : throw easierField.Problem("must be empty: a programme of 1 week has no week to make easier")).ToHashSet() ?? [];
        var share = node.Optional("doneShare")?.Decimal(0.01, 1) ?? Unknot.Programmes.Programme.DefaultDoneShare;
        var sourceField = node.Required("source");
        var source = sourceField.Word<ProgrammeSource>();
        var file = node.Optional("file") is { } fileField ? ProgrammeFile(fileField, source) : null;
        return new Programme(id, name, node.Optional("description")?.String(1000) ?? "", weeks, sessions, dose, steps, easier, share,
            node.Optional("missed")?.Word<MissedSessions>() ?? MissedSessions.Drop, node.Optional("basis")?.String(2000) ?? "", source, file);
    }

    /// <summary>A programme file's place in the home, <c>programs/NAME.yaml</c>, given only for a programme from a file.</summary>
    private static string ProgrammeFile(Input field, ProgrammeSource source)
    {
        var file = field.String(200);
        if (source != ProgrammeSource.File)
        {
            throw field.Problem($"is given only for a programme whose source is 'file', not '{Text.Kebab.Of(source)}'");
        }
        var name = file.StartsWith("programs/", StringComparison.Ordinal) ? file["programs/".Length..] : "";
        return name.Length > 0 && !name.Contains('/') && !name.Contains('\\') && !name.StartsWith('.')
            && (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal))
            ? file
            : throw field.Problem($"must be a file of the programs folder, such as 'programs/my-weeks.yaml', got '{file}'");
    }

    private static string NotEmpty(Input field, int maxLength)
    {
        var text = field.String(maxLength).Trim();
        return text.Length > 0 ? text : throw field.Problem("must not be empty");
    }

    /// <summary>A local day such as 2026-11-23, within the years any input may name.</summary>
    private static DateOnly Day(Input field)
    {
        var text = field.String(40);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw field.Problem($"must be a day such as 2026-11-23, got '{text}'");
        }
        return day.Year >= Input.EarliestInstant.Year && day.Year < Input.LatestInstant.Year
            ? day
            : throw field.Problem($"must be between {Input.EarliestInstant.Year} and {Input.LatestInstant.Year - 1}, got {text}");
    }
}
