using System.Reflection;

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
    /// sorted by name; none when the folder does not exist.
    /// </summary>
    public static IReadOnlyList<(string File, string Text)> UserFolder(string home, string folder)
    {
        var directory = Path.Combine(home, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }
        return Directory.EnumerateFiles(directory)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(p => ($"{folder}/{Path.GetFileName(p)}", File.ReadAllText(p)))
            .ToArray();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
