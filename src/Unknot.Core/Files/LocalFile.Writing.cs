namespace Unknot.Files;

// The rules for a place Unknot writes to: its database's folder, an export, a calendar.
public static partial class LocalFile
{
    /// <summary>Room below which a write error on a disk is taken to mean the disk is full.</summary>
    private const long FullBelow = 1024 * 1024;

    /// <summary>
    /// What is wrong with writing the file <paramref name="path"/> (replacing it when it exists), or null: its folder
    /// must exist, and the path must name a regular file or nothing, never a folder, a device or a pipe. Each
    /// problem is a sentence naming the path.
    /// </summary>
    public static string? WriteProblem(string path)
    {
        var full = Path.GetFullPath(path);
        var kind = Kind(full);
        if (kind == FileKind.Folder)
        {
            return $"{path} is a folder";
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
}
