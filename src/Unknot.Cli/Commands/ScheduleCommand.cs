using System.CommandLine;
using Unknot.Cli.Completion;
using Unknot.Dosing;
using Unknot.Files;
using Unknot.App.Calendar;
using Unknot.App.Readers;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot schedule ROUTINE --at 10:30,15:00 --days mon-fri</c>: reminders in your calendar.</summary>
internal static class ScheduleCommand
{
    public static Command Create(CliHost host)
    {
        var routine = new Argument<string>("routine") { Description = "A routine id, such as desk-break" }.Offering(() => Choices.Routines(host));
        var at = new Option<string?>("--at") { Description = "Times of day, 24-hour, comma-separated: 10:30,15:00", Required = true };
        var days = new Option<string?>("--days") { Description = "Days: mon-fri (default), mon,wed,fri, weekends, daily…" };
        var ics = new Option<string?>("--ics") { Description = "Write the calendar to this file instead of printing it" };
        var force = new Option<bool>("--force") { Description = "Replace the --ics file when it exists" };
        var level = CommonOptions.Level();
        var command = new Command("schedule", "Make an iCalendar file of recurring reminders for a routine") { routine, at, days, ics, force, level };
        command.SetAction(parse =>
        {
            // Without --ics (or with --ics -) the calendar goes to standard output.
            var path = parse.GetResult(ics) is null ? null : OutputFile.Check(parse.GetValue(ics), parse.GetValue(force), "--ics", "unknot.ics");
            var (times, weekdays) = CliError.ValueOf(ScheduleReader.Read(Options.Fields(parse, at, days)));
            using var user = host.OpenUserIfExists();
            var library = user.Library;
            var chosen = user.Routine(parse.GetValue(routine)!);
            var chosenLevel = user.ChosenLevel(parse.GetValue(level));
            var timeline = TimelineCompiler.Compile(chosen, library.Catalog, chosenLevel);
            var steps = chosen.Items.Select(i =>
            {
                var exercise = library.Catalog.Find(i.Exercise.Value)!;
                return $"{exercise.Name}: {DoseDescription.Describe(exercise.Dose, i.Level ?? chosenLevel)}";
            }).ToArray();
            var calendar = ScheduleCalendar.Write(
                new Schedule(chosen.Id, chosen.Name, steps, timeline.TotalSeconds, times, weekdays, user.Zone),
                host.Time.GetUtcNow());
            if (path is not null)
            {
                LocalFile.Replace(path, stream =>
                {
                    stream.Write(System.Text.Encoding.UTF8.GetBytes(calendar));
                    return true;
                });
                host.Out.WriteLine($"Wrote {times.Count} recurring event{(times.Count == 1 ? "" : "s")} for {Printable.Line(chosen.Name)} ({string.Join(", ", times.Select(t => t.ToString("HH:mm")))}, {string.Join(" ", weekdays.Select(d => d.ToString()[..3]))}, {user.Zone.Id}) to {path}; open it with your calendar to add them.");
            }
            else
            {
                host.Out.Write(calendar);
            }
            return 0;
        });
        return command;
    }
}
