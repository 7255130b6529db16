namespace Unknot.Files;

// The rules for a place Unknot writes to: its database's folder, an export, a calendar.
public static partial class LocalFile
{
    /// <summary>Room below which a write error on a disk is taken to mean the disk is full.</summary>
    private const long FullBelow = 1024 * 1024;

    /// <summary>
    /// What is wrong with writing the file <paramref name="path"/> (replacing it when it exists), or null: its folder
    /// must exist, and the path must name a regular file or nothing, never a folder, a device or a pipe. Each
    /// problem is a sentence naming the path; for a folder, <paramref name="example"/> names a file to write in it.
    /// </summary>
    public static string? WriteProblem(string path, string example = "unknot-export.json")
    {
        var full = Path.GetFullPath(path);
        var kind = Kind(full);
        if (kind == FileKind.Folder)
        {
            return $"{path} is a folder; give a file name, such as {Path.Combine(path, example)}";
        }
        if (kind == FileKind.Other)
        {
            return $"{path} {NotRegular}; give the name of a file to write";
        }
        var folder = Path.GetDirectoryName(full)!;
        return Kind(folder) switch
        {
            FileKind.Folder => null,
            FileKind.Missing => $"the folder {folder} does not exist; create it first (mkdir -p {folder}) or give a file in a folder that exists",
            _ => $"{folder} is not a folder; give a file in a folder that exists",
        };
    }

    /// <summary>
    /// True when the disk that holds <paramref name="path"/> (or the nearest folder of it that exists) has no room
    /// left: what an error writing there then means.
    /// </summary>
    public static bool IsOnFullDisk(string path)
    {
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }
            try
            {
                var drive = new DriveInfo(folder);
                // A file system of no size (/proc, /sys) is never full: it just refuses files.
                return drive.TotalSize > 0 && drive.AvailableFreeSpace < FullBelow;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The one way Unknot says that writing <paramref name="path"/> failed because its disk is full.</summary>
    public static string DiskFull(string path) => $"the disk that holds {path} is full; free some space and try again — nothing was lost";

    /// <summary>
    /// Writes the file <paramref name="path"/> whole or not at all: <paramref name="write"/> fills a temporary file beside
    /// it, which replaces the file only when complete and only when the path still names a regular file or nothing (a
    /// rename over a device would replace the device). Every failure is an <see cref="IOException"/> with one line
    /// naming <paramref name="path"/>, never the temporary name; a full disk says so, and nothing that was there is lost.
    /// </summary>
    public static T Replace<T>(string path, Func<Stream, T> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".unknot-tmp";
        var created = CreateBeside(temporary, path);
        try
        {
            T result;
            using (var stream = created)
            {
                result = write(stream);
                stream.Flush(flushToDisk: true);
            }
            // Checked again just before the rename, which would replace whatever is there, a device included.
            if (WriteProblem(full) is { } problem)
            {
                throw new IOException(problem);
            }
            File.Move(temporary, full, overwrite: true);
            return result;
        }
        catch (IOException) when (IsOnFullDisk(full))
        {
            throw new IOException(DiskFull(path));
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // The temporary file beside path, or one line saying why its folder takes none (without the temporary name).
    private static FileStream CreateBeside(string temporary, string path)
    {
        if (WriteProblem(path) is { } problem)
        {
            throw new IOException(problem);
        }
        try
        {
            return new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(IsOnFullDisk(temporary)
                ? DiskFull(path)
                : $"{Path.GetDirectoryName(temporary)} cannot be written ({(e is UnauthorizedAccessException ? "permission denied" : "the system takes no new file there")}); give a file in a folder you can write");
        }
    }

    /// <summary>
    /// Makes the folder <paramref name="folder"/> (and those above it) when missing, or throws an
    /// <see cref="IOException"/> with one line saying why it cannot be made, instead of .NET's "Could not find file".
    /// </summary>
    public static void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(IsOnFullDisk(folder)
                ? DiskFull(folder)
                : $"the folder {folder} cannot be made ({(e is UnauthorizedAccessException ? "permission denied" : "the system takes no new folder there")}); choose a home folder you can write, such as with UNKNOT_HOME");
        }
    }
}
