using System.Text.Json;
using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Sessions;
using Unknot.Storage;
using Unknot.Storage.Exchange;
using Unknot.Testing;
using Unknot.Timelines;

namespace Unknot.Bench;

/// <summary>Writes an export file with a history of any length, ending now, for the performance suite.</summary>
internal static class Seed
{
    private static readonly string[] Routines = ["desk-break", "cool-down", "warm-up", "full-upper-back", "lacrosse-release"];

    public static void Write(int sessions, string path)
    {
        var random = new Random(sessions);
        var now = TimeProvider.System.GetUtcNow();
        var timelines = Routines.Select(id => (Routine: Builtins.Routines.Find(id)!, Timeline: TimelineCompiler.Compile(Builtins.Routines.Find(id)!, Builtins.Catalog, Level.Standard))).ToArray();
        // About three sessions a day, going back as far as the number needs.
        IEnumerable<SessionDocument> History()
        {
            for (var i = 0; i < sessions; i++)
            {
                var (routine, timeline) = timelines[random.Next(timelines.Length)];
                var start = now.AddMinutes(-(i * 480.0) - random.Next(0, 60) - 60);
                var completed = random.Next(5) > 0;
                var rated = random.Next(2) == 0;
                var record = SessionRecord.Begin(Guid.NewGuid(), "local", routine, timeline, start, "Europe/Berlin")
                    .WithOutcomes(timeline.Segments.Select((_, s) => completed || s < timeline.Segments.Count / 2 ? SegmentOutcome.Done : SegmentOutcome.Pending).ToArray()) with
                {
                    Completed = completed,
                    Checkpoint = null,
                    EndedAt = start + timeline.Total,
                    PainBefore = rated ? new PainScore(random.Next(3, 9)) : null,
                    PainAfter = rated ? new PainScore(random.Next(1, 7)) : null,
                };
                yield return SessionDocument.From(record);
            }
        }
        var document = new ExportDocument(ExportDocument.FormatName, ExportDocument.CurrentVersion, now, History(), [], [], new Dictionary<string, string>(), []);
        using var stream = File.Create(path);
        JsonSerializer.SerializeAsync(stream, document, StorageJson.Indented).GetAwaiter().GetResult();
    }
}
