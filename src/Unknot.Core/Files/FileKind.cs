namespace Unknot.Files;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum FileKind
{
    /// <summary>Nothing (or a symbolic link to nothing).</summary>
    Missing,

    /// <summary>A regular file, the only kind Unknot reads or replaces.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A pipe, a device or a socket: opening one can wait forever, and reading one may never end.</summary>
    Other,
}
