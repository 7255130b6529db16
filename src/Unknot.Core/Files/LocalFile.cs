using System.Text;

namespace Unknot.Files;

/// <summary>
/// The rules for a file of the user's own that Unknot reads (an exercise or routine file, a picture) or writes (an
/// export, a calendar): only regular files, found by following symbolic links, so a pipe among the exercises cannot
/// make every command wait forever and a link to <c>/dev/zero</c> cannot fill the memory; and a size checked before
/// anything is read.
/// </summary>
public static partial class LocalFile
{
    /// <summary>How a problem names a path that is not a regular file.</summary>
    public const string NotRegular = "is not a regular file (it is a pipe, a device or a socket)";

    /// <summary>What <paramref name="path"/> names, following symbolic links; a link in a loop or a folder that cannot be searched is an <see cref="IOException"/>.</summary>
    public static FileKind Kind(string path) => Stat(path).Kind;

    /// <summary>
    /// The bytes of the regular file <paramref name="path"/>, at most <paramref name="maxBytes"/> of them; null with
    /// <paramref name="problem"/> saying why (as a predicate: "is a folder, not a file") when it is not a regular file
    /// or is larger. A file that cannot be read (no permission) is an <see cref="IOException"/> or an
    /// <see cref="UnauthorizedAccessException"/>.
    /// </summary>
    public static byte[]? ReadBytes(string path, int maxBytes, out string? problem)
    {
        var (kind, size) = Stat(path);
        problem = kind switch
        {
            FileKind.Missing => "does not exist",
            FileKind.Folder => "is a folder, not a file",
            FileKind.Other => $"{NotRegular}, so it is not read",
            _ => size > maxBytes ? TooLarge(size, maxBytes) : null,
        };
        if (problem is not null)
        {
            return null;
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        // Read to the end, but never past the limit: the file may have grown since it was looked at.
        using var bytes = new MemoryStream((int)size);
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes + 1L - bytes.Length))) > 0)
        {
            bytes.Write(buffer, 0, read);
            if (bytes.Length > maxBytes)
            {
                problem = TooLarge(bytes.Length, maxBytes);
                return null;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>The text of the regular file <paramref name="path"/> (UTF-8 unless a byte order mark says otherwise), as <see cref="ReadBytes"/> reads it.</summary>
    public static string? ReadText(string path, int maxBytes, out string? problem)
    {
        if (ReadBytes(path, maxBytes, out problem) is not { } bytes)
        {
            return null;
        }
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string TooLarge(long size, int maxBytes) => $"is {size / 1024} KB; at most {maxBytes / 1024} KB is read";
}
