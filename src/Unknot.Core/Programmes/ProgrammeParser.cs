using System.Globalization;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Reminders;
using Unknot.Routines;
using Unknot.Text;

namespace Unknot.Programmes;

/// <summary>Turns one programme YAML file into a <see cref="Programme"/>, checking each routine and exercise it names.</summary>
public static class ProgrammeParser
{
    /// <summary>Parses the text of <paramref name="file"/>; null when any problem was found (each with its path, line and field).</summary>
    public static Programme? Parse(string file, string text, ProgrammeSource source, ExerciseCatalog catalog, RoutineSet routines, List<LoadProblem> problems)
    {
        var before = problems.Count;
        var root = Yaml.YamlFile.Open(file, text, problems);
        if (root is null)
        {
            return null;
        }
        root.RejectUnknown("id", "name", "description", "weeks", "sessions", "start", "steps", "easierWeeks", "doneShare", "missed", "basis");
        var id = root.String("id");
        if (id is not null && !ExerciseId.IsValid(id))
        {
            root.Problem("id", $"must be kebab-case (lower-case words joined by '-'), got '{id}'");
        }
        var name = root.String("name");
        var description = root.String("description", required: false) ?? "";
        var weeks = root.Int("weeks", 1, Programme.MaxWeeks) ?? 1;
        var sessions = new List<ProgrammeSession>();
        var index = 0;
        foreach (var entry in root.Mappings("sessions"))
        {
            index++;
            entry.RejectUnknown("routine", "name", "items", "days", "when");
            var days = Days(entry);
            var routine = RoutineOf(entry, $"{id}-{index}", catalog, routines);
            if (routine is not null && days is not null)
            {
                sessions.Add(new ProgrammeSession(routine, days, entry.String("when", required: false) ?? ""));
            }
        }
        var most = sessions.Count == 0 ? 7 : sessions.Max(s => s.Days.Count);
        var start = root.Mapping("start", required: false);
        start?.RejectUnknown("level", "sets", "days");
        var dose = new ProgrammeDose(
            start?.Enum<Level>("level", required: false) ?? Level.Gentle,
            start?.Int("sets", 1, ProgrammeDose.MaxSets, required: false) ?? 1,
            start?.Int("days", 1, most, required: false) ?? most);
        var stepProblems = problems.Count;
        var steps = root.Enums<ProgrammeStep>("steps");
        if (problems.Count == stepProblems)
        {
            // Enums keeps each value once, as a list of tags should; a step named twice is taken twice, so read them as written.
            steps = root.Strings("steps").Select(s => Kebab.TryParse<ProgrammeStep>(s, out var step) ? step : throw new InvalidOperationException(s)).ToArray();
        }
        if (Programme.StepsProblem(weeks, steps.Count) is { } tooMany)
        {
            root.Problem("steps", tooMany);
        }
        var easier = new HashSet<int>();
        foreach (var week in root.Strings("easierWeeks"))
        {
            if (int.TryParse(week, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2 && n <= weeks)
            {
                easier.Add(n);
            }
            else
            {
                root.Problem("easierWeeks", $"must list weeks from 2 to {weeks}, got '{week}'");
            }
        }
        var share = root.Int("doneShare", 1, 100, required: false) is { } percent ? percent / 100.0 : Programme.DefaultDoneShare;
        var missed = root.Enum<MissedSessions>("missed", required: false) ?? MissedSessions.Drop;
        var basis = root.String("basis", required: false) ?? "";
        return problems.Count == before
            ? new Programme(id!, name!, description, weeks, sessions, dose, steps, easier, share, missed, basis, source,
                source == ProgrammeSource.File ? file : null)
            : null;
    }

    private static IReadOnlySet<DayOfWeek>? Days(Yaml.YamlFields entry)
    {
        var text = entry.String("days");
        if (text is null)
        {
            return null;
        }
        var days = ReminderValues.Days(text);
        if (days is null)
        {
            entry.Problem("days", ReminderValues.DaysProblem(text)!);
        }
        return days;
    }

    /// <summary>The routine a session names, or its own items as a routine of its own (named <paramref name="ownId"/>).</summary>
    private static Routine? RoutineOf(Yaml.YamlFields entry, string ownId, ExerciseCatalog catalog, RoutineSet routines)
    {
        if (entry.Has("routine") == entry.Has("items"))
        {
            entry.Problem("routine", "give either a routine's id or items of its own, not both and not neither");
            return null;
        }
        if (entry.String("routine", required: false) is { } routineId)
        {
            var routine = routines.Find(routineId);
            if (routine is null)
            {
                entry.Problem("routine", routines.Suggest(routineId) is { } hint
                    ? $"unknown routine '{routineId}' — did you mean '{hint}'?"
                    : $"unknown routine '{routineId}': no built-in or own routine has that id");
            }
            return routine;
        }
        var items = RoutineParser.Items(entry, catalog);
        var name = entry.String("name");
        return items.Count > 0 && name is not null ? new Routine(ownId, name, "", items, RoutineOrigin.Planned) : null;
    }
}
