using System.Text.Json;
using Unknot.Catalog;
using Unknot.Cli.Json;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Sessions;

namespace Unknot.Cli.Player;

/// <summary>What the checkpoint file holds: where the session was, and the routine as it was played (plans have no file of their own).</summary>
internal sealed record SavedSession(
    string Routine,
    string RoutineName,
    Level Level,
    int SegmentIndex,
    double SecondsInto,
    IReadOnlyList<SavedItem> Items)
{
    public SessionCheckpoint Checkpoint => new(Routine, Level, SegmentIndex, SecondsInto);

    public static SavedSession From(Routine routine, SessionCheckpoint checkpoint) => new(
        routine.Id, routine.Name, checkpoint.Level, checkpoint.SegmentIndex, checkpoint.SecondsInto,
        routine.Items.Select(i => new SavedItem(i.Exercise.Value, i.Level, i.RestAfterSeconds)).ToArray());
}

/// <summary>One routine item in the checkpoint file.</summary>
internal sealed record SavedItem(string Exercise, Level? Level, int RestAfter);

/// <summary>
/// The unfinished session, kept in <c>$UNKNOT_HOME/checkpoint.json</c>: written at every segment change,
/// on pause and on stop, removed when a session completes, so a killed process loses at most one segment.
/// </summary>
internal sealed class CheckpointFile(string home)
{
    public string Path { get; } = System.IO.Path.Combine(home, "checkpoint.json");

    public void Save(SavedSession session)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(session, JsonOutput.Options));
        File.Move(temporary, Path, overwrite: true);
    }

    public void Delete()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }

    /// <summary>The saved session, null when there is none, or a <see cref="CliError"/> when the file is damaged.</summary>
    public SavedSession? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }
        try
        {
            var session = JsonSerializer.Deserialize<SavedSession>(File.ReadAllText(Path), JsonOutput.Options);
            if (session is null || string.IsNullOrWhiteSpace(session.Routine) || session.SegmentIndex < 0 || session.SecondsInto < 0
                || session.Items is null || session.Items.Count == 0)
            {
                throw new CliError($"{Path}: not a session checkpoint (routine, level, segmentIndex, secondsInto, items); delete it to start afresh");
            }
            return session;
        }
        catch (JsonException e)
        {
            throw new CliError($"{Path}: line {(e.LineNumber ?? 0) + 1}: {e.Path}: not a valid checkpoint; delete it to start afresh");
        }
    }

    /// <summary>The routine as it was played, checked against today's catalog.</summary>
    public static Routine RoutineOf(SavedSession session, ExerciseCatalog catalog)
    {
        var items = session.Items.Select(i =>
        {
            var exercise = catalog.Find(i.Exercise)
                ?? throw new CliError($"the unfinished session includes exercise '{i.Exercise}', which is no longer in the catalog; start a new session");
            return new RoutineItem(exercise.Id, i.Level, i.RestAfter);
        }).ToArray();
        return new Routine(session.Routine, session.RoutineName, "", items, "checkpoint");
    }
}
