using System.Text;
using Unknot.Routines;
using Unknot.Text;

namespace Unknot.Cli;

/// <summary>Writes a routine as a YAML file in the user's routines folder, in the format the loader reads back.</summary>
internal static class RoutineFile
{
    /// <summary>Writes <c>routines/ID.yaml</c> under <paramref name="home"/> and returns that relative path.</summary>
    public static string Save(string home, Routine routine)
    {
        var text = new StringBuilder();
        text.Append("id: ").AppendLine(routine.Id);
        text.Append("name: ").AppendLine(Quote(routine.Name));
        text.Append("description: ").AppendLine(Quote(routine.Description));
        text.AppendLine("items:");
        foreach (var item in routine.Items)
        {
            text.Append("  - exercise: ").AppendLine(item.Exercise.Value);
            if (item.Level is { } level)
            {
                text.Append("    level: ").AppendLine(Kebab.Of(level));
            }
            if (item.RestAfterSeconds > 0)
            {
                text.Append("    restAfter: ").AppendLine(item.RestAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        var relative = $"routines/{routine.Id}.yaml";
        var path = Path.Combine(home, "routines", routine.Id + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
        return relative;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
