using System.Reflection;
using Unknot.Files;

namespace Unknot.Catalog;

/// <summary>Reads the YAML files shipped inside the Core assembly and those in a user folder.</summary>
public static class CatalogSources
{
    /// <summary>The embedded files under a folder name (<c>exercises</c> or <c>routines</c>), as (name, text), sorted by name.</summary>
    public static IReadOnlyList<(string File, string Text)> Embedded(string folder)
    {
        var assembly = typeof(CatalogSources).Assembly;
        var prefix = folder + "/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => ($"built-in:{n}", Read(assembly, n)))
            .ToArray();
    }

    /// <summary>
    /// The <c>*.yaml</c> and <c>*.yml</c> files in <c>home/folder</c>, as (path relative to home, text),
    /// sorted by name; none when the folder does not exist. A file (or the folder) that cannot be read — no
    /// permission, a symbolic link in a loop or to nowhere, a folder named like a file, a pipe or a device, a file
    /// larger than the YAML reader takes — is reported in <paramref name="problems"/> and left out, so the others
    /// still load.
    /// </summary>
    public static IReadOnlyList<(string File, string Text)> UserFolder(string home, string folder, List<LoadProblem>? problems = null)
    {
        var directory = Path.Combine(home, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }
        string[] paths;
        try
        {
            paths = Directory.EnumerateFiles(directory)
                .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems?.Add(new LoadProblem($"{folder}/", 1, "(folder)", $"cannot be read: {e.Message}"));
            return [];
        }
        var files = new List<(string File, string Text)>();
        foreach (var path in paths)
        {
            var name = $"{folder}/{Path.GetFileName(path)}";
            try
            {
                // Bounded before reading, by the same limit the YAML reader applies to the text.
                if (LocalFile.ReadText(path, Yaml.YamlFile.MaxLength, out var problem) is { } text)
                {
                    files.Add((name, text));
                }
                else
                {
                    problems?.Add(new LoadProblem(name, 1, "(file)", $"the file {problem}"));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems?.Add(new LoadProblem(name, 1, "(file)", $"cannot be read: {e.Message}"));
            }
        }
        return files;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
