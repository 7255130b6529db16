using System.Text;
using Unknot.Files;

namespace Unknot.Catalog;

/// <summary>A picture of an exercise, read and checked: its bytes and the content type they were found to be.</summary>
public sealed record ExerciseImage(string Name, string ContentType, byte[] Bytes);

/// <summary>
/// The rules for a user's own picture beside an exercise file (<c>image: shoulder.jpg</c>): a plain file name in the
/// exercises folder, one of the known kinds, at most <see cref="MaxBytes"/>, and content that is what its name says.
/// The loader, the web app, export and import all check through here.
/// </summary>
public static class ExerciseImages
{
    /// <summary>The largest picture accepted.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml",
    };

    /// <summary>What is wrong with a picture's name, or null: it must be a plain name with a known ending.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Length > 200 || name.Contains('/') || name.Contains('\\') || name.StartsWith('.') || name.Any(char.IsControl))
        {
            return $"must be the plain name of a file beside the exercise file (such as 'shoulder.jpg'), got '{name}'";
        }
        return Types.ContainsKey(Path.GetExtension(name))
            ? null
            : $"must end in one of {string.Join(", ", Types.Keys)}, got '{name}'";
    }

    /// <summary>The content type of a picture's name; the name must have passed <see cref="NameProblem"/>.</summary>
    public static string ContentTypeOf(string name) => Types[Path.GetExtension(name)];

    /// <summary>What is wrong with a picture's bytes for its name, or null: the size, and the content matching the ending.</summary>
    public static string? ContentProblem(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return $"is {bytes.Length / 1024} KiB; a picture may have at most {MaxBytes / 1024} KiB";
        }
        var type = ContentTypeOf(name);
        var matches = type switch
        {
            "image/png" => bytes.StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]),
            "image/jpeg" => bytes.StartsWith((byte[])[0xFF, 0xD8, 0xFF]),
            "image/gif" => bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8),
            "image/webp" => bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8),
            _ => IsSvg(bytes),
        };
        return matches ? null : $"is not a {type[6..].Replace("+xml", "").ToUpperInvariant()} picture, though its name says so";
    }

    /// <summary>
    /// Reads the picture <paramref name="name"/> from <c>home/exercises</c>, refusing a path that leaves that folder
    /// (also through a symbolic link), anything but a regular file, a file too large (before reading it), or content
    /// that is not what the name says. Null with <paramref name="problem"/> saying why.
    /// </summary>
    public static ExerciseImage? Read(string home, string name, out string? problem)
    {
        problem = NameProblem(name);
        if (problem is not null)
        {
            return null;
        }
        var folder = Path.GetFullPath(Path.Combine(home, "exercises"));
        var path = Path.GetFullPath(Path.Combine(folder, name));
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null || Path.GetDirectoryName(Path.GetFullPath(target)) != folder)
                {
                    problem = $"'{name}' leads outside the exercises folder; only pictures kept in it are shown";
                    return null;
                }
                info = new FileInfo(target);
            }
            if (Path.GetDirectoryName(path) != folder || !info.Exists)
            {
                problem = $"names '{name}', which is not in the exercises folder";
                return null;
            }
            // Only a regular file, and no larger than a picture may be: a pipe would make the page wait forever.
            if (LocalFile.ReadBytes(info.FullName, MaxBytes, out var trouble) is not { } bytes)
            {
                problem = $"'{name}' {trouble}";
                return null;
            }
            problem = ContentProblem(name, bytes);
            return problem is null ? new ExerciseImage(name, ContentTypeOf(name), bytes) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"'{name}' cannot be read: {e.Message}";
            return null;
        }
    }

    private static bool IsSvg(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && head.Contains("<svg", StringComparison.Ordinal);
    }
}
