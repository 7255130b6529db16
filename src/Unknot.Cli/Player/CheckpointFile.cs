using System.Text.Json;
using Unknot.Cli.Json;
using Unknot.Sessions;

namespace Unknot.Cli.Player;

/// <summary>
/// The unfinished session, kept in <c>$UNKNOT_HOME/checkpoint.json</c>: written at every segment change,
/// on pause and on stop, removed when a session completes, so a killed process loses at most one segment.
/// </summary>
internal sealed class CheckpointFile(string home)
{
    public string Path { get; } = System.IO.Path.Combine(home, "checkpoint.json");

    public void Save(SessionCheckpoint checkpoint)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(checkpoint, JsonOutput.Options));
        File.Move(temporary, Path, overwrite: true);
    }

    public void Delete()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }

    /// <summary>The saved checkpoint, null when there is none, or a <see cref="CliError"/> when the file is damaged.</summary>
    public SessionCheckpoint? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }
        try
        {
            var checkpoint = JsonSerializer.Deserialize<SessionCheckpoint>(File.ReadAllText(Path), JsonOutput.Options);
            if (checkpoint is null || string.IsNullOrWhiteSpace(checkpoint.Routine) || checkpoint.SegmentIndex < 0 || checkpoint.SecondsInto < 0)
            {
                throw new CliError($"{Path}: not a session checkpoint (routine, level, segmentIndex, secondsInto); delete it to start afresh");
            }
            return checkpoint;
        }
        catch (JsonException e)
        {
            throw new CliError($"{Path}: line {(e.LineNumber ?? 0) + 1}: {e.Path}: not a valid checkpoint; delete it to start afresh");
        }
    }
}
